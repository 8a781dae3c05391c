import * as assert from 'node:assert/strict';
import { isRelativeDateLine, matchDateLine } from '../../../src/core/article/date-line';
import { detectArticle } from '../../../src/core/article/detect-article';
import { parseArticle } from '../../../src/core/article/parse-article';

const PROSE = [
  'The water board in Pietermaritzburg signed the contract in March 2023 and promised that the taps in three townships would run again within a year.',
  'Two years later they mostly do not, according to records seen by this newspaper and interviews with five former officials of the board.',
  'The board said in a statement that the work was "substantially complete" and that it would answer questions from the council next month.',
];

describe('date lines with a reading time, and date lines without a date', () => {
  it('reads a date line that also gives a reading time or an update time', () => {
    for (const [line, iso] of [['Published 17 September 2025 · 9 min read', '2025-09-17'], ['4 March 2026 | 3-minute read', '2026-03-04'], ['Published: 4 March 2026, 14:02 GMT', '2026-03-04'], ['Last updated: 4 March 2026 at 14:02 GMT · 5 min read', '2026-03-04']]) {
      assert.equal(matchDateLine(line)?.iso, iso, line);
    }
  });

  it('tells a line saying how long ago the page was updated, and no sentence', () => {
    for (const line of ['Updated 3 hours ago', 'Published: 2 days ago', 'Last updated 45 mins ago', '5m ago', 'Posted an hour ago']) assert.ok(isRelativeDateLine(line), line);
    for (const line of ['The board met 3 hours ago.', 'Updated rules', 'Three years ago the river ran dry']) assert.ok(!isRelativeDateLine(line), line);
  });

  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';

    it(`detects a long Markdown feature with sections, a byline and a date line with a reading time (${name})`, () => {
      const text = [
        '# The water contract that went to a company with no engineers', '',
        '*An investigation by **Thandi Mokoena** for [The Midlands Ledger](https://ledger.example.co.za)*', '',
        'Published 17 September 2025 · 9 min read', '',
        PROSE[0], '', '## A company registered weeks before the deadline', '', PROSE[1], '',
        '## Warnings ignored', '', PROSE[2], '', '## What happens next', '', PROSE[0], '',
      ].join(eol);
      const a = parseArticle(text, 'water.md');
      assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
      assert.ok(!a.detection.reasons.includes('many section headings'));
      assert.equal(a.published, '2025-09-17');
      assert.equal(a.publishedInferred, false);
      assert.equal(a.credits.length, 1);
    });

    it(`takes "Updated 2 hours ago" as furniture that marks a news page, and a source URL on the first line as the source (${name})`, () => {
      const url = 'https://news.example.ie/live/storm-2026';
      const text = [url, 'Home', 'News', 'Sport', 'Weather', '', 'Storm cuts power to 90,000 homes in the west', '', 'Updated 2 hours ago', '', ...PROSE.flatMap((p) => [p, ''])].join(eol);
      const a = parseArticle(text, 'storm.txt');
      assert.equal(a.url?.text, url);
      assert.equal(a.title?.text, 'Storm cuts power to 90,000 homes in the west');
      assert.ok(a.boilerplate.some((b) => b.text === 'Updated 2 hours ago'));
      assert.ok(a.boilerplate.some((b) => b.text === 'Sport'));
      assert.ok(a.detection.reasons.includes('date line without a date'));
      assert.ok(a.detection.reasons.includes('url at the start'));
      assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
    });
  }

  it('still takes documentation with many sections and no byline or date line for no article', () => {
    const doc = ['# Setting up the pipeline', '', PROSE[0], '', '## Install', '', PROSE[1], '', '## Configure', '', PROSE[2], '', '## Run', '', PROSE[0], ''].join('\n');
    const d = detectArticle(doc, 'guide.md');
    assert.equal(d.isArticle, false);
    assert.ok(d.reasons.includes('many section headings'));
  });
});
