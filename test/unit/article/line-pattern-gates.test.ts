import * as assert from 'node:assert/strict';
import { stripEmphasis } from '../../../src/core/article/line-patterns';
import { plainMarkdown } from '../../../src/core/article/markdown-text';

describe('line pattern gates', () => {
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
