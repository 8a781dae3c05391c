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

/**
 * Per label, the one label other than itself it may follow when the BIO rule allows just two (`I-X`
 * after `B-X` or `I-X`), or -1 when it may follow any label: decoding then tries only those two.
 */
const ONLY_AFTER = Int8Array.from(LABELS, (_, y) => {
  const before: number[] = [];
  for (let p = 0; p < NUM_LABELS; p++) if (allowed(p, y)) before.push(p);
  if (before.length === NUM_LABELS) return -1;
  if (before.length !== 2 || !before.includes(y)) throw new Error(`sequence model: label ${LABELS[y]} follows labels decoding does not expect`);
  return before[0] === y ? before[1] : before[0];
});

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
      const other = ONLY_AFTER[y];
      if (other >= 0) {
        // The two labels allowed before `y`, in ascending order as below: every other one is -Infinity
        // and never wins, and neither do these two lose to it (the label before is never -Infinity for
        // a `B-` label, which may follow any).
        const lo = other < y ? other : y;
        const hi = other < y ? y : other;
        let top = best[from + lo] + ruled[(lo + 1) * L + y];
        let arg = lo;
        const s = best[from + hi] + ruled[(hi + 1) * L + y];
        if (s > top) {
          top = s;
          arg = hi;
        }
        best[i * L + y] = top + emissions[i * L + y];
        back[i * L + y] = arg;
        continue;
      }
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
