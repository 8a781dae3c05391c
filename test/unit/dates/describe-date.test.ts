import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { isoMonth, isRealDay, pad2, pad4, utcDay } from '../../../src/core/dates/calendar';
import { describeDate, describeDay, describeMonth, isoWeekMonday } from '../../../src/core/dates/describe-date';

describe('describeDate', () => {
  it('names the weekday of a day', () => {
    assert.equal(describeDate('2020-12-02'), 'Wednesday, 2 December 2020');
    assert.equal(describeDate('2024-02-29'), 'Thursday, 29 February 2024');
  });

  it('describes months and years at their own granularity', () => {
    assert.equal(describeDate('2020-11'), 'November 2020');
    assert.equal(describeDate('1994'), '1994');
    assert.equal(describeDate('199'), '1990s');
  });

  it('describes an ISO week by its Monday to Sunday, across months and years', () => {
    assert.equal(describeDate('2021-W19'), 'Week of 10–16 May 2021');
    assert.equal(describeDate('2021-W17'), 'Week of 26 April – 2 May 2021');
    assert.equal(describeDate('2020-W53'), 'Week of 28 December 2020 – 3 January 2021');
    assert.equal(describeDate('2020-W01'), 'Week of 30 December 2019 – 5 January 2020');
  });

  it('refuses impossible values', () => {
    for (const bad of ['2021-02-29', '2020-13', '2020-00-10', '2021-W53', '2021-W00', 'Nov. 9', '', '20201202', '2020-W5']) {
      assert.equal(describeDate(bad), null, bad);
    }
  });

  it('finds the Monday of week 1 from 4 January', () => {
    assert.equal(isoWeekMonday(2021, 1).toISOString().slice(0, 10), '2021-01-04');
    assert.equal(isoWeekMonday(2015, 1).toISOString().slice(0, 10), '2014-12-29');
  });
});

describe('describeDate on values that are not dates', () => {
  it('rejects impossible dates and other text', () => {
    for (const bad of ['2021-02-29', '2020-13', '2020-00-10', 'Nov. 9', '', '20201202']) assert.equal(describeDate(bad), null, bad);
  });
});

describe('describeDay and describeMonth', () => {
  it('write a day and a month as describeDate writes their values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        assert.equal(describeMonth(year, month), describeDate(isoMonth(year, month)));
        if (isRealDay(year, month, day)) assert.equal(describeDay(utcDay(year, month, day)), describeDate(`${pad4(year)}-${pad2(month)}-${pad2(day)}`));
      }),
      { numRuns: 500 },
    );
    assert.equal(describeDay(utcDay(2020, 12, 2)), 'Wednesday, 2 December 2020');
    assert.equal(describeMonth(2020, 11), 'November 2020');
  });
});
