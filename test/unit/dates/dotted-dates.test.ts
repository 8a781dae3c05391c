import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('dates parted by dots', () => {
  it('reads a dotted date day first, as the pages writing them do', () => {
    assert.deepEqual(datesIn('Published 09.05.2026 06:12 | Updated 09.05.2026 21:40', '2026-05-09'), ['09.05.2026=2026-05-09', '09.05.2026=2026-05-09']);
    assert.deepEqual(datesIn('The ban took effect on 1.2.2026.', '2026-05-09'), ['1.2.2026=2026-02-01']);
  });

  it('reads a year-first date month before day', () => {
    assert.deepEqual(datesIn('2026.05.09 14:22', '2026-05-09'), ['2026.05.09=2026-05-09']);
    assert.deepEqual(datesIn('Published at : 2026/05/09', '2026-05-09'), ['2026/05/09=2026-05-09']);
  });
});
