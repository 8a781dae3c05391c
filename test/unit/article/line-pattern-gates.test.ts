import * as assert from 'node:assert/strict';
import { isBoilerplateLine, stripEmphasis } from '../../../src/core/article/line-patterns';
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
  it('try each furniture pattern on lines its first character opens, in any case', () => {
    assert.equal(isBoilerplateLine('SHARE ON LINKEDIN'), true);
    assert.equal(isBoilerplateLine('share via email'), true);
    // The long s folds to "s" as the pattern reads it, and so opens the same patterns.
    assert.equal(isBoilerplateLine('\u017Fhare on X'), true);
    assert.equal(isBoilerplateLine('Topics: harbours, ferries, tides'), true);
    assert.equal(isBoilerplateLine('*Tags:* ferries · tides'), true);
    assert.equal(isBoilerplateLine('4 min read'), true);
    assert.equal(isBoilerplateLine('-4 °C'), true);
    assert.equal(isBoilerplateLine('📬 Get the Valley Post in your inbox'), true);
    assert.equal(isBoilerplateLine('[News](/news) › [Rivers](/news/rivers)'), true);
    assert.equal(isBoilerplateLine('Eds: ADDS the mayor\'s comments.'), true);
    assert.equal(isBoilerplateLine('eds: adds the mayor\'s comments.'), false);
    assert.equal(isBoilerplateLine('Ferries resumed on Tuesday after the storm.'), false);
    assert.equal(isBoilerplateLine('Share prices rose on Tuesday after the storm.'), false);
  });
});
