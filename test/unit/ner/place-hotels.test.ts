import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withHotels } from '../../../src/core/ner/place-hotels';

describe('hotels and hotel chains', () => {
  it('puts a hotel named with a brand and a city in whole as one place over the parts the model found', () => {
    const text = 'Guests at the Hotel Sacher Wien and the Hotel New Carlton Lisboa were moved.';
    const spans = [spanAt(text, 'Sacher', 'organization'), spanAt(text, 'Wien', 'place'), spanAt(text, 'Carlton Lisboa', 'place')];
    assert.deepEqual(showSpans(text, withHotels(text, spans)), ['place:Hotel Sacher Wien', 'place:Hotel New Carlton Lisboa']);
  });

  it('ends a hotel name at a capitalised function word and leaves a name with an organisation word', () => {
    const text = 'Rally At The Hotel Metropole On Friday. The Hotel Workers Union said no.';
    const spans = [spanAt(text, 'Hotel Workers Union', 'organization')];
    assert.deepEqual(showSpans(text, withHotels(text, spans)), ['place:Hotel Metropole', 'organization:Hotel Workers Union']);
  });

  it('needs a word before the hotel that shows a building is meant', () => {
    const text = 'Hotel Sacher Wien reported record nights.';
    assert.deepEqual(showSpans(text, withHotels(text, [spanAt(text, 'Wien', 'place')])), ['place:Wien']);
  });

  it('makes a chain ending in "Hotels" a company, with "& Resorts" after it', () => {
    const text = 'Sunrise Hotels & Resorts bought Lakeside Hotels last year.';
    const spans = [spanAt(text, 'Sunrise Hotels', 'place'), spanAt(text, 'Lakeside Hotels', 'place')];
    assert.deepEqual(showSpans(text, withHotels(text, spans)), ['organization:Sunrise Hotels & Resorts', 'organization:Lakeside Hotels']);
  });

  it('leaves a text without hotels as it is', () => {
    const text = 'The council met in Lyon.';
    const spans = [spanAt(text, 'Lyon', 'place')];
    assert.deepEqual(withHotels(text, spans), spans);
  });
});
