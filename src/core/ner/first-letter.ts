/** The pattern {@link startsUpper} reads characters beyond ASCII with. */
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Whether `s` starts with an upper-case letter, as `/^\p{Lu}/u` tells: ASCII by its code, other
 * characters by the pattern. Asked of every token of an article, where a pattern call costs more than
 * the test it makes.
 */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(s);
}
