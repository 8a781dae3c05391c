import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { findShortYearDate } from '../../../src/core/article/full-dates';
import { parseArticle } from '../../../src/core/article/parse-article';
import { datesIn } from '../helpers/dates';

const BODY = 'The water board shut the eastern reservoir on Friday after a pump failed, and residents of three villages were told to boil their water. Engineers expect to finish repairs next week, a spokesman said.';

describe('date lines with a two-digit year', () => {
  it('reads a slash date line day first when its first part cannot be a month', () => {
    assert.equal(matchDateLine('Date: 23/06/26')?.iso, '2026-06-23');
    assert.equal(matchDateLine('17/11/25 14:05')?.iso, '2025-11-17');
  });

  it('reads a dotted date line day first', () => {
    assert.equal(matchDateLine('04.07.26')?.iso, '2026-07-04');
  });

  it('reads an ambiguous slash date line month first, as with four-digit years', () => {
    assert.equal(matchDateLine('Date: 03/06/26')?.iso, '2026-03-06');
  });

  it('does not take a two-digit date in prose or a line with other words as a date line', () => {
    assert.equal(matchDateLine('The score was 12/10/25 after three rounds of voting'), null);
    assert.equal(findShortYearDate('version 1.2.26.4'), null);
  });

  it('dates the article by such a line rather than by the latest date in the text', () => {
    const a = parseArticle(`PUMP FAILURE AT EASTERN RESERVOIR\n\nDate: 23/06/26\n\n${BODY} Works will run until 30th August 2026.\n`);
    assert.equal(a.published, '2026-06-23');
    assert.equal(a.publishedInferred, false);
  });

  it('reads a two-digit slash date in text day first on a page that writes the day first', () => {
    assert.deepEqual(datesIn('Posted 14/06/2026 - 17:45. The report of 03/06/26 was late.', '2026-06-14'), ['14/06/2026=2026-06-14', '03/06/26=2026-06-03']);
  });
});
