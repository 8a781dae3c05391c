import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countAtMost, countBelow } from '../../../src/core/text/sorted-offsets';

describe('searches over sorted offsets', () => {
  it('counts the offsets below and at most a point, with repeats and at both ends', () => {
    const starts = [3, 7, 7, 12];
    assert.deepEqual([0, 3, 7, 8, 12, 13].map((v) => countBelow(starts, v)), [0, 0, 1, 3, 3, 4]);
    assert.deepEqual([0, 3, 7, 8, 12, 13].map((v) => countAtMost(starts, v)), [0, 1, 3, 3, 4, 4]);
    assert.equal(countBelow([], 5), 0);
  });

  it('agrees with counting one by one on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 51 }), (values, at) => {
        const sorted = [...values].sort((a, b) => a - b);
        assert.equal(countBelow(sorted, at), sorted.filter((v) => v < at).length);
        assert.equal(countAtMost(sorted, at), sorted.filter((v) => v <= at).length);
      }),
    );
  });
});
