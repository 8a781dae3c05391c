import { LABELS } from './features';

export const NUM_LABELS = LABELS.length;

/** `I-X` may only follow `B-X` or `I-X`: the BIO rule, enforced in decoding. */
export function allowed(prev: number, next: number): boolean {
  const label = LABELS[next];
  if (!label.startsWith('I-')) return true;
  if (prev < 0) return false;
  const type = label.slice(2);
  return LABELS[prev] === `B-${type}` || LABELS[prev] === `I-${type}`;
}

/** `allowed` for every (previous label + 1, label) pair, computed once: decoding asks it n * L^2 times. */
const ALLOWED: boolean[] = [];
for (let p = -1; p < NUM_LABELS; p++) for (let y = 0; y < NUM_LABELS; y++) ALLOWED.push(allowed(p, y));

let scratch = { best: new Float64Array(256 * NUM_LABELS), back: new Int8Array(256 * NUM_LABELS) };

/**
 * The transition scores of the call being decoded as doubles, -Infinity where the BIO rule forbids
 * the step: decoding then tries every previous label without a test, and a forbidden one never wins,
 * as it is never above the best so far. Filled on every call, as training changes its table in place.
 */
const ruled = new Float64Array(ALLOWED.length);

/**
 * Best label sequence (Viterbi) for per-token label scores (`emissions[i * L + y]`) and transition
 * scores (`transitions[(prev + 1) * L + y]`, row 0 for the sentence start).
 */
export function viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>): Int8Array {
  const L = NUM_LABELS;
  // Scratch tables shared by all calls (decoding never nests): creating typed arrays costs more than
  // decoding a short sentence.
  if (scratch.best.length < n * L) scratch = { best: new Float64Array(Math.max(n * L, 2 * scratch.best.length)), back: new Int8Array(Math.max(n * L, 2 * scratch.best.length)) };
  const { best, back } = scratch;
  for (let k = 0; k < ruled.length; k++) ruled[k] = ALLOWED[k] ? transitions[k] : -Infinity;
  for (let y = 0; y < L; y++) best[y] = emissions[y] + ruled[y];
  for (let i = 1; i < n; i++) {
    const from = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      // Ascending: ties keep the first.
      let top = best[from] + ruled[L + y];
      let arg = 0;
      for (let p = 1; p < L; p++) {
        const s = best[from + p] + ruled[(p + 1) * L + y];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * L + y] = top + emissions[i * L + y];
      back[i * L + y] = arg;
    }
  }
  const path = new Int8Array(n);
  let arg = 0;
  for (let y = 1; y < L; y++) if (best[(n - 1) * L + y] > best[(n - 1) * L + arg]) arg = y;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * L + arg];
  }
  return path;
}
