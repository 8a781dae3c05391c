import type { NamedSpan } from './index';

/** The three span types, numbered for a span's key. */
const TYPE_CODES: Record<NamedSpan['type'], number> = { person: 0, place: 1, organization: 2 };

/**
 * A small integer naming a span's start, length and type (kept below 2^30, so a map holds it
 * unboxed), or -1 for a span past the first million characters or longer than 255.
 */
export function spanKey(s: NamedSpan): number {
  const length = s.end - s.start;
  if (s.start >= 2 ** 20 || length >= 2 ** 8 || length < 0) return -1;
  return (s.start * 2 ** 8 + length) * 4 + TYPE_CODES[s.type];
}

/**
 * A per-span result remembered for one article: the rule layer reads an article twice, and most
 * spans of the second reading are those of the first, whose answers are the same when they depend
 * only on the text, the span and the article's name lists. `owner` stands for those lists (the
 * map of list bits both readings share); a new owner or a new text starts afresh.
 */
export function spanResultsMemo<T>(): (owner: object, text: string) => Map<number, T> {
  const byOwner = new WeakMap<object, { text: string; found: Map<number, T> }>();
  return (owner, text) => {
    let memo = byOwner.get(owner);
    if (memo?.text !== text) {
      memo = { text, found: new Map() };
      byOwner.set(owner, memo);
    }
    return memo.found;
  };
}

/** A per-span result remembered for the last text, for answers that depend only on the text and the span (see `spanResultsMemo`). */
export function lastTextSpanMemo<T>(): (text: string) => Map<number, T> {
  let lastText: string | undefined;
  let found = new Map<number, T>();
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      found = new Map();
    }
    return found;
  };
}

/** The span types by their codes in `spanKey` and `spanInside`. */
const TYPES: readonly NamedSpan['type'][] = ['person', 'place', 'organization'];

/**
 * A small integer naming span `s` inside `outer` (its start from `outer`'s, its length and type),
 * so a remembered span costs no object; -1 when `s` starts before `outer` or lies too far from it.
 */
export function spanInside(outer: NamedSpan, s: NamedSpan): number {
  const from = s.start - outer.start;
  const length = s.end - s.start;
  if (from < 0 || from >= 2 ** 12 || length < 0 || length >= 2 ** 16) return -1;
  return (from * 2 ** 16 + length) * 4 + TYPE_CODES[s.type];
}

/** The span `spanInside(outer, s)` named, as a new object. */
export function spanFromInside(outer: NamedSpan, inside: number): NamedSpan {
  const start = outer.start + Math.floor(inside / 2 ** 18);
  return { type: TYPES[inside & 3], start, end: start + (Math.floor(inside / 4) & (2 ** 16 - 1)) };
}
