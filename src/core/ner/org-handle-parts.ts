import type { NamedSpan } from './index';

/**
 * A social-media handle ("@CA_DWR", "@cityhall") is an account's address, not a name: the model may
 * read the parts split at its underscore as a place and a body ("CA", "DWR"). No span that begins
 * inside a handle is kept; the body or network named beside it ("on X at @CA_DWR") is found apart.
 */

/** Whether the character code `c` goes on with a handle: an ASCII letter, a digit or "_". */
function inHandle(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether the span starting at `start` begins inside a handle: its run of handle characters follows an "@". */
function startsInHandle(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && inHandle(text.charCodeAt(at - 1))) at--;
  return at > 0 && text[at - 1] === '@';
}

/** Spans without those that begin inside a handle; see the file's comment. */
export function withoutHandleParts(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes('@')) return spans as NamedSpan[];
  return spans.filter((s) => !startsInHandle(text, s.start));
}
