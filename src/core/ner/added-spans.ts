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

/** `spans` with `added` among them in text order; `spans` itself when nothing is added. */
export function withAdded<T extends TextRange>(spans: T[], added: readonly T[]): T[] {
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Whether a span of `spans` overlaps `[start, end)` and reaches out of it: a longer name, which stands. */
export function reachesOutOf(spans: readonly TextRange[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end && (s.start < start || s.end > end));
}

/**
 * `spans` (sorted, apart) with each of `names` put in over the spans inside it ("Garda Síochána" of
 * "An Garda Síochána"); a name overlapped by a span reaching out of it is left out.
 */
export function withWholeNames(spans: readonly NamedSpan[], names: Iterable<NamedSpan>): NamedSpan[] {
  let out = [...spans];
  const added: NamedSpan[] = [];
  for (const name of names) {
    if (reachesOutOf(out, name.start, name.end)) continue;
    out = out.filter((s) => s.end <= name.start || s.start >= name.end);
    added.push(name);
  }
  return withAdded(out, added);
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
