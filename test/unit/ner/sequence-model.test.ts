import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { LABELS } from '../../../src/core/ner/features';
import { allowed, NUM_LABELS, viterbi } from '../../../src/core/ner/sequence-model';

const L = NUM_LABELS;

/** The score of one label sequence: its emissions and its transitions, row 0 for the start. */
function scoreOf(path: readonly number[], emissions: Float64Array, transitions: ArrayLike<number>): number {
  let total = 0;
  path.forEach((y, i) => {
    total += emissions[i * L + y] + transitions[(i === 0 ? 0 : path[i - 1] + 1) * L + y];
  });
  return total;
}

/** The best sequence the BIO rule allows, by trying every one (short sentences only). */
function bruteForce(emissions: Float64Array, n: number, transitions: ArrayLike<number>): number[] {
  let best: number[] = [];
  let top = -Infinity;
  const path: number[] = [];
  const walk = (i: number): void => {
    if (i === n) {
      const s = scoreOf(path, emissions, transitions);
      if (s > top) [top, best] = [s, [...path]];
      return;
    }
    for (let y = 0; y < L; y++) {
      if (!allowed(i === 0 ? -1 : path[i - 1], y)) continue;
      path.push(y);
      walk(i + 1);
      path.pop();
    }
  };
  walk(0);
  return best;
}

/**
 * Viterbi as written plainly: every previous label the BIO rule allows is tried in ascending order,
 * and a tie keeps the first; the decoder must pick the very same path, ties included.
 */
function plainViterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>): number[] {
  const best: number[][] = [];
  const back: number[][] = [];
  best.push(Array.from({ length: L }, (_, y) => (allowed(-1, y) ? emissions[y] + transitions[y] : -Infinity)));
  for (let i = 1; i < n; i++) {
    best.push([]);
    back.push([]);
    for (let y = 0; y < L; y++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = allowed(p, y) ? best[i - 1][p] + transitions[(p + 1) * L + y] : -Infinity;
        if (s > top) [top, arg] = [s, p];
      }
      best[i].push(top + emissions[i * L + y]);
      back[i - 1].push(arg);
    }
  }
  let arg = 0;
  for (let y = 1; y < L; y++) if (best[n - 1][y] > best[n - 1][arg]) arg = y;
  const path = [arg];
  for (let i = n - 1; i > 0; i--) path.unshift((arg = back[i - 1][arg]));
  return path;
}

// Whole numbers, so sums are exact in any order and the best score is one number, whichever of tied paths is kept.
const score = fc.integer({ min: -20, max: 20 });

describe('viterbi', () => {
  it('finds a sequence the BIO rule allows with the best score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(score, { minLength: 4 * L, maxLength: 4 * L }), fc.array(score, { minLength: (L + 1) * L, maxLength: (L + 1) * L }), (n, e, t) => {
        const emissions = Float64Array.from(e);
        const transitions = Float32Array.from(t);
        const path = [...viterbi(emissions, n, transitions)];
        path.forEach((y, i) => assert.ok(allowed(i === 0 ? -1 : path[i - 1], y)));
        assert.equal(scoreOf(path, emissions, transitions), scoreOf(bruteForce(emissions, n, transitions), emissions, transitions));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the same path as trying every allowed previous label in order, when scores tie', () => {
    // Few distinct scores, so many paths tie.
    const tied = fc.integer({ min: -2, max: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(tied, { minLength: 6 * L, maxLength: 6 * L }), fc.array(tied, { minLength: (L + 1) * L, maxLength: (L + 1) * L }), (n, e, t) => {
        const emissions = Float64Array.from(e);
        const transitions = Float32Array.from(t);
        assert.deepEqual([...viterbi(emissions, n, transitions)], plainViterbi(emissions, n, transitions));
      }),
      { numRuns: 500 },
    );
  });

  it('never opens a sentence or follows another type with an inside label, however strongly the scores ask for one', () => {
    const emissions = new Float64Array(3 * L);
    // "I-PER" everywhere but a strong "B-LOC" in the middle.
    for (let i = 0; i < 3; i++) emissions[i * L + LABELS.indexOf('I-PER')] = 100;
    emissions[L + LABELS.indexOf('B-LOC')] = 300;
    const path = [...viterbi(emissions, 3, new Float32Array((L + 1) * L))].map((y) => LABELS[y]);
    assert.deepEqual(path, ['O', 'B-LOC', 'O']);
  });

  it('reads a transition table changed in place between calls, as training does', () => {
    const transitions = new Float64Array((L + 1) * L);
    const emissions = new Float64Array(2 * L);
    emissions[LABELS.indexOf('B-ORG')] = 1;
    emissions[L + LABELS.indexOf('O')] = 1;
    assert.deepEqual([...viterbi(emissions, 2, transitions)].map((y) => LABELS[y]), ['B-ORG', 'O']);
    transitions[(LABELS.indexOf('B-ORG') + 1) * L + LABELS.indexOf('I-ORG')] = 5;
    assert.deepEqual([...viterbi(emissions, 2, transitions)].map((y) => LABELS[y]), ['B-ORG', 'I-ORG']);
  });
});
