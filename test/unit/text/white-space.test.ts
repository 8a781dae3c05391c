import * as assert from 'node:assert/strict';
import { firstWhiteSpace, isWhiteSpaceCode } from '../../../src/core/text/white-space';

describe('white space by character code', () => {
  it('agrees with the white space of a regular expression on every character of the Basic Multilingual Plane', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    assert.deepEqual(differ, []);
  });

  it('finds the first white space of a text as a search with a pattern does', () => {
    for (const text of ['', 'Datuk', 'Tan Sri', 'Tan\u00a0Sri Ali', 'Hon.\tJo', '\nX', '𝐀𝐁 C', 'Ali\u3000Khan']) assert.equal(firstWhiteSpace(text), text.search(/\s/u), JSON.stringify(text));
  });
});
