import * as assert from 'node:assert/strict';
import { lastTextSpanMemo, spanFromInside, spanInside, spanKey, spanResultsMemo } from '../../../src/core/ner/span-results-memo';

describe('per-span results remembered for an article', () => {
  it('names a span by its start, length and type, and gives up on a span too long to name', () => {
    const keys = new Set([spanKey({ type: 'person', start: 4, end: 9 }), spanKey({ type: 'place', start: 4, end: 9 }), spanKey({ type: 'person', start: 4, end: 10 }), spanKey({ type: 'person', start: 5, end: 10 })]);
    assert.equal(keys.size, 4);
    assert.equal(spanKey({ type: 'organization', start: 0, end: 256 }), -1);
    assert.equal(spanKey({ type: 'organization', start: 2 ** 20, end: 2 ** 20 + 3 }), -1);
    assert.ok(spanKey({ type: 'organization', start: 2 ** 20 - 1, end: 2 ** 20 + 254 }) < 2 ** 30);
  });

  it('keeps one map per owner and text, and starts afresh for another text or another owner', () => {
    const memoOf = spanResultsMemo<string>();
    const owner = {};
    memoOf(owner, 'Rain in Oslo.').set(1, 'kept');
    assert.equal(memoOf(owner, 'Rain in Oslo.').get(1), 'kept');
    assert.equal(memoOf({}, 'Rain in Oslo.').get(1), undefined);
    assert.equal(memoOf(owner, 'Sun in Bergen.').get(1), undefined);
    assert.equal(memoOf(owner, 'Rain in Oslo.').get(1), undefined);
  });
});

describe('a span named by a number inside another', () => {
  it('gives the same span back, and -1 for one before the outer span or too far into it', () => {
    const outer = { type: 'person' as const, start: 1000, end: 1030 };
    for (const s of [{ type: 'place' as const, start: 1000, end: 1030 }, { type: 'organization' as const, start: 1004, end: 1011 }, { type: 'person' as const, start: 1029, end: 1030 }]) {
      assert.deepEqual(spanFromInside(outer, spanInside(outer, s)), s);
    }
    assert.equal(spanInside(outer, { type: 'place', start: 999, end: 1003 }), -1);
    assert.equal(spanInside(outer, { type: 'place', start: 1000 + 2 ** 12, end: 1001 + 2 ** 12 }), -1);
  });
});

describe('per-span results remembered for the last text', () => {
  it('keeps one map for a text and starts afresh for another', () => {
    const memoOf = lastTextSpanMemo<boolean>();
    memoOf('Fog over Lyon.').set(3, true);
    assert.equal(memoOf('Fog over Lyon.').get(3), true);
    assert.equal(memoOf('Fog over Nice.').get(3), undefined);
    assert.equal(memoOf('Fog over Lyon.').get(3), undefined);
  });
});
