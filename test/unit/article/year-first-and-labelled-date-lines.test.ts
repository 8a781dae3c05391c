import * as assert from 'node:assert/strict';
import { dateLineLabel, matchDateLine } from '../../../src/core/article/date-line';
import { findFullDates } from '../../../src/core/article/full-dates';
import { parseArticle } from '../../../src/core/article/parse-article';

const HEADLINE = 'Ferry operator cancels night sailings after engine fire';
const BODY = 'The operator cancelled all night sailings on the northern route on Tuesday after an engine fire forced a ferry back to port, and said the service would resume next week once inspectors had checked the fleet.';

function article(...lines: string[]): string {
  return [HEADLINE, ...lines, BODY].join('\n\n') + '\n';
}

describe('date lines written year first', () => {
  it('reads dotted and slashed dates with the year first, month before day', () => {
    assert.deepEqual(findFullDates('2026.06.03 and 2026/07/08 and 2026.6.3').map((d) => d.iso), ['2026-06-03', '2026-07-08', '2026-06-03']);
  });

  it('does not read mixed marks, version numbers or impossible days as dates', () => {
    assert.deepEqual(findFullDates('2026.06/03, release 2026.13.01, build 2026.06.03.7'), []);
  });

  it('takes a year-first date line with a clock time and a time zone as the publication date', () => {
    assert.equal(parseArticle(article('2026.05.12 14:22')).published, '2026-05-12');
    assert.equal(parseArticle(article('Posted: 2026/05/12 09:15 NPT')).published, '2026-05-12');
    assert.equal(parseArticle(article('2026-05-12 09:15 +0545')).published, '2026-05-12');
  });

  it('reads a label with a space before its colon, over a relative update line, in CRLF text', () => {
    const text = article('Anita Rai\r\nPublished at : 2026/05/12\r\nUpdated 2 hours ago').replace(/\n/gu, '\r\n');
    const a = parseArticle(text);
    assert.equal(a.published, '2026-05-12');
    assert.equal(a.publishedInferred, false);
    assert.equal(a.publishedSpan?.text, '2026/05/12');
  });

  it('reads "Last updated on" with a year-first date when nothing else dates the page', () => {
    assert.equal(parseArticle(article('Last updated on 2026.5.12 at 10:05')).published, '2026-05-12');
  });
});

describe('publication and update dates on a page', () => {
  it('takes the published date when the update comes first on the line', () => {
    const line = 'Updated: 2026-05-13 18:00 | Published: 2026-05-12 07:30';
    const date = matchDateLine(line);
    assert.equal(date?.iso, '2026-05-12');
    assert.equal(date && dateLineLabel(line, date), 'published');
  });

  it('keeps the update date of the line as a date to find', () => {
    const text = article('Updated 13.05.2026 18:00 | Published 12.05.2026 07:30');
    const a = parseArticle(text);
    assert.equal(a.published, '2026-05-12');
    const at = text.indexOf('13.05.2026');
    assert.ok(a.searchable.some((r) => r.start <= at && at + 10 <= r.end));
  });

  it('takes a published line under an updated line', () => {
    const text = article('Updated: May 13, 2026 6:00 PM\nPublished: May 12, 2026 7:30 AM');
    const a = parseArticle(text);
    assert.equal(a.published, '2026-05-12');
    const at = text.indexOf('May 13, 2026');
    assert.ok(a.searchable.some((r) => r.start <= at && at + 12 <= r.end));
  });

  it('keeps a published line over a later updated line', () => {
    assert.equal(parseArticle(article('Published: May 12, 2026\nUpdated: May 13, 2026')).published, '2026-05-12');
  });

  it('keeps an update line when no published line follows', () => {
    assert.equal(parseArticle(article('Last updated: 13/05/2026 18:00')).published, '2026-05-13');
  });

  it('labels a date line by the words before its date', () => {
    for (const [line, label] of [['Posted: May 12, 2026', 'published'], ['Last updated on May 12, 2026', 'updated'], ['May 12, 2026 | Updated 3 min ago', null]] as const) {
      const date = matchDateLine(line);
      assert.ok(date, line);
      assert.equal(dateLineLabel(line, date), label, line);
    }
  });
});
