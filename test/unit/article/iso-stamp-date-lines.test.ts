import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { findFullDates } from '../../../src/core/article/full-dates';
import { parseArticle } from '../../../src/core/article/parse-article';
import { recognize } from '../../../src/core/entities/recognize';

describe('date lines written as ISO time stamps', () => {
  it('reads a line holding only an ISO time stamp as a date line of its date part', () => {
    for (const [line, iso] of [['2025-11-03T08:15:00Z', '2025-11-03'], ['2025-11-03T08:15:00.000+07:00', '2025-11-03'], ['Published: 2025-11-03T08:15+0100', '2025-11-03'], ['2025-11-03T08:15', '2025-11-03']]) {
      const date = matchDateLine(line);
      assert.equal(date?.iso, iso, line);
      assert.equal(line.slice(date.start, date.end), iso, line);
    }
  });

  it('finds the date of a time stamp in running text, but not digits run on past a date', () => {
    assert.deepEqual(findFullDates('logged at 2025-11-03T08:15:00Z by the server').map((d) => d.iso), ['2025-11-03']);
    assert.deepEqual(findFullDates('serial 2025-11-034 and 2025-11-03Tx').map((d) => d.iso), []);
  });

  it('dates the article by the stamp under its byline and values its relative dates from it', () => {
    const text = '# Port operator agrees to sell terminal stake\n\n**Ana Lima** · 4 min read\n\n2025-11-03T08:15:00Z\n\nThe port operator said on Monday it would sell a stake in its container terminal next month.\n';
    const article = parseArticle(text, 'port.md');
    assert.equal(article.published, '2025-11-03');
    assert.equal(article.publishedInferred, false);
    const dates = recognize(article).filter((e) => e.type === 'date').map((e) => `${e.text}=${e.value ?? ''}`);
    assert.deepEqual(dates, ['2025-11-03=2025-11-03', 'Monday=2025-11-03', 'next month=2025-12']);
  });
});
