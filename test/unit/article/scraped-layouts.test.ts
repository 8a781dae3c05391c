import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import type { Article } from '../../../src/core/model/types';
import { readFixture } from '../helpers/fixtures';

function load(name: string): Article {
  return parseArticle(readFixture('article', name), name);
}
const searched = (a: Article) => a.searchable.map((r) => a.text.slice(r.start, r.end)).join('\n');

describe('page layouts: a Malaysian court report, a Markdown feature, a live blog', () => {
  it('reads the court report (CRLF): colon dateline, photo credit after a dash, clock line, related and tag lists', () => {
    const a = load('court-report-crlf.txt');
    assert.ok(a.text.includes('\r\n'));
    assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
    assert.equal(a.title?.text, 'Two land office clerks charged over RM1.3mil in forged titles');
    assert.equal(a.published, '2026-02-12');
    assert.equal(a.dateline?.text, 'KUANTAN');
    assert.deepEqual(a.credits.map((c) => c.text), ['By SITI HAJAR ROSLAN']);
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['Photo: LIM WEI JIE/Pahang Tribune']);
    const text = searched(a);
    for (const gone of ['4:20 PM', 'Pahang Tribune', 'Land office staff held', 'forgery, Beserah', 'TAGS']) assert.ok(!text.includes(gone), gone);
    for (const kept of ['Aminah Yusof', 'Rajesh a/l Subramaniam', 'Farah Liyana Ismail', 'plots in Beserah']) assert.ok(text.includes(kept), kept);
  });

  it('reads the Markdown feature: linked byline sharing the date line, sections, lists of other stories, and the correction after them', () => {
    const a = load('feature-markdown.md');
    assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
    assert.ok(!a.detection.reasons.includes('many section headings'));
    assert.equal(a.published, '2026-03-02');
    assert.equal(a.publishedSpan?.text, 'Monday 2 March 2026');
    assert.equal(a.credits.length, 1);
    assert.ok(a.credits[0].text.startsWith('By [Ingrid Solberg-Haugen]'));
    const text = searched(a);
    for (const gone of ['repair bill', 'Who owns', 'the timeline', 'Mayor defends', 'More on this story']) assert.ok(!text.includes(gone), gone);
    for (const kept of ['Kari-Anne Mathisen', 'Auditor General', 'Correction: an earlier version']) assert.ok(text.includes(kept), kept);
  });

  it('reads the live blog: source URL on the first line, menu, names under the date line, clock lines, topics and most-read lists', () => {
    const a = load('live-blog.txt');
    assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
    assert.equal(a.url?.text, 'https://www.atlanticherald.example.ie/news/live/storm-brid-live-2026');
    assert.equal(a.title?.text, 'Storm Bríd live: ferries cancelled and 60,000 homes without power in Donegal');
    assert.equal(a.published, '2026-02-08');
    assert.equal(a.publishedInferred, false);
    assert.deepEqual(a.credits.map((c) => c.text), ['Síle Ó Briain and Rory Dunne']);
    const text = searched(a);
    for (const gone of ['GMT', 'Updated 40 mins ago', 'Topics', 'Weather warnings', 'Bunbeg', 'Business']) assert.ok(!text.includes(gone), gone);
    for (const kept of ['Ferries to Tory and Arranmore cancelled', 'Gweedore and Dungloe']) assert.ok(text.includes(kept), kept);
  });
});
