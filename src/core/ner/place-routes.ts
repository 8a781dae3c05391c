import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, ORGS, ORG_WORDS, STOP } from './rule-tagger';

/**
 * Two places joined by a hyphen or a dash before a word for a route are two places ("the
 * Basra-Aqaba pipeline", "the Paris–Berlin flight", "the Mexico-US border", "the Lagos-Ibadan
 * section", "its Asia-Europe services"), which the model reads as one word and leaves out. One of the two must be a place the
 * lists or the article know, so that "Rolls-Royce engine" or a person's double surname stays as it is.
 */

/** A word for a route after the pair: " pipeline", " railway", " border". */
const ROUTE_WORD = / (?:pipelines?|railways?|rail|railroad|roads?|highway|motorway|expressway|routes?|flights?|corridor|line|link|ferry|bridge|border|canal|tunnel|trains?|sections?|stretch|services|sailings|voyages?|crossings?|lanes?)(?![\p{L}\p{N}-])/gu;
/** Two capitalised words joined by a hyphen or a dash, right before the route's word: "Basra-Aqaba". */
const PAIR = /(\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,3})[-–](\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,3})$/u;
const NAME_CHAR = /[\p{L}\p{M}\p{N}'’.-]/u;

/** Where the route words stand, searched only when the text holds a hyphen or a dash. */
const routeWordsIn = lastTextMemo((text): number[] => (text.includes('-') || text.includes('–') ? [...text.matchAll(ROUTE_WORD)].map((m) => m.index) : []));

/** Whether `word` may be a place of a route: no function word, nationality or organisation. */
const routeWord = (word: string): boolean => !STOP.has(word) && !DEMONYMS.has(word) && !ORGS.has(word) && !ORG_WORDS.test(word);

/**
 * Spans (sorted, apart) with the two places of each route put in, over any span inside the pair; a
 * longer name holding the pair stands. `isListedPlace` tells a place the name lists know.
 */
export function withRoutePlaces(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  const at = routeWordsIn(text);
  if (!at.length) return spans as NamedSpan[];
  let places: Set<string> | undefined;
  let out = [...spans];
  const added: NamedSpan[] = [];
  for (const end of at) {
    const from = Math.max(0, end - 40);
    const m = PAIR.exec(text.slice(from, end));
    if (!m) continue;
    const start = from + m.index;
    if ((start > 0 && NAME_CHAR.test(text[start - 1])) || !routeWord(m[1]) || !routeWord(m[2])) continue;
    places ??= new Set(spans.filter((s) => s.type === 'place').map((s) => text.slice(s.start, s.end)));
    const known = (w: string) => places!.has(w) || isListedPlace(w);
    if (!known(m[1]) && !known(m[2])) continue;
    if (out.some((s) => s.start < end && start < s.end && (s.start < start || s.end > end))) continue;
    out = out.filter((s) => s.end <= start || s.start >= end);
    added.push({ type: 'place', start, end: start + m[1].length }, { type: 'place', start: end - m[2].length, end });
  }
  return withAdded(out, added);
}
