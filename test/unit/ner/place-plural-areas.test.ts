import * as assert from 'node:assert/strict';
import { withPluralAreas } from '../../../src/core/ner/place-plural-areas';
import { showSpans, spanAt } from '../helpers/spans';

describe('names before a plural word of land', () => {
  it('makes each name of "the X and Y regions" a place', () => {
    const text = 'Shelling hit the Kherson, Sumy and Zaporizhzhia regions, and the Kayes and Koulikoro districts.';
    const spans = [spanAt(text, 'Sumy', 'person'), spanAt(text, 'Kayes', 'place')];
    assert.deepEqual(showSpans(text, withPluralAreas(text, spans)), ['place:Kherson', 'place:Sumy', 'place:Zaporizhzhia', 'place:Kayes', 'place:Koulikoro']);
  });

  it('leaves names not before such a word', () => {
    const text = 'the Smith and Jones families met in the rural areas.';
    assert.deepEqual(showSpans(text, withPluralAreas(text, [])), []);
  });

  it('reads the names after "in" and leaves a possessive owner out of the first', () => {
    const text = "Rain fell in Northern and Eastern provinces and in Osaka's Namba and Umeda districts.";
    assert.deepEqual(showSpans(text, withPluralAreas(text, [])), ['place:Northern', 'place:Eastern', 'place:Namba', 'place:Umeda']);
  });

  it("reads a city's divisions and municipalities as places", () => {
    const text = 'Traders in the Rubaga and Nakawa divisions and the Ilala and Temeke municipalities were told.';
    const spans = [spanAt(text, 'Nakawa', 'person')];
    assert.deepEqual(showSpans(text, withPluralAreas(text, spans)), ['place:Rubaga', 'place:Nakawa', 'place:Ilala', 'place:Temeke']);
  });
});
