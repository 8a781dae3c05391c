import * as assert from 'node:assert/strict';
import { writesDayFirst } from '../../../src/core/dates/slash-order';
import { datesIn } from '../helpers/dates';

describe('weaker cues to the order of an ambiguous slash date', () => {
  it('reads the date day first when a weekday the page ties to its own day fits only that reading', () => {
    // 2/9/2026 is 2 September (a Wednesday) day first, 9 February (a Monday) month first.
    const dayFirst = 'Posted 2/9/2026, 8:15 am\n\nThe ferry broke down on Monday, two days ago, off the cape.';
    assert.equal(writesDayFirst(dayFirst), true);
    const monthFirst = 'Posted 2/9/2026, 8:15 am\n\nThe ferry broke down on Saturday, two days ago, off the cape.';
    assert.equal(writesDayFirst(monthFirst), false);
    assert.equal(writesDayFirst('Posted 2/9/2026\n\nThe strike began yesterday (Tuesday) at the docks.'), true);
  });

  it('values the relative dates of such a page from the day-first day', () => {
    const text = 'Updated 2/9/2026, 9:00 pm\n\nThe pumps stopped on Monday, two days ago. Crews will return next week.';
    assert.deepEqual(datesIn(text, '2026-09-02'), ['2/9/2026=2026-09-02', 'Monday=2026-08-31', 'two days ago=2026-08-31', 'next week=2026-W37']);
  });

  it('follows a time zone after the date: one of a day-first country, or one of the United States', () => {
    assert.equal(writesDayFirst('Updated 4/6/2026, 9:40 pm EEST\n\nThe port reopened.'), true);
    assert.equal(writesDayFirst('Updated 4/6/2026 14:05 GMT+3\n\nThe port reopened.'), true);
    assert.equal(writesDayFirst('Updated 4/6/2026, 9:40 pm EDT\n\nThe port reopened.'), false);
  });

  it('takes dates written with dots elsewhere in the page as the day-first way', () => {
    assert.equal(writesDayFirst('Posted 4/6/2026\n\nThe tender closes on 19.06.2026, the council said.'), true);
  });

  it('follows the same day named with its month elsewhere in the page', () => {
    assert.equal(writesDayFirst('Posted 3/7/2026\n\nThe July 3 deadline passed without a deal.'), true);
    assert.equal(writesDayFirst('Posted 3/7/2026\n\nThe March 7 deadline passed without a deal.'), false);
  });

  it('reads a page with Commonwealth spellings and 24-hour entry stamps day first', () => {
    const text = 'Updated 5/8/2026, 6:10 pm\n\n17:45\nResidents of the neighbourhood queued for water.\n\n16:20\nTrucks brought 9,000 litres.';
    assert.equal(writesDayFirst(text), true);
  });

  it('keeps month first when only one of those habits shows, or a US spelling stands beside them', () => {
    assert.equal(writesDayFirst('Updated 5/8/2026, 6:10 pm\n\nResidents of the neighbourhood queued for water.'), false);
    assert.equal(writesDayFirst('Updated 5/8/2026, 6:10 pm\n\n17:45\nResidents queued for water.'), false);
    assert.equal(writesDayFirst('Updated 5/8/2026\n\n17:45\nThe neighbourhood queued at the community center.'), false);
  });
});

describe('a weekday written with an ambiguous slash date', () => {
  it('chooses the reading whose day is that weekday', () => {
    // 1 August 2026 is a Saturday, 8 January 2026 a Thursday.
    assert.equal(writesDayFirst('Sat 1/8/2026 10:15\n\nThe talks went on.'), true);
    assert.equal(writesDayFirst('Thursday, 1/8/2026\n\nThe talks went on.'), false);
    assert.equal(writesDayFirst('THU 1/8/2026\n\nThe talks went on.'), false);
  });

  it('says nothing when the word before is no weekday', () => {
    assert.equal(writesDayFirst('Monument 1/8/2026\n\nThe talks went on.'), false);
    assert.equal(writesDayFirst('Monument 1/8/2026\n\nThe talks went on, the neighbourhood said.\n\n18:20\nMore.'), true);
  });
});
