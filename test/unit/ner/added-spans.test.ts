import * as assert from 'node:assert/strict';
import type { NamedSpan } from '../../../src/core/ner/index';
import * as fc from 'fast-check';
import { firstEndingAfter, firstEndingAfterSorted, otherMentions, withoutOverlapping, withWholeNames } from '../../../src/core/ner/added-spans';

const span = (type: NamedSpan['type'], start: number, end: number): NamedSpan => ({ type, start, end });

describe('putting whole names in among the spans', () => {
  it('puts a name in over the spans inside it and keeps the others in order', () => {
    const spans = [span('person', 0, 4), span('place', 10, 14), span('organization', 15, 20), span('place', 30, 35)];
    assert.deepEqual(withWholeNames(spans, [span('organization', 10, 20)]), [span('person', 0, 4), span('organization', 10, 20), span('place', 30, 35)]);
  });

  it('leaves a name out where a span reaches out of it, and a later name overlapping that span', () => {
    const spans = [span('person', 5, 25)];
    const names = [span('organization', 0, 10), span('organization', 20, 30), span('organization', 40, 45)];
    assert.deepEqual(withWholeNames(spans, names), [span('person', 5, 25), span('organization', 40, 45)]);
  });

  it('returns a copy of the spans when there is no name, and the names when there is no span', () => {
    const spans = [span('place', 0, 3)];
    const copy = withWholeNames(spans, []);
    assert.deepEqual(copy, spans);
    assert.notEqual(copy, spans);
    assert.deepEqual(withWholeNames([], [span('organization', 2, 4)]), [span('organization', 2, 4)]);
  });

  it('takes names in text order, the longest first at one start, and leaves out one overlapping a name put in', () => {
    const names = [span('organization', 12, 20), span('organization', 0, 6), span('organization', 0, 10)];
    assert.deepEqual(withWholeNames([span('place', 0, 4)], names), [span('organization', 0, 10), span('organization', 12, 20)]);
    assert.deepEqual(withWholeNames([], [span('organization', 5, 9), span('organization', 0, 6)]), [span('organization', 0, 6)]);
  });

  it('moves a cursor to the first span ending after a position', () => {
    const spans = [span('place', 0, 3), span('place', 5, 8), span('place', 10, 12)];
    assert.equal(firstEndingAfter(spans, 4, 0), 1);
    assert.equal(firstEndingAfter(spans, 8, 1), 2);
    assert.equal(firstEndingAfter(spans, 20, 2), 3);
  });
});

describe('dropping the spans a better-known name replaces', () => {
  it('keeps the spans that touch no name and drops each one overlapping a name', () => {
    const spans: NamedSpan[] = [
      { type: 'person', start: 0, end: 4 },
      { type: 'place', start: 6, end: 10 },
      { type: 'organization', start: 12, end: 20 },
      { type: 'person', start: 25, end: 30 },
    ];
    const names = [{ start: 8, end: 14 }, { start: 30, end: 34 }];
    assert.deepEqual(withoutOverlapping(spans, names), [spans[0], spans[3]]);
  });
});

describe('finding the span at a position by halves', () => {
  it('finds the same span as a scan from the start, for any sorted spans apart and any position', () => {
    const gaps = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 6 })), { maxLength: 40 });
    fc.assert(
      fc.property(gaps, fc.nat(300), (parts, pos) => {
        const spans: NamedSpan[] = [];
        let at = 0;
        for (const [gap, length] of parts) {
          spans.push({ type: 'place', start: at + gap, end: at + gap + length });
          at += gap + length;
        }
        assert.equal(firstEndingAfterSorted(spans, pos), firstEndingAfter(spans, pos, 0));
      }),
    );
  });
});

describe('other mentions of known names', () => {
  const show = (text: string, spans: NamedSpan[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}@${s.start}`);

  it('finds whole-word mentions no span covers, typed by name', () => {
    const text = 'The NWRA said the NWRAS board and NWRA staff met KEBS, as NWRA (NWRA) had asked.';
    const spans: NamedSpan[] = [span('organization', 65, 69)];
    const found = otherMentions(text, ['NWRA', 'KEBS'], spans, (name) => (name === 'KEBS' ? 'organization' : 'place'));
    assert.deepEqual(show(text, found), ['place:NWRA@4', 'place:NWRA@34', 'organization:KEBS@49', 'place:NWRA@58']);
  });

  it('reads a letter outside the Basic Multilingual Plane next to a name as part of a longer word', () => {
    const text = 'ABC𝐀 and 𝐀ABC and ABC.';
    assert.deepEqual(show(text, otherMentions(text, ['ABC'], [], () => 'organization')), ['organization:ABC@20']);
  });

  it('finds what one pattern of all the names would find, overlapping names and all', () => {
    const pieces = ['A', 'B', 'AB', ' ', '-', 'é', '𝐀', '1'];
    const pool = ['A', 'AB', 'B', 'A B', 'AB A', 'BA', 'A1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.subarray(pool, { minLength: 1 }), (parts, names) => {
        const text = parts.join('');
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
        assert.deepEqual(otherMentions(text, names, [], () => 'place').map((s) => [s.start, s.end]), expected);
      }),
    );
  });
});
