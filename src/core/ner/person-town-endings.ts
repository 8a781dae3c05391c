import type { NamedSpan } from './index';
import { lastTextKeyedMemo } from './last-text-keyed-memo';
import { isStyleWord } from './honorifics';
import { isTitleWord } from './rule-tagger';
import { previousWord } from './word-before';
import { PERSON_AFTER, VERB_AFTER_LENGTH } from './person-verbs';

/**
 * A "person" of several words ending in a word the model itself read as a place after a word of
 * place elsewhere in the article ("Zlatna Malina Arilje" beside "in Arilje", "around Arilje"), with no
 * person's cue at any of its mentions (no title or style before, no verb of a person or "'s" after):
 * a firm or a body named after its town, not a person. Left a person, its last word would count as
 * a person's surname and turn the town's every mention into the person. It becomes an organisation.
 */

/** Words before a place's name that a person's rarely follows ("from", "to", "at" take people too). */
const PLACE_BEFORE = new Set(['in', 'near', 'around', 'outside', 'across', 'throughout']);

/** The last words of the spans the model typed as places right after a word of place. */
function cuedPlaces(text: string, spans: readonly NamedSpan[]): Set<string> {
  const found = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'place' || text.indexOf(' ', s.start) < s.end) continue;
    const before = previousWord(text, s.start);
    if (before && PLACE_BEFORE.has(before.word)) found.add(text.slice(s.start, s.end));
  }
  return found;
}

/** Whether some mention of `name` in `text` has a person's cue around it: a search of the whole text, the same at both readings. */
const personCuedAnywhere = lastTextKeyedMemo((text: string, name: string): boolean => {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (PERSON_AFTER.test(text.slice(end, end + VERB_AFTER_LENGTH))) return true;
    const word = previousWord(text, at)?.word.replace(/\.$/u, '') ?? '';
    if (word && (isTitleWord(word) || isStyleWord(word))) return true;
  }
  return false;
});

/** Spans (sorted, apart) with such "people" made organisations; see the file's comment. */
export function withoutTownEndedPeople(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let places: Set<string> | null = null;
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // Only people of three words or more: one space at least before the last word's.
    if (s.type !== 'person') continue;
    const last = text.lastIndexOf(' ', s.end - 1);
    if (last <= s.start || text.lastIndexOf(' ', last - 1) <= s.start) continue;
    places ??= cuedPlaces(text, spans);
    if (!places.size) return spans as NamedSpan[];
    if (!places.has(text.slice(last + 1, s.end)) || personCuedAnywhere(text, text.slice(s.start, s.end))) continue;
    out ??= [...spans];
    out[k] = { ...s, type: 'organization' };
  }
  return out ?? (spans as NamedSpan[]);
}
