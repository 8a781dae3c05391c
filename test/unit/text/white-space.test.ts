import * as assert from 'node:assert/strict';
import { isWhiteSpaceCode } from '../../../src/core/text/white-space';

describe('white space by character code', () => {
  it('agrees with the white space of a regular expression on every character of the Basic Multilingual Plane', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    assert.deepEqual(differ, []);
  });
});
