import type { TextRange } from '../model/types';
import type { NamedSpan } from './index';
import { LETTER, nextWholeWord, type WordCharTest } from './whole-words';

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

/** Whether the code unit `c` is the low or the high half of a surrogate pair. */
const isLowHalf = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighHalf = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** A letter or a digit ending at `at`, or starting at `at`, read as a whole code point, as a `u` pattern's look-around reads it. */
const letterBefore: WordCharTest = (text, at) => LETTER.test(at > 0 && isLowHalf(text.charCodeAt(at)) && isHighHalf(text.charCodeAt(at - 1)) ? text.slice(at - 1, at + 1) : text[at]);
const letterAfter: WordCharTest = (text, at) => LETTER.test(String.fromCodePoint(text.codePointAt(at)!));

/**
 * The mentions of `names` (whole words, written with letters only) that no span in `spans` overlaps,
 * typed by `typeOf`: the other mentions of an acronym or of initials once they are known. Found by a
 * literal search per name, where one pattern of all of them would be built and tried at every position
 * of the text; of mentions that overlap, the first in the text wins, then the first of `names`.
 */
export function otherMentions(text: string, names: Iterable<string>, spans: readonly NamedSpan[], typeOf: (name: string) => NamedSpan['type']): NamedSpan[] {
  const mentions: Array<{ start: number; end: number; order: number }> = [];
  let order = 0;
  for (const name of names) {
    for (let at = nextWholeWord(text, name, 0, letterBefore, letterAfter, 1); at >= 0; at = nextWholeWord(text, name, at + 1, letterBefore, letterAfter, 1)) {
      mentions.push({ start: at, end: at + name.length, order });
    }
    order++;
  }
  mentions.sort((a, b) => a.start - b.start || a.order - b.order);
  const found: NamedSpan[] = [];
  let lastEnd = 0;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    if (!overlapsAny(spans, m.start, m.end)) found.push({ type: typeOf(text.slice(m.start, m.end)), start: m.start, end: m.end });
  }
  return found;
}
