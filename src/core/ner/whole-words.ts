import type { NamedSpan } from './index';

/**
 * Words found by a literal search and checked at their edges. Many rules look for the mentions of a
 * fixed word or name in the whole text; `indexOf` finds them far faster than a pattern tried at every
 * position, and a look at the character on each side tells a whole word from part of a longer one.
 */

/** Whether the character at `at` of `text` goes on with a word. */
export type WordCharTest = (text: string, at: number) => boolean;

/** A letter or a digit, the word characters most rules look at around a name. */
export const LETTER = /[\p{L}\p{N}]/u;

/**
 * A {@link WordCharTest}: ASCII letters and digits and the characters of `asciiExtras` by their
 * codes, every other character by `other`, which is tested only beyond ASCII (or past the text's end,
 * where it reads the text "undefined").
 */
export function wordCharTest(asciiExtras: string, other: RegExp): WordCharTest {
  const extra = new Uint8Array(128);
  for (const ch of asciiExtras) extra[ch.charCodeAt(0)] = 1;
  return (text, at) => {
    const c = text.charCodeAt(at);
    if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || extra[c] === 1;
    return other.test(text[at]);
  };
}

const ONLY_LETTER = /\p{L}/u;

/** A {@link WordCharTest} for letters alone (ASCII ones by their codes): the edge of a word around a cue. */
export const isLetterAt: WordCharTest = (text, at) => {
  const c = text.charCodeAt(at);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : ONLY_LETTER.test(text[at]);
};

/** A {@link WordCharTest} by a pattern for one character. */
export function patternCharTest(pattern: RegExp): WordCharTest {
  return (text, at) => pattern.test(text[at]);
}

/**
 * The start of the first whole-word mention of `word` in `text` from `from`, or -1: no character
 * right before it that `joinsBefore` accepts, and none right after it that `joinsAfter` accepts (the
 * text's start and end join nothing). Each search resumes `step` characters after the start of the
 * last mention found: the word's length, or 1 to find mentions that overlap.
 */
export function nextWholeWord(text: string, word: string, from: number, joinsBefore: WordCharTest, joinsAfter: WordCharTest = joinsBefore, step = word.length): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + step)) {
    const end = at + word.length;
    if ((at > 0 && joinsBefore(text, at - 1)) || (end < text.length && joinsAfter(text, end))) continue;
    return at;
  }
  return -1;
}

const LETTER_JOINS = patternCharTest(LETTER);

/** Every mention of `names` in `text` as whole words (no letter or digit on either side), typed `type`, name by name. */
export function wholeWordMentions(text: string, names: Iterable<string>, type: NamedSpan['type']): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const name of names) {
    for (let at = nextWholeWord(text, name, 0, LETTER_JOINS); at >= 0; at = nextWholeWord(text, name, at + name.length, LETTER_JOINS)) {
      found.push({ type, start: at, end: at + name.length });
    }
  }
  return found;
}
