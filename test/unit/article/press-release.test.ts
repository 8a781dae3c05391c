import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import type { Article } from '../../../src/core/model/types';
import { readFixture } from '../helpers/fixtures';

function searched(a: Article): string {
  return a.searchable.map((r) => a.text.slice(r.start, r.end)).join('\n');
}

/** Every span the parser reports covers exactly its text. */
function assertSpansSlice(a: Article): void {
  for (const s of [a.title, a.url, a.dateline, a.datelineAgency, a.publishedSpan, ...a.credits, ...a.captions, ...a.boilerplate]) {
    if (s) assert.equal(a.text.slice(s.start, s.end), s.text);
  }
}

describe('press releases', () => {
  const release = readFixture('article', 'prnewswire-release.txt');

  it('reads a PR Newswire release as an article: headline, dateline, service, date and source address', () => {
    const a = parseArticle(release, 'prnewswire-release.txt');
    assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
    assert.equal(a.title?.text, 'Corvane Biosystems Announces Phase 2 Results for Kidney Drug; Names Chief Medical Officer');
    assert.equal(a.dateline?.text, 'BOSTON, Mass.');
    assert.equal(a.datelineAgency?.text, 'PRNewswire');
    assert.equal(a.published, '2026-03-03');
    assert.equal(a.publishedInferred, false);
    assert.equal(a.publishedSpan?.text, 'March 3, 2026');
    assert.equal(a.outlet, 'prnewswire.com');
    assert.ok(a.url?.text.startsWith('https://www.prnewswire.com/news-releases/'));
    assertSpansSlice(a);
  });

  it('drops only the release furniture without names; About, forward-looking, contact and SOURCE lines stay searchable', () => {
    const a = parseArticle(release);
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['FOR IMMEDIATE RELEASE', '###']);
    assert.deepEqual(a.credits, []);
    const text = searched(a);
    for (const kept of ['About Corvane Biosystems', 'runs a research site in Leiden', 'Forward-Looking Statements', 'Securities and Exchange Commission', 'Media Contact:', 'Hannah Voss', 'Investor Relations:', 'Rafael Quintero', 'SOURCE Corvane Biosystems, Inc.']) {
      assert.ok(text.includes(kept), kept);
    }
    assert.ok(!text.includes('prnewswire.com'));
  });

  it('never takes a SOURCE line or an end mark for the headline or a byline', () => {
    // No headline above the dateline: the first line is a long sentence, the SOURCE line comes at the end.
    const start = release.indexOf('BOSTON, Mass.');
    const a = parseArticle(release.slice(start));
    assert.equal(a.title, null);
    assert.deepEqual(a.credits, []);
    assert.equal(a.dateline?.text, 'BOSTON, Mass.');
    const shortRelease = 'For Immediate Release\n\nSOURCE Corvane Biosystems\n\n###\n';
    const b = parseArticle(shortRelease);
    assert.notEqual(b.title?.text, 'SOURCE Corvane Biosystems');
    assert.ok(b.boilerplate.some((x) => x.text === 'For Immediate Release') && b.boilerplate.some((x) => x.text === '###'));
  });

  it('gives the same release with CRLF line endings and a BOM the same parts, at offsets into the text as read', () => {
    const lf = parseArticle(release);
    for (const text of [release.replace(/\n/g, '\r\n'), '\uFEFF' + release, '\uFEFF' + release.replace(/\n/g, '\r\n')]) {
      const a = parseArticle(text);
      assert.equal(a.detection.isArticle, true);
      assert.equal(a.title?.text, lf.title?.text);
      assert.equal(a.dateline?.text, 'BOSTON, Mass.');
      assert.equal(a.datelineAgency?.text, 'PRNewswire');
      assert.equal(a.published, '2026-03-03');
      assert.deepEqual(a.boilerplate.map((b) => b.text), ['FOR IMMEDIATE RELEASE', '###']);
      assert.equal(a.url?.text, lf.url?.text);
      for (const p of a.paragraphs) assert.ok(!/^\s|\s$/u.test(text.slice(p.start, p.end)), 'paragraphs are trimmed of line ends');
      assertSpansSlice(a);
    }
  });

  it('reads a Business Wire release stored with a BOM and CRLF line endings', () => {
    const text = readFixture('article', 'businesswire-release-bom-crlf.txt');
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.ok(text.includes('\r\n'));
    const a = parseArticle(text);
    assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
    assert.equal(a.title?.text, 'Tessaline Energy Closes $400 Million Offshore Wind Financing');
    assert.equal(a.dateline?.text, 'SAN FRANCISCO');
    assert.equal(a.datelineAgency?.text, 'BUSINESS WIRE');
    assert.equal(a.published, '2026-11-21');
    assert.equal(a.publishedInferred, false);
    assert.equal(a.outlet, 'businesswire.com');
    assert.ok(searched(a).includes('Jonah Pereira') && searched(a).includes('About Tessaline Energy'));
    assertSpansSlice(a);
  });
});

describe('ordinary articles next to the release rules', () => {
  it('parse as before: a dateline without a date leaves the inferred date, the AP mark and the furniture alone', () => {
    const a = parseArticle(readFixture('articles', 'scraped-wire.txt'));
    assert.equal(a.dateline?.text, 'SANTIAGO, Chile');
    assert.equal(a.datelineAgency?.text, 'AP');
    assert.equal(a.published, '2023-12-17');
    assert.equal(a.publishedInferred, true);
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['Skip to main content', 'Clear icon', '21º', 'Recommended Videos', '___']);
    const clean = parseArticle(readFixture('articles', 'markdown-clean.txt'));
    assert.equal(clean.published, '2022-11-24');
    assert.equal(clean.publishedInferred, false);
    assert.equal(clean.url?.text, 'https://www.tbilisiherald.ge/2022/11/24/budget-a55120');
  });

  it('still refuses a headline that ends a sentence, while one ending in a company abbreviation is a headline', () => {
    assert.equal(parseArticle('The council met on Monday and approved the plan.\n\nIt will take effect next year.\n').title, null);
    assert.equal(parseArticle('Acme Buys Rival Widget Maker Borel S.A.\n\nThe deal closed on Monday.\n').title?.text, 'Acme Buys Rival Widget Maker Borel S.A.');
  });
});
