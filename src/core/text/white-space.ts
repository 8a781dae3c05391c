/**
 * Whether the code unit `c` is white space as a regular expression's `\s` reads it (spaces, tabs,
 * line breaks, the no-break and other Unicode spaces): a test by code where a pattern per character
 * would cost more.
 */
export function isWhiteSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The index of the first white space in `text` (as `text.search(/\s/u)` gives it), or -1. */
export function firstWhiteSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (isWhiteSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}
