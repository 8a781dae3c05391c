import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * Burmese names have no surname: a name of two to four short words is written after an honorific,
 * "U" (Mr), "Daw" (Mrs), "Ko" (a young man), "Ma" (a young woman), which is no part of the name ("Ma
 * Hnin Ei Phyu", "Ko Zaw Min Htet"). The model misses such a name or keeps only its last words. In an
 * article on Myanmar, the words after an honorific are the person's whole name. "Ma" and "Ko" are
 * also Chinese and Korean surnames, so other articles are passed over, and so is one word after the
 * honorific ("U Thant" stays as the model read it).
 */

/** An honorific, then two to four capitalised words of up to seven letters: group 1 is the name. */
const HONORIFIC_NAME = /(?<![\p{L}\p{N}'’.-])(?:U|Daw|Ko|Ma|Maung|Naw|Saw)[ \t]+(\p{Lu}[\p{Ll}\p{M}]{0,6}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]{0,6}){1,3})(?![\p{L}\p{N}\p{M}'’-])/gu;

/** Whether `text` is on Myanmar: most texts are not, and are passed over at once. */
const onMyanmar = lastTextMemo((text: string): boolean => text.includes('Myanmar') || text.includes('Burm'));

/** Whether `word` may be a word of a Burmese name: not a function word, title, place or organisation word. */
function nameWord(word: string): boolean {
  return !STOP.has(word) && !isTitleWord(word) && !PLACES.has(word) && !ORG_WORDS.test(word);
}

/** Spans (sorted, apart) with the Burmese names after an honorific put in as people; see the file's comment. */
export function withBurmeseNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!onMyanmar(text)) return spans as NamedSpan[];
  const names: NamedSpan[] = [];
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    if (!m[1].split(/[ \t]+/u).every(nameWord)) continue;
    const start = m.index + m[0].length - m[1].length;
    names.push({ type: 'person', start, end: start + m[1].length });
  }
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
