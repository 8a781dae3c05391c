import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('Christmas named as a day', () => {
  // Monday 2026-11-09.
  const published = '2026-11-09';

  it('reads Christmas after "before", "until" or "on" as 25 December, the coming one where the clause looks ahead', () => {
    assert.deepEqual(datesIn('The minister said the bill would reach Parliament before Christmas.', published), ['Christmas=2026-12-25']);
    assert.deepEqual(datesIn('The market will stay open until Christmas Eve.', published), ['Christmas Eve=2026-12-24']);
  });

  it('reads a Christmas gone by in a past clause', () => {
    assert.deepEqual(datesIn('The pier has been shut since Christmas.', published), ['Christmas=2025-12-25']);
  });

  it('leaves the holiday season and names alone', () => {
    assert.deepEqual(datesIn('Sales rose over Christmas, and boats left for Christmas Island.', published), []);
  });
});
