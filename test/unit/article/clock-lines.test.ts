import * as assert from 'node:assert/strict';
import { isClockLine } from '../../../src/core/article/date-line';
import { parseArticle } from '../../../src/core/article/parse-article';

describe('clock-time lines of live blogs', () => {
  it('tells a line holding only a clock time, with a time zone or an update label', () => {
    for (const line of ['14:32 GMT', '1:45 PM MYT', 'Updated at 15.14 GMT', '3.20pm', '9am ET', '10:05 GMT+8', '08:15 local time']) assert.ok(isClockLine(line), line);
    for (const line of ['Wednesday, 4 March 2026 1:45 PM MYT', '14:32 Ministers meet in Dublin', 'Kick-off 3pm at Thomond Park', '2:1 win']) assert.ok(!isClockLine(line), line);
  });

  for (const eol of ['\n', '\r\n']) {
    it(`keeps clock lines out of the searchable text and the entry headlines under them in it (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const text = [
        'Storm live: 90,000 homes without power in the west',
        '',
        'Sat 24 Jan 2026 15:10 GMT',
        '',
        '15:10 GMT',
        'Flights cancelled at Knock Airport',
        '',
        'All evening departures from Knock Airport have been cancelled, the airport said in a statement this afternoon.',
        '',
        'Updated at 15.14 GMT',
        '',
        '14:32 GMT',
        'Roads closed in Connemara',
        '',
        'Galway County Council says more than 40 roads in Connemara are blocked by fallen trees this afternoon.',
        '',
      ].join(eol);
      const a = parseArticle(text, 'live.txt');
      const searched = a.searchable.map((r) => text.slice(r.start, r.end));
      assert.ok(searched.includes('Flights cancelled at Knock Airport'));
      assert.ok(searched.includes('Roads closed in Connemara'));
      assert.ok(!searched.some((s) => /GMT/u.test(s)));
      assert.deepEqual(a.boilerplate.map((b) => b.text), ['15:10 GMT', 'Updated at 15.14 GMT', '14:32 GMT']);
      assert.equal(a.published, '2026-01-24');
    });
  }
});
