import * as assert from 'node:assert/strict';
import { detectArticle } from '../../../src/core/article/detect-article';
import { readFixture } from '../helpers/fixtures';

describe('detectArticle', () => {
  const articles = ['markdown-clean.txt', 'scraped-wire.txt', 'markdown-article.md', 'crlf-scraped.txt', 'bom-emoji.md'];
  for (const name of articles) {
    it(`detects ${name} as an article, with reasons`, () => {
      const d = detectArticle(readFixture('articles', name), name);
      assert.equal(d.isArticle, true, d.reasons.join(', '));
      assert.ok(d.confidence >= 0.5);
      assert.ok(d.reasons.length >= 3);
    });
  }

  const nonArticles = ['README.md', 'notes.txt', 'code.txt', 'empty.txt'];
  for (const name of nonArticles) {
    it(`does not detect ${name}`, () => {
      assert.equal(detectArticle(readFixture('articles', name), name).isArticle, false);
    });
  }

  it('names the signals it saw', () => {
    const d = detectArticle(readFixture('articles', 'scraped-wire.txt'));
    assert.ok(d.reasons.includes('dateline (SANTIAGO, Chile)'));
    assert.ok(d.reasons.includes('credit line'));
    assert.ok(d.reasons.includes('scraped page furniture'));
  });

  it('counts an article-style file name as evidence, and a project file name against', () => {
    const text = readFixture('articles', 'scraped-wire.txt');
    const plain = detectArticle(text, 'story.txt').confidence;
    const dumped = detectArticle(text, '017_0a1b2c3d4e5f6789.txt');
    assert.ok(dumped.reasons.includes('article-style file name'));
    assert.ok(detectArticle(text, 'NOTES.txt').confidence <= plain);
  });

  it('does not take a prose essay without news signals for an article', () => {
    const essay = Array.from({ length: 4 }, (_, i) => `Paragraph ${i} talks at some length about gardening, soil and the weather in a way that no news story would ever need to.`).join('\n\n');
    assert.equal(detectArticle(essay, 'essay.txt').isArticle, false);
  });
});
