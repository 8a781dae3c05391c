import * as assert from 'node:assert/strict';
import { withCountryCodes } from '../../../src/core/ner/place-country-codes';
import { showSpans, spanAt } from '../helpers/spans';

describe("countries' sports codes after athletes' names", () => {
  it('adds the code after a name as a place, and retypes one read as a person', () => {
    const text = '| Men\'s 1500m | J. Ochieng (UGA) 3:31.20 | P. Lindgren (NOR) 3:31.90 |';
    const spans = [spanAt(text, 'J. Ochieng', 'person'), spanAt(text, 'P. Lindgren', 'person'), spanAt(text, 'NOR', 'person')];
    assert.deepEqual(showSpans(text, withCountryCodes(text, spans)), ['person:J. Ochieng', 'place:UGA', 'person:P. Lindgren', 'place:NOR']);
  });

  it('leaves codes that are no country, codes after other names and "(IND)" after a candidate', () => {
    const text = 'Ann Hale (CEO) joined Acme (USA); Tom Reed (IND) won the seat.';
    const spans = [spanAt(text, 'Ann Hale', 'person'), spanAt(text, 'Acme', 'organization'), spanAt(text, 'Tom Reed', 'person')];
    assert.deepEqual(showSpans(text, withCountryCodes(text, spans)), showSpans(text, spans));
  });

  it('leaves a code the model already made a place', () => {
    const text = 'Sara Lind (SWE) 5.82';
    const spans = [spanAt(text, 'Sara Lind', 'person'), spanAt(text, 'SWE', 'place')];
    assert.deepEqual(showSpans(text, withCountryCodes(text, spans)), ['person:Sara Lind', 'place:SWE']);
  });

  it('types the code after each person a place, over a person the model read there', () => {
    const text = '| Men\'s 1500m | P. Okoth (UGA) 3:31.2 | L. Brandt (GER) 3:31.9 |\n';
    const spans = [spanAt(text, 'P. Okoth', 'person'), spanAt(text, 'L. Brandt', 'person'), spanAt(text, 'GER', 'person')];
    assert.deepEqual(showSpans(text, withCountryCodes(text, spans)), ['person:P. Okoth', 'place:UGA', 'person:L. Brandt', 'place:GER']);
  });

  it('leaves initialisms that are no country code, and codes after no person', () => {
    const text = 'Ann Lee (CEO) spoke; Kenya (KEN) won; Tom Ross (XYZ) lost.';
    const spans = [spanAt(text, 'Ann Lee', 'person'), spanAt(text, 'Kenya', 'place'), spanAt(text, 'Tom Ross', 'person')];
    assert.deepEqual(showSpans(text, withCountryCodes(text, spans)), ['person:Ann Lee', 'place:Kenya', 'person:Tom Ross']);
  });

  it('makes the codes in a table\'s column of countries places, home nations too, whatever stands beside them', () => {
    const text = '| Pos | Player | Country | Total |\n|---|---|---|---|\n| 1 | A Byrne | NIR | 270 |\n| 2 | K Lund | DEN | 272 |\n| 3 | B Ross | SCO | 275 |\n\nSCO won.';
    const spans = [spanAt(text, 'SCO', 'organization')];
    assert.deepEqual(showSpans(text, withCountryCodes(text, spans)), ['place:NIR', 'place:DEN', 'place:SCO']);
  });

  it('leaves codes in other columns and in tables without a column of countries', () => {
    const text = '| Pos | Player | Club |\n|---|---|---|\n| 1 | A Byrne | NIR |\n| 2 | K Lund | DEN |';
    assert.deepEqual(showSpans(text, withCountryCodes(text, [])), []);
  });

  it('makes the codes in a column of teams places when every team is a country\'s code', () => {
    const text = 'Result\n\n| Team | Tries | Pts |\n|---|---|---|\n| FIJ | 4 | 31 |\n| SAM | 2 | 17 |\n';
    const spans = [spanAt(text, 'SAM', 'organization')];
    assert.deepEqual(showSpans(text, withCountryCodes(text, spans)), ['place:FIJ', 'place:SAM']);
  });

  it('leaves a column of teams holding clubs\' codes, even where some are countries\' codes too', () => {
    const text = '| Team | W | L |\n|---|---|---|\n| BOS | 50 | 20 |\n| DEN | 48 | 22 |\n| LAL | 45 | 25 |\n';
    assert.deepEqual(showSpans(text, withCountryCodes(text, [])), []);
  });
});
