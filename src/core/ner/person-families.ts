import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { isStyleWord } from './honorifics';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * A family named for its members: "the Chirathivat family", "the Walton family's trust". The surname
 * before "family" is a person's name, which the model, seeing it alone, often misses; a reader marks
 * the surname. Only surnames no other span covers are added, and words that describe a family rather
 * than name it ("the Royal family", "the First family") are left.
 */

/** " family" after a capitalised word after "the": the surname is the first group. */
const FAMILY = /(?:^|[^\p{L}])[Tt]he[ \t]+(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)[ \t]+famil(?:y|ies)(?![\p{L}])/uy;
/** Capitalised words that describe a family: "the Royal family", "the First family". */
const DESCRIPTIONS = new Set(['Royal', 'Imperial', 'First', 'Holy', 'Grand', 'Ruling', 'Crime']);
/** How far before " family" a match may start: "the ", a long surname, a space. */
const LOOK_BACK = 40;

/** Whether `word` may be a surname: not a function word, title, style, place, organisation word or description. */
function surnameLike(word: string): boolean {
  return !STOP.has(word) && !isTitleWord(word) && !isStyleWord(word) && !PLACES.has(word) && !ORG_WORDS.test(word) && !DESCRIPTIONS.has(word);
}

/** Spans (sorted, apart) with the surnames of families named as above added as people. */
export function withFamilyNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const added: NamedSpan[] = [];
  // Most texts name no family: "family" is sought before any pattern runs.
  for (let at = text.indexOf(' famil'); at >= 0; at = text.indexOf(' famil', at + 6)) {
    const from = Math.max(0, at - LOOK_BACK);
    const before = text.slice(from, at);
    const the = Math.max(before.lastIndexOf('the '), before.lastIndexOf('The '));
    if (the < 0) continue;
    FAMILY.lastIndex = Math.max(0, from + the - 1);
    const m = FAMILY.exec(text);
    if (!m || !surnameLike(m[1])) continue;
    // The surname ends where " family" starts, or the match is another phrase's.
    const start = at - m[1].length;
    if (text.slice(start, at) !== m[1] || overlapsAny(spans, start, at)) continue;
    added.push({ type: 'person', start, end: at });
  }
  return withAdded(spans as NamedSpan[], added);
}
