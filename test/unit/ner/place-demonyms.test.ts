import * as assert from 'node:assert/strict';
import { withoutPlaceDemonyms } from '../../../src/core/ner/place-demonyms';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string): boolean => ['Ohio', 'Texas', 'Baro'].includes(name);

describe('the people of a place, named after it', () => {
  it('drops the people of a place the article names or the lists know', () => {
    const text = 'Voters in Gombe State and Gombeans at large, Ohioans and Texans agree.';
    const spans = [spanAt(text, 'Gombe State', 'place'), spanAt(text, 'Gombeans', 'person'), spanAt(text, 'Ohioans', 'person'), spanAt(text, 'Texans', 'organization')];
    assert.deepEqual(showSpans(text, withoutPlaceDemonyms(text, spans, listed)), ['place:Gombe State']);
  });

  it('keeps names that only end like the people of a place', () => {
    const text = 'Baron met Stevens and Owens in Gombe; Gombe is near.';
    const spans = [spanAt(text, 'Baron', 'person'), spanAt(text, 'Stevens', 'person'), spanAt(text, 'Owens', 'person'), spanAt(text, 'Gombe', 'place')];
    assert.deepEqual(showSpans(text, withoutPlaceDemonyms(text, spans, listed)), showSpans(text, spans));
  });
});
