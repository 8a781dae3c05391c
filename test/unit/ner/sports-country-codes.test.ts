import * as assert from 'node:assert/strict';
import { withAthleteCountryCodes } from '../../../src/core/ner/sports-country-codes';
import { showSpans, spanAt } from '../helpers/spans';

describe("an athlete's country code in brackets", () => {
  it('types the code after each person a place, over a person the model read there', () => {
    const text = '| Men\'s 1500m | P. Okoth (UGA) 3:31.2 | L. Brandt (GER) 3:31.9 |\n';
    const spans = [spanAt(text, 'P. Okoth', 'person'), spanAt(text, 'L. Brandt', 'person'), spanAt(text, 'GER', 'person')];
    assert.deepEqual(showSpans(text, withAthleteCountryCodes(text, spans)), ['person:P. Okoth', 'place:UGA', 'person:L. Brandt', 'place:GER']);
  });

  it('leaves initialisms that are no country code, and codes after no person', () => {
    const text = 'Ann Lee (CEO) spoke; Kenya (KEN) won; Tom Ross (XYZ) lost.';
    const spans = [spanAt(text, 'Ann Lee', 'person'), spanAt(text, 'Kenya', 'place'), spanAt(text, 'Tom Ross', 'person')];
    assert.deepEqual(showSpans(text, withAthleteCountryCodes(text, spans)), ['person:Ann Lee', 'place:Kenya', 'person:Tom Ross']);
  });
});
