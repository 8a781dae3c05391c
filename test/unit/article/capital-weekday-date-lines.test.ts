import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { parseArticle } from '../../../src/core/article/parse-article';

describe('date lines with the weekday in capitals', () => {
  it('keeps a weekday written in capitals before a month-first date as part of the date', () => {
    const line = 'FRIDAY, OCTOBER 9, 2026';
    const date = matchDateLine(line);
    assert.equal(date?.iso, '2026-10-09');
    assert.equal(line.slice(date?.start, date?.end), 'FRIDAY, OCTOBER 9, 2026');
  });

  it('keeps it after a byline sharing the line', () => {
    const text = [
      'Port workers walk out over pay',
      '',
      '**By Amal Greaves in Lyttelton** · FRIDAY, OCTOBER 9, 2026',
      '',
      'Dock workers at the port stopped work on Thursday, the union said, after talks on a new contract broke down.',
      '',
      'The port company said it would meet the union again next week.',
    ].join('\n');
    const article = parseArticle(text, 'port.md');
    assert.equal(article.published, '2026-10-09');
    assert.equal(article.publishedSpan?.text, 'FRIDAY, OCTOBER 9, 2026');
  });
});
