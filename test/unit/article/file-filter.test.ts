import * as assert from 'node:assert/strict';
import { createArticleFilter, DEFAULT_DETECTION_SETTINGS } from '../../../src/core/article/file-filter';

const yes = { isArticle: true, confidence: 0.9, reasons: [] };
const no = { isArticle: false, confidence: 0.1, reasons: [] };

describe('createArticleFilter', () => {
  it('follows detection by default', () => {
    const filter = createArticleFilter(DEFAULT_DETECTION_SETTINGS);
    assert.equal(filter('news/a.txt', yes), true);
    assert.equal(filter('news/b.txt', no), false);
  });

  it('treats included globs as articles and excluded globs as not, exclusion winning', () => {
    const filter = createArticleFilter({ enabled: true, include: ['clippings/**/*.txt', '*.story.md'], exclude: ['**/drafts/**'] });
    assert.equal(filter('clippings/2020/x.txt', no), true);
    assert.equal(filter('deep/folder/y.story.md', no), true);
    assert.equal(filter('clippings/drafts/z.txt', yes), false);
    assert.equal(filter('Clippings\\2021\\w.txt', no), true);
  });

  it('detects nothing when turned off', () => {
    const filter = createArticleFilter({ enabled: false, include: ['**/*.txt'], exclude: [] });
    assert.equal(filter('a.txt', yes), false);
  });
});
