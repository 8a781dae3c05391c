import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

// 2026-06-10 is a Wednesday.
const PUBLISHED = '2026-06-10';

describe('deadlines and plans told in the present', () => {
  it('reads a deadline someone wants or needs as ahead', () => {
    assert.deepEqual(datesIn('The opposition wants a ruling by Friday.', PUBLISHED), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('The club needs an answer by Monday.', PUBLISHED), ['Monday=2026-06-15']);
  });

  it('reads what someone has to do on a day as ahead', () => {
    assert.deepEqual(datesIn('The coach has to pick a side for the cup tie on Saturday.', PUBLISHED), ['Saturday=2026-06-13']);
  });

  it('keeps a past obligation in the past', () => {
    assert.deepEqual(datesIn('The coach had to pick a side for the cup tie on Saturday.', PUBLISHED), ['Saturday=2026-06-06']);
  });
});

describe('a span told from another event after a date', () => {
  it('leaves "a day before ..." out of the date before it', () => {
    assert.deepEqual(datesIn('Workers rallied outside the offices this morning, a day before the board meets.', PUBLISHED), ['this morning=2026-06-10']);
    assert.deepEqual(datesIn('Fans gathered on Monday, two days before the final.', PUBLISHED), ['Monday=2026-06-08']);
  });
});
