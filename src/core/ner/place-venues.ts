import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { previousWord } from './word-before';
import { isTitleWord, ORG_WORDS, STOP } from './rule-tagger';
import { LETTER } from './whole-words';
import { CAPITALISED } from './name-words';
import { wordLedMatches } from './word-led';
import { anyWordStartsWith } from './word-start-positions';

/**
 * Places named by where something happens in them: a building one stands "in front of" ("rallies in
 * front of the Press Club"), which the model reads as the body named after it, and the quarter an
 * owner's office stands in ("at the party's Motijheel office", "its Gulshan headquarters"), which it
 * misses. Both are places.
 */

/**
 * Nouns for an owner's premises after the name of the place they stand in: one pattern, tried only
 * where its words start (see `word-led.ts`).
 */
const PREMISES = / (?:offices?|headquarters|bureau|branch|campus|plant|factory)/g;
const premisesMatches = wordLedMatches(PREMISES);
/** The owner before the place's name: "its", "their", or a possessive ("the party's"). */
const OWNER = /(?:^|[^\p{L}])(?:its|their|his|her|\p{L}+['’]s)[ \t]+$/u;
/** "in front of the" or "in front of" right before a name. */
const IN_FRONT = /in front of(?:[ \t]+the)?[ \t]+$/u;

/** The single capitalised words before an owner's premises in `text`, as [start, end]. */
const premisesPlacesIn = lastTextMemo((text): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  for (const m of premisesMatches(text)) {
    const at = m.index;
    if (LETTER.test(text[at + m[0].length] ?? '')) continue;
    const w = previousWord(text, at + 1);
    if (!w || w.start + w.word.length !== at || !CAPITALISED.test(w.word) || STOP.has(w.word) || isTitleWord(w.word) || ORG_WORDS.test(w.word)) continue;
    if (OWNER.test(text.slice(Math.max(0, w.start - 30), w.start))) found.push([w.start, at]);
  }
  return found;
});

/** Spans (sorted, apart) with the places above typed or added; see the file's comment. */
export function withVenuePlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out = spans as NamedSpan[];
  // "front" after a space is looked up in the index of word starts before the text is searched.
  if (anyWordStartsWith(text, ['front of']) && text.includes('in front of')) {
    out = mapChangedSpans(out, (s) => (s.type === 'organization' && text[s.start - 1] === ' ' && IN_FRONT.test(text.slice(Math.max(0, s.start - 20), s.start)) ? { ...s, type: 'place' } : s));
  }
  const added: NamedSpan[] = [];
  for (const [start, end] of premisesPlacesIn(text)) {
    const at = out.findIndex((s) => s.start < end && start < s.end);
    if (at < 0) added.push({ type: 'place', start, end });
    else if (out[at].type === 'person' && out[at].start === start && out[at].end === end) out = mapSpans(out, (s, k) => (k === at ? { ...s, type: 'place' } : s));
  }
  return withAdded(out, added);
}
