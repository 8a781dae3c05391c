import type { WordCharTest } from './whole-words';

/**
 * The word at or right after a position, read forwards (the mirror of `word-before.ts`): the rules
 * that look at the word after a name or a cue read it character by character, where a pattern
 * anchored there would cost a slice and a match per name. Each rule says which characters make its
 * word, as rules differ (a name's letters, lower-case letters, all but marks).
 */

/** A word and where it starts and ends. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** The word that starts at `start` and goes on while `isWordChar` accepts its characters, or null when it accepts none. */
export function wordAt(text: string, start: number, isWordChar: WordCharTest): WordAt | null {
  let end = start;
  while (end < text.length && isWordChar(text, end)) end++;
  return end > start ? { word: text.slice(start, end), start, end } : null;
}

/**
 * The word after `pos` (see {@link wordAt}): one space after it, or with `overSpaces` after one or
 * more spaces or tabs ("villages" of "Nakuru  villages"); null when no such gap or word stands there.
 */
export function wordAfter(text: string, pos: number, isWordChar: WordCharTest, overSpaces = false): WordAt | null {
  let start = pos;
  if (overSpaces) {
    while (text[start] === ' ' || text[start] === '\t') start++;
  } else if (text[start] === ' ') start++;
  return start > pos ? wordAt(text, start, isWordChar) : null;
}

/** An ASCII letter in lower case: the words of kinds and cues that rules look for after a name ("villages", "the"). */
export const isLowerAsciiLetter: WordCharTest = (text, at) => {
  const c = text.charCodeAt(at);
  return c >= 97 && c <= 122;
};
