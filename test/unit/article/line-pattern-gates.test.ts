import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasBareCreditHint, stripEmphasis } from '../../../src/core/article/line-patterns';
import { plainMarkdown } from '../../../src/core/article/markdown-text';

/** Pieces of caption and credit lines: the marks, words and Markdown the gates look for. */
const PIECES = ['Photo', 'photos', 'Photograph', 'Pictures', 'picture', ' by', ' ', 'by', ' via ', 'via', 'Courtesy', 'ourtesy', ':', '/', '©', 'Jane Doe', '.', '*', '**', '_', '[', ']', '(', ')', 'https://x.example/a_b', 'é'];
const lines = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

describe('line pattern gates', () => {
  it('find a bare credit hint as the one pattern does, for any line', () => {
    const hint = /[:/©]| via |[Pp]hoto(?:graph)?s? by|[Pp]ictures? by|ourtesy/u;
    fc.assert(fc.property(lines, (line) => assert.equal(hasBareCreditHint(line), hint.test(line))), { numRuns: 5000 });
  });

  it('find the hint in credits and none in plain prose', () => {
    assert.equal(hasBareCreditHint('Hikers on the trail. Photos by Jane Doe'), true);
    assert.equal(hasBareCreditHint('Jane Doe/Reuters'), true);
    assert.equal(hasBareCreditHint('The minister was greeted by supporters in the square'), false);
  });

  it('leave a line without Markdown as it is, and read one with it', () => {
    assert.equal(plainMarkdown('By Jane Doe in Seville'), 'By Jane Doe in Seville');
    assert.equal(plainMarkdown('By [Jane Doe](https://example.com/jane)'), 'By Jane Doe');
    assert.equal(plainMarkdown('An investigation by **Jane Doe**'), 'An investigation by Jane Doe');
  });

  it('strip emphasis wrapping a whole line only', () => {
    assert.deepEqual(stripEmphasis('*AFP contributed reporting.*'), { text: 'AFP contributed reporting.', offset: 1 });
    assert.deepEqual(stripEmphasis('AFP contributed reporting.'), { text: 'AFP contributed reporting.', offset: 0 });
    assert.deepEqual(stripEmphasis('__Jane Doe__'), { text: 'Jane Doe', offset: 2 });
  });
});
