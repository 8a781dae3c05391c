import * as assert from 'node:assert/strict';
import { startsUpper } from '../../../src/core/ner/first-letter';

describe('telling a word that starts with a capital', () => {
  it('reads ASCII words by their first letter', () => {
    assert.equal(startsUpper('Paris'), true);
    assert.equal(startsUpper('paris'), false);
    assert.equal(startsUpper('1990s'), false);
    assert.equal(startsUpper('"Quote'), false);
  });

  it('reads capitals beyond ASCII, also outside the Basic Multilingual Plane', () => {
    assert.equal(startsUpper('Ángel'), true);
    assert.equal(startsUpper('Σωκράτης'), true);
    assert.equal(startsUpper('ñandú'), false);
    assert.equal(startsUpper('𝐀bc'), true);
    assert.equal(startsUpper('😀'), false);
  });

  it('says no for an empty word', () => {
    assert.equal(startsUpper(''), false);
  });

  it('agrees with the Unicode capital-letter class on every character of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c) + 'x';
      assert.equal(startsUpper(s), /^\p{Lu}/u.test(s), `U+${c.toString(16)}`);
    }
  });
});
