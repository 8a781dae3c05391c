import * as assert from 'node:assert/strict';
import { withTitleOfPlacePeople } from '../../../src/core/ner/title-of-place-people';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string): boolean => ['United States', 'Nordic Council', 'Kaldor'].includes(name);

describe('a title holder’s name run into the place of the title', () => {
  it('cuts the place or the body from the holder’s name after a title and "to" or "of"', () => {
    const text = 'The Ambassador to the United States Teodor Valk-Amsel and the Secretary of the Nordic Council Ines Moreau Dahl met.';
    const spans = [spanAt(text, 'United States Teodor Valk-Amsel', 'place'), spanAt(text, 'Nordic Council Ines Moreau Dahl', 'organization')];
    assert.deepEqual(showSpans(text, withTitleOfPlacePeople(text, spans, listed)), ['place:United States', 'person:Teodor Valk-Amsel', 'organization:Nordic Council', 'person:Ines Moreau Dahl']);
  });

  it('needs a title before, a listed head, and a person’s shape after it', () => {
    const text = 'Flights to the United States Air Force base, the Governor of the United States Virgin Islands, and a trip to the United States Teodor Valk.';
    const spans = [spanAt(text, 'United States Air Force', 'organization'), spanAt(text, 'United States Virgin Islands', 'place'), spanAt(text, 'United States Teodor Valk', 'place')];
    assert.equal(withTitleOfPlacePeople(text, spans, listed), spans);
  });

  it('reads no span of fewer than four words, spaces counted in the span only', () => {
    const text = 'The Ambassador to the United States Teodor Valk and friends met.';
    const spans = [spanAt(text, 'United States Teodor', 'place')];
    assert.deepEqual(showSpans(text, withTitleOfPlacePeople(text, spans, listed)), showSpans(text, spans));
  });

  it('keeps a listed name after the head, and people’s spans, as they are', () => {
    const text = 'The Ambassador to the United States Kaldor Fenn and Minister of Sara Lind Berg met.';
    const spans = [spanAt(text, 'United States Kaldor Fenn', 'place'), spanAt(text, 'Sara Lind Berg', 'person')];
    assert.equal(withTitleOfPlacePeople(text, spans, listed), spans);
  });
});
