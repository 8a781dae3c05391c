/**
 * Binary searches over offsets sorted in ascending order: how many lie before a point, so long
 * articles answer "the last mention before here" in logarithmic time.
 */

function count(sorted: readonly number[], value: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value || (inclusive && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending `sorted` numbers are below `value` (the index of the first one at or after it). */
export function countBelow(sorted: readonly number[], value: number): number {
  return count(sorted, value, false);
}

/** How many of the ascending `sorted` numbers are at most `value` (the index of the first one after it). */
export function countAtMost(sorted: readonly number[], value: number): number {
  return count(sorted, value, true);
}
