import { charAfterSpaces } from './chars-round-spaces';
import { lastTextMemo } from './last-text-memo';
import { spaceLedPositions } from './word-start-positions';

/** A disease word right after a name, which makes the name part of a disease's name ("Rift Valley fever"). */
const DISEASE_AFTER = /^[ \t]+(?:fever|virus|disease|flu|syndrome)\b/u;
/** The first letters of {@link DISEASE_AFTER}'s words: the one letter after the spaces spares most names the pattern. */
const DISEASE_INITIALS = new Set(['f', 'v', 'd', 's']);
/** {@link DISEASE_AFTER}'s words after a space, read from the index of word starts. */
const DISEASE_WORDS = [' fever', ' virus', ' disease', ' flu', ' syndrome'];
/** A capitalised word of letters, ending where the disease word's space starts. */
const WORD_BEFORE = /\p{Lu}[\p{L}\p{M}-]*$/u;

/**
 * Whether the name ending at `end` names a disease ("Lyme disease", "West Nile virus") rather than
 * its place: such a mention is no place, even where the same name is one elsewhere in the article.
 */
export function namesADisease(text: string, end: number): boolean {
  return DISEASE_INITIALS.has(charAfterSpaces(text, end)) && DISEASE_AFTER.test(text.slice(end, end + 12));
}

/** The capitalised words a text writes right before a disease word ("Lassa" of "Lassa fever"). */
const diseaseWordsIn = lastTextMemo((text: string): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const word of DISEASE_WORDS) {
    for (const at of spaceLedPositions(text, word)) {
      if (/[\p{L}\p{M}]/u.test(text[at + word.length] ?? '')) continue;
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
      if (before) words.add(before[0]);
    }
  }
  return words;
});

/**
 * Whether a one-word name is the disease's own name where the article writes it alone ("its Lassa
 * ward", "a regional Lassa programme" after "Lassa fever"): a disease, not a person.
 */
export function isDiseaseWord(text: string, name: string): boolean {
  return diseaseWordsIn(text).has(name);
}
