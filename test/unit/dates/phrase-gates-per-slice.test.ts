import * as assert from 'node:assert/strict';
import { findPhrases } from '../../../src/core/dates/phrases';

const REF = new Date(Date.UTC(2026, 4, 20, 12));

/** The phrases of `slice` as "text=value". */
function read(slice: string): string[] {
  return findPhrases(slice, REF).map((p) => `${slice.slice(p.index, p.index + p.length)}=${p.value ?? ''}`);
}

describe('the special date phrases of one slice after another', () => {
  it('are found from what each slice holds, not from what the slice before held', () => {
    const seasons = 'The works began in the summer of 2019 and ended last year.';
    const none = 'The works were done by a firm from the town.';
    const week = 'It closed last week, three years ago.';
    const first = read(seasons);
    assert.ok(first.length >= 2, first.join(' | '));
    assert.deepEqual(read(none), []);
    assert.deepEqual(read(week), read(week));
    assert.deepEqual(read(week), ['last week=2026-W20']);
    assert.deepEqual(read(none), []);
    assert.deepEqual(read(seasons), first);
  });
});
