import { wordCharTest, type WordCharTest } from './whole-words';

/**
 * The word right before a name, read backwards from the name's start: the rules that look there run
 * for every name of an article, where a regular expression anchored at the end of the text before it
 * would try every position of that text.
 */

/** Characters of a word before a name: letters, digits, and the "&", "-" and "." inside names and titles. */
const isWordChar = wordCharTest("&.'-", /[\p{L}\p{N}&.'’-]/u);

const UPPER = /\p{Lu}/u;

/** A word and where it starts. */
export interface WordBefore {
  word: string;
  start: number;
}

/**
 * The word one space or tab before `pos` ("Valeska" of "Valeska Paris", "Ms." of "Ms. Paris"), or null;
 * with `capitalised`, only a word that starts with a capital letter.
 */
export function wordBefore(text: string, pos: number, capitalised = false): WordBefore | null {
  const end = pos - 1;
  if (end < 1 || (text[end] !== ' ' && text[end] !== '\t')) return null;
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  if (start === end) return null;
  const first = text.charCodeAt(start);
  if (capitalised && (first < 128 ? first < 65 || first > 90 : !UPPER.test(text[start]))) return null;
  return { word: text.slice(start, end), start };
}

/**
 * The word ending at `end`, read back while `isWordChar` accepts its characters (the mirror of
 * `wordAt` in word-after.ts); its word is empty when the character before `end` is none of them.
 */
export function wordEndingAt(text: string, end: number, isWordChar: WordCharTest): WordBefore {
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  return { word: text.slice(start, end), start };
}

/**
 * The word before `pos` over one or more spaces or tabs ("of" of "Office of  the"), or null when no
 * space or tab stands right before `pos`.
 */
export function previousWord(text: string, pos: number): WordBefore | null {
  let end = pos;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === pos) return null;
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  return start < end ? { word: text.slice(start, end), start } : null;
}

/**
 * Where the name before `pos` begins: back over up to `most` words one space apart that
 * `isNameWord` accepts ("the Irish Sea", "Atatürk Caddesi" before the word at `pos`); -1 when
 * none does. `pos` is where the word after the name starts, one space after it.
 */
export function nameWordsStart(text: string, pos: number, most: number, isNameWord: (word: string) => boolean): number {
  let start = pos;
  let words = 0;
  for (let w = previousWord(text, start); w && words < most && w.start + w.word.length === start - 1 && isNameWord(w.word); w = previousWord(text, start)) {
    start = w.start;
    words++;
  }
  return words ? start : -1;
}
