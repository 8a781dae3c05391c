import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import { findDates } from '../../../src/core/dates/find-dates';
import { liveDays } from '../../../src/core/dates/live-days';

/** The dates of an article as the parser gives its searchable ranges and publication day. */
function datesOf(text: string): string[] {
  const a = parseArticle(text, 'live.txt');
  return findDates(text, a.searchable, a.published).map((d) => `${d.text}=${d.value ?? ''}`);
}

describe('the days of a live page\'s entries', () => {
  // Published on Wednesday 2026-07-15; entries of Tuesday 14 and Monday 13 July under their headings.
  const page = (eol: string) => [
    'Rail strike live: no trains on the coast line for a third day',
    '',
    'Wed 15 Jul 2026 09.30 BST',
    '',
    '09.30',
    'Union leaders meet ministers',
    'Talks resumed this morning and could run until Friday, the union said.',
    '',
    'Tuesday 14 July',
    '',
    '18.40',
    'Timetable for tomorrow published',
    'The operator has published tomorrow\'s timetable: one train an hour on the main line.',
    '',
    'Monday 13 July',
    '',
    '20.15',
    'Strike to go ahead',
    'The union confirmed the walkout would begin on Tuesday after talks failed since Saturday.',
    '',
  ].join(eol);

  for (const eol of ['\n', '\r\n']) {
    it(`tells each entry's relative days from the day heading over it (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const dates = datesOf(page(eol));
      assert.ok(dates.includes('Friday=2026-07-17'), dates.join(', '));
      assert.ok(dates.includes('tomorrow=2026-07-15'), dates.join(', '));
      assert.ok(dates.includes('Tuesday=2026-07-14'), dates.join(', '));
      assert.ok(dates.includes('Saturday=2026-07-11'), dates.join(', '));
      assert.ok(dates.includes('Tuesday 14 July=2026-07-14'), dates.join(', '));
      assert.ok(dates.includes('Monday 13 July=2026-07-13'), dates.join(', '));
    });
  }

  it('finds a heading only when a clock time opens the entry under it', () => {
    const ref = new Date(Date.UTC(2026, 6, 15, 12));
    const text = 'Tuesday 14 July\n\n18.40\nEntry\n\nMonday 13 July\nThe union met on Friday.';
    const days = liveDays(text, [{ start: 0, end: 15 }, { start: 31, end: 45 }], ref);
    assert.deepEqual(days.map((d) => d.day.toISOString().slice(0, 10)), ['2026-07-14']);
  });

  it('needs a weekday or a year in the heading, and reads the year the weekday falls in', () => {
    const ref = new Date(Date.UTC(2027, 0, 2, 12));
    const text = 'Thursday 31 December\n09:10\n\n14 July\n09:10\n\n3 Jan 2027\n09:10';
    const ranges = [{ start: 0, end: 20 }, { start: 28, end: 35 }, { start: 43, end: 53 }];
    assert.deepEqual(liveDays(text, ranges, ref).map((d) => d.day.toISOString().slice(0, 10)), ['2026-12-31', '2027-01-03']);
  });

  it('leaves pages without day headings told from their publication day', () => {
    const text = 'Rail strike live: no trains on the coast line\n\nWed 15 Jul 2026 09.30 BST\n\n09.30\nTalks\nThe union met on Monday.';
    assert.ok(datesOf(text).includes('Monday=2026-07-13'));
  });
});
