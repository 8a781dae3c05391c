import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { NamedSpan } from '../../../src/core/ner/index';
import { mapChangedSpans, mapSpans } from '../../../src/core/ner/span-arrays';

const span = (type: NamedSpan['type'], start: number, end: number): NamedSpan => ({ type, start, end });

describe('mapping arrays of spans', () => {
  it('retypes the spans it is asked to and keeps the others, in order, without changing the input', () => {
    const spans = [span('person', 0, 4), span('place', 10, 14), span('person', 20, 25)];
    const out = mapSpans(spans, (s) => (s.start === 10 ? { ...s, type: 'organization' as const } : s));
    assert.deepEqual(out, [span('person', 0, 4), span('organization', 10, 14), span('person', 20, 25)]);
    assert.equal(out[0], spans[0]);
    assert.deepEqual(spans[1], span('place', 10, 14));
    assert.notEqual(out, spans);
  });

  it('passes each item its index and gives a new empty array for no items', () => {
    assert.deepEqual(mapSpans(['a', 'b', 'c'], (w, i) => `${i}${w}`), ['0a', '1b', '2c']);
    const none: NamedSpan[] = [];
    const out = mapSpans(none, (s) => s);
    assert.deepEqual(out, []);
    assert.notEqual(out, none);
  });

  it('gives what Array.prototype.map gives, with every index filled', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: fc.nat(1000), end: fc.nat(1000) })), (ranges) => {
        const widen = (r: { start: number; end: number }, i: number) => ({ start: r.start - i, end: r.end + i });
        const out = mapSpans(ranges, widen);
        assert.deepEqual(out, ranges.map(widen));
        assert.equal(Object.keys(out).length, out.length);
      }),
    );
  });
});

describe('mapping arrays of spans that a rule may leave unchanged', () => {
  it('gives the input array itself when no span changes', () => {
    const spans = [span('person', 0, 4), span('place', 10, 14)];
    assert.equal(mapChangedSpans(spans, (s) => (s.type === 'organization' ? { ...s, type: 'place' as const } : s)), spans);
  });

  it('gives a new array with the changed spans, the input untouched, once one span changes', () => {
    const spans = [span('person', 0, 4), span('place', 10, 14), span('person', 20, 25)];
    const out = mapChangedSpans(spans, (s) => (s.start === 10 ? { ...s, type: 'organization' as const } : s));
    assert.deepEqual(out, [span('person', 0, 4), span('organization', 10, 14), span('person', 20, 25)]);
    assert.notEqual(out, spans);
    assert.equal(out[2], spans[2]);
    assert.deepEqual(spans[1], span('place', 10, 14));
  });

  it('gives what mapSpans gives, visiting every item once in order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: fc.nat(1000), end: fc.nat(1000) })), fc.nat(5), (ranges, every) => {
        const seen: number[] = [];
        const widen = (r: { start: number; end: number }, i: number) => {
          seen.push(i);
          return every > 0 && i % every === 0 ? { start: r.start - 1, end: r.end } : r;
        };
        const out = mapChangedSpans(ranges, widen);
        assert.deepEqual(seen, ranges.map((_, i) => i));
        assert.deepEqual(out, mapSpans(ranges, widen));
        assert.equal(Object.keys(out).length, out.length);
      }),
    );
  });
});
