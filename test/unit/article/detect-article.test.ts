import * as assert from 'node:assert/strict';
import { detectArticle } from '../../../src/core/article/detect-article';
import { parseArticle } from '../../../src/core/article/parse-article';
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

  const scrapedPage = [
    'Skip to main content', 'Menu', 'Search', 'Business', 'Markets', 'Companies', 'Personal Finance', '🔔 Get breaking business alerts', '',
    'Watchdog opens in-depth probe into dairy merger', '',
    'By Jane Doe, Business Correspondent', 'Published: Tue, March 4, 2025 at 7:42 AM GMT | Updated: 11:15 AM GMT', '',
    'Share on Facebook', 'Share on X', 'Share on LinkedIn', '',
    "LONDON — Britain's competition regulator said on Tuesday it would open a full investigation into the proposed takeover of a dairy group, warning that the deal could push up the price of milk.", '',
    'The regulator said its initial review had found that the combined group would supply almost 40% of the own-label milk sold by the largest grocers in the country.', '',
    'Related:', 'Supermarket milk prices rise for third month in a row', 'Arla and Müller cut farmgate prices as demand slows', '',
  ].join('\r\n');

  it('reads past a section menu and its alert line on a scraped page: headline, date line, dateline, article', () => {
    const a = parseArticle(scrapedPage, 'page.txt');
    assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
    assert.equal(a.title?.text, 'Watchdog opens in-depth probe into dairy merger');
    assert.equal(a.published, '2025-03-04');
    assert.equal(a.dateline?.text, 'LONDON');
    const furniture = a.boilerplate.map((b) => b.text);
    for (const line of ['Personal Finance', '🔔 Get breaking business alerts', 'Share on X', 'Arla and Müller cut farmgate prices as demand slows']) assert.ok(furniture.includes(line), line);
    assert.ok(!a.searchable.some((r) => /Markets|Müller/u.test(scrapedPage.slice(r.start, r.end))));
  });

  it('keeps short capitalised lines inside the story, and a headline under a menu, out of the furniture', () => {
    const text = scrapedPage.replace('Personal Finance\r\n🔔 Get breaking business alerts\r\n\r\n', 'Personal Finance\r\n').replace('Related:', 'The grocers named were:\r\nTesco\r\nAsda\r\nMorrisons\r\n\r\nRelated:');
    const a = parseArticle(text, 'page.txt');
    assert.equal(a.title?.text, 'Watchdog opens in-depth probe into dairy merger');
    for (const name of ['Tesco', 'Asda', 'Morrisons']) assert.ok(a.searchable.some((r) => text.slice(r.start, r.end).includes(name)), name);
  });

  it('does not take a shopping list under a few section-like lines for an article', () => {
    const list = 'Groceries\nMilk\nEggs\nBread\nButter\n\nRemember to ask the neighbours whether they need anything from the shop this week.\n\nThe car needs petrol before the trip on Saturday, and the tyres should be checked too.\n';
    assert.equal(detectArticle(list, 'list.txt').isArticle, false);
  });

  it('does not take a prose essay without news signals for an article', () => {
    const essay = Array.from({ length: 4 }, (_, i) => `Paragraph ${i} talks at some length about gardening, soil and the weather in a way that no news story would ever need to.`).join('\n\n');
    assert.equal(detectArticle(essay, 'essay.txt').isArticle, false);
  });
});
