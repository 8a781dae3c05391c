import type { WordCharTest } from './whole-words';

/** A letter, a mark, an apostrophe or a hyphen: a character of a name's word ("O'Neill", "Whitby-Chester"). */
const NAME_CHAR = /[\p{L}\p{M}'’-]/u;

/**
 * Whether the character `ch` (code `c`) is a character of a name's word: ASCII (most text) read by its
 * code, as words are walked character by character; a pattern reads the others.
 */
export function isNameChar(c: number, ch: string): boolean {
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 : NAME_CHAR.test(ch);
}

/** {@link isNameChar} of the character at `at`, as a {@link WordCharTest}. */
export const isNameCharAt: WordCharTest = (text, at) => isNameChar(text.charCodeAt(at), text[at]);
