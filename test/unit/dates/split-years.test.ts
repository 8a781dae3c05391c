import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('a year running into the next ("2023-24")', () => {
  const published = '2026-03-05';

  it('dates a season or a budget year by the year it starts in', () => {
    assert.deepEqual(datesIn('She captained the club through the 2022-23 season.', published), ['2022-23=2022']);
    assert.deepEqual(datesIn('Council tax rises by 4% in 2026/27, the town hall said.', published), ['2026/27=2026']);
    assert.deepEqual(datesIn('Attendance peaked in 1999–00.', published), ['1999–00=1999']);
  });

  it('dates a split fiscal year by the year it ends in, as a single fiscal year is', () => {
    assert.deepEqual(datesIn('The miner expects higher output in fiscal 2025-26.', published), ['fiscal 2025-26=2026']);
  });

  it('takes no date from figures that are not the next year or sit inside a longer number', () => {
    assert.deepEqual(datesIn('Motion 2019-47 was tabled by the opposition.', published), []);
    assert.deepEqual(datesIn('Call the hotline on 0800-2019-20 for help.', published), []);
  });
});
