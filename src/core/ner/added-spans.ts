import type { TextRange } from '../model/types';
import type { NamedSpan } from './index';

/**
 * Adding names beside those already found: the rules that find a name the model missed add it only
 * where no name stands, and keep the spans in text order.
 */

/** Whether `[start, end)` overlaps one of `spans`. */
export function overlapsAny(spans: readonly TextRange[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** The index of the first of `spans` (sorted, apart) that ends after `pos`: found by halves, for long lists. */
export function firstEndingAfterSorted(spans: readonly TextRange[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `spans` with `added` among them in text order; `spans` itself when nothing is added. */
export function withAdded<T extends TextRange>(spans: T[], added: readonly T[]): T[] {
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/**
 * `spans` (sorted, apart) without those overlapping one of `names` (sorted, apart): the spans a rule
 * that knows better replaces ("Theodoropoulos" cut from the row's "N. Theodoropoulos"). One pass over both.
 */
export function withoutOverlapping<T extends TextRange>(spans: readonly T[], names: readonly TextRange[]): T[] {
  const kept: T[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < names.length && names[k].end <= s.start) k++;
    if (k < names.length && names[k].start < s.end) continue;
    kept.push(s);
  }
  return kept;
}

/** Whether a span of `spans` overlaps `[start, end)` and reaches out of it: a longer name, which stands. */
export function reachesOutOf(spans: readonly TextRange[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end && (s.start < start || s.end > end));
}

/**
 * `spans` (sorted, apart) with each of `names` put in over the spans inside it ("Garda Síochána" of
 * "An Garda Síochána"); a name overlapped by a span reaching out of it, or by a name put in before
 * it (names are taken in text order, the longest first at one start), is left out. One pass over both
 * lists: a long article has thousands of spans, and looking through all of them for each name would
 * take time growing with the square of its length.
 */
export function withWholeNames(spans: readonly NamedSpan[], names: Iterable<NamedSpan>): NamedSpan[] {
  return withSortedWholeNames(spans, [...names].sort(byStartLongestFirst));
}

/** Text order, the longest first at one start: the order {@link withWholeNames} takes names in. */
export function byStartLongestFirst(a: TextRange, b: TextRange): number {
  return a.start - b.start || b.end - a.end;
}

/** {@link withWholeNames} for names already in {@link byStartLongestFirst} order. */
export function withSortedWholeNames(spans: readonly NamedSpan[], sorted: readonly NamedSpan[]): NamedSpan[] {
  if (!sorted.length) return [...spans];
  const out: NamedSpan[] = [];
  let i = 0;
  for (const name of sorted) {
    while (i < spans.length && spans[i].end <= name.start) out.push(spans[i++]);
    let k = i;
    let reachesOut = false;
    for (; k < spans.length && spans[k].start < name.end; k++) {
      if (spans[k].start < name.start || spans[k].end > name.end) reachesOut = true;
    }
    const last = out[out.length - 1];
    if (reachesOut || (last && last.end > name.start)) {
      // The spans stand; a later name overlapping one of them is left out by the check above.
      while (i < k) out.push(spans[i++]);
      continue;
    }
    out.push(name);
    i = k;
  }
  while (i < spans.length) out.push(spans[i++]);
  return out;
}

/** The index of the first of `spans` (sorted, apart) that ends after `pos`, from `from` on: a cursor moved forward as names are found in text order. */
export function firstEndingAfter(spans: readonly NamedSpan[], pos: number, from: number): number {
  let i = from;
  while (i < spans.length && spans[i].end <= pos) i++;
  return i;
}

/**
 * The mentions of `names` (whole words, written with letters only) that no span in `spans` overlaps,
 * typed by `typeOf`: the other mentions of an acronym or of initials once they are known.
 */
export function otherMentions(text: string, names: Iterable<string>, spans: readonly NamedSpan[], typeOf: (name: string) => NamedSpan['type']): NamedSpan[] {
  const mention = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const found: NamedSpan[] = [];
  for (const m of text.matchAll(mention)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!overlapsAny(spans, start, end)) found.push({ type: typeOf(m[0]), start, end });
  }
  return found;
}
