import type { NamedSpan } from './index';

/**
 * What parts the items of a list of names: ", ", " and ", ", and " (spaces or tabs). The rules that
 * read lists of places ask it of every two spans in a row, so it is read character by character, where
 * a pattern would cost a slice and a match for each pair.
 */

/** Where the spaces and tabs from `at` (up to `to`) end. */
function blanksEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Whether the text from `from` to `to` is exactly a list's gap: ", ", " and " or ", and ". */
export function isListGap(text: string, from: number, to: number): boolean {
  const comma = from < to && text[from] === ',';
  const start = comma ? from + 1 : from;
  const word = blanksEnd(text, start, to);
  if (word === start) return false;
  if (word === to) return comma;
  if (word + 3 >= to || !text.startsWith('and', word)) return false;
  const end = blanksEnd(text, word + 3, to);
  return end === to && end > word + 3;
}

/** Whether the spans at `a` and `a + 1` are neighbours in a list ("Limerick and Cork", "Kerry, Limerick"). */
export function listNeighbours(text: string, spans: readonly NamedSpan[], a: number): boolean {
  const left = spans[a];
  const right = spans[a + 1];
  return !!left && !!right && right.start - left.end <= 7 && isListGap(text, left.end, right.start);
}
