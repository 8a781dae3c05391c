import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { findFullDates } from '../../../src/core/article/full-dates';

describe('full dates and date lines', () => {
  it('finds full dates in the common news spellings', () => {
    const text = 'On December 02, 2020 and 2 Dec 2020, also Nov. 9, 2021, 2022-01-31 and 12/02/2020.';
    assert.deepEqual(findFullDates(text).map((d) => d.iso), ['2020-12-02', '2020-12-02', '2021-11-09', '2022-01-31', '2020-12-02']);
  });

  it('refuses impossible dates', () => {
    assert.deepEqual(findFullDates('November 31, 2020 and 2020-13-01'), []);
  });

  it('accepts lines that are only a date, with labels, weekday and time', () => {
    for (const line of ['December 02, 2020', 'Published: Wed, Jan 11, 2023 10:30 AM', 'Updated: 05/12/2023 09:14 AM CET', '14 March 2023', 'Posted on Friday, May 14, 2021']) {
      assert.ok(matchDateLine(line), line);
    }
  });

  it('does not take a sentence that mentions a date for a date line', () => {
    assert.equal(matchDateLine('The talks ended on December 2, 2020 without a deal.'), null);
  });
});
