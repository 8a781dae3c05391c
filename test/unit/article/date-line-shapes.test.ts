import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { findFullDates } from '../../../src/core/article/full-dates';
import { parseArticle } from '../../../src/core/article/parse-article';

const BODY = [
  'The river authority said the new weir at Oldbridge would hold back twice as much water as the one it replaces, and that the work would be done before the autumn rains.',
  'Farmers downstream said they had not been asked about the plan and would raise it with the county council when it meets to set next year’s budget.',
].join('\n\n');

describe('date lines in the shapes news sites write them', () => {
  it('reads weekday, day and month in either order, with or without commas and dots', () => {
    const lines: [string, string][] = [
      ['Tuesday March 3 2026', '2026-03-03'],
      ['Tuesday, March 3, 2026', '2026-03-03'],
      ['Tuesday 3 March 2026', '2026-03-03'],
      ['Tue. Mar. 3, 2026', '2026-03-03'],
      ['Tue, Mar 3 2026', '2026-03-03'],
      ['TUESDAY, MARCH 3, 2026', '2026-03-03'],
      ['3 MAR 2026', '2026-03-03'],
      ['Date: Tuesday, March 3rd, 2026', '2026-03-03'],
    ];
    for (const [line, iso] of lines) assert.equal(matchDateLine(line)?.iso, iso, line);
  });

  it('reads a date line with a clock time, its half of the day and a time zone of any site', () => {
    const lines: [string, string][] = [
      ['Sat 14 Nov 2026 09.12 GMT', '2026-11-14'],
      ['Sat 14 Nov 2026 06.00 AEDT', '2026-11-14'],
      ['14 November 2026, 6:40 pm', '2026-11-14'],
      ['November 14, 2026 6:40 PM GMT-5', '2026-11-14'],
      ['Nov 14, 2026, 18:40 ET', '2026-11-14'],
      ['November 14, 2026 Updated 7:05 p.m. ET', '2026-11-14'],
      ['Updated: 14 Nov 2026, 6:15 pm IST', '2026-11-14'],
      ['Saturday, November 14, 2026 - 18:40', '2026-11-14'],
      ['Sat, 14 Nov 2026 18:40:11 +0000', '2026-11-14'],
    ];
    for (const [line, iso] of lines) assert.equal(matchDateLine(line)?.iso, iso, line);
  });

  it('reads labels before the date, a first-publication line included', () => {
    const lines: [string, string][] = [
      ['Published November 14, 2026', '2026-11-14'],
      ['Posted on 14th November 2026', '2026-11-14'],
      ['First published on Sat 14 Nov 2026 07.30 GMT', '2026-11-14'],
      ['Last modified on Sat 14 Nov 2026 10.02 GMT', '2026-11-14'],
    ];
    for (const [line, iso] of lines) assert.equal(matchDateLine(line)?.iso, iso, line);
  });

  it('reads a slash date whose first part cannot be a month day first', () => {
    assert.equal(matchDateLine('25/11/2026 18:40')?.iso, '2026-11-25');
    assert.deepEqual(findFullDates('due on 25/11/2026.').map((d) => d.iso), ['2026-11-25']);
    // Ambiguous ones stay month first unless the page shows otherwise.
    assert.equal(matchDateLine('11/10/2026')?.iso, '2026-11-10');
  });

  it('takes no sentence, relative stamp or clock word for a date line', () => {
    for (const line of ['Updated about 5 hours ago', 'The weir opened on March 3 2026 after a long delay.', 'Flooding began on Tuesday, March 3, 2026 in the valley']) assert.equal(matchDateLine(line), null, line);
  });

  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';

    it(`dates a page by a date line without commas under an author link, not by "Updated 3 hours ago" (${name})`, () => {
      const text = [
        'Menu', 'News', 'Business', 'Sport', '', 'New weir to hold back the Carrow at Oldbridge', '', 'Work starts next month on a barrier the authority says will end the town’s floods', '',
        'By Ruth Okonjo', 'More by this Author', 'Wednesday March 4 2026', 'Updated 3 hours ago', '', BODY,
      ].join(eol);
      const a = parseArticle(text, 'weir.txt');
      assert.equal(a.published, '2026-03-04');
      assert.equal(a.publishedInferred, false);
      assert.equal(a.publishedSpan?.text, 'Wednesday March 4 2026');
      assert.ok(a.boilerplate.some((b) => b.text === 'More by this Author'));
      assert.ok(a.boilerplate.some((b) => b.text === 'Updated 3 hours ago'));
    });

    it(`keeps a date line's second date among the searchable text (${name})`, () => {
      const text = ['New weir to hold back the Carrow at Oldbridge', '', 'Posted: March 4, 2026 at 7:58 p.m. EST | Last Updated: March 5, 2026 at 9:02 a.m. EST', '', BODY].join(eol);
      const a = parseArticle(text, 'weir.txt');
      assert.equal(a.published, '2026-03-04');
      const second = text.indexOf('March 5, 2026');
      assert.ok(a.searchable.some((r) => r.start <= second && second + 'March 5, 2026'.length <= r.end));
      assert.ok(!a.searchable.some((r) => text.slice(r.start, r.end).includes('Posted')));
    });
  }
});
