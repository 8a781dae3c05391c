import type { NamedSpan } from './index';
import { namesOfType } from './names-of-type';
import { wordLedMatches } from './word-led';
import { withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, ORGS, ORG_WORDS, STOP } from './rule-tagger';

/**
 * Two places joined by a hyphen or a dash before a word for a route are two places ("the
 * Basra-Aqaba pipeline", "the Paris–Berlin flight", "the Mexico-US border", "the Lagos-Ibadan
 * section", "its Asia-Europe services", "the Bălți-Suceava power line"), which the model reads as one word and leaves out
 * or takes for a person's double surname. Joined by a hyphen, one of the two must be a place the lists or the
 * article know, so that "Rolls-Royce engine" or a person's double surname stays as it is; an en dash is no
 * surname's ("the Houton–Lyness route"). The pair's other mentions in the article
 * are the same two places ("a single line, Vulcănești-Chișinău, which opened last spring").
 */

/** A word for a route after the pair: " pipeline", " railway", " border". */
const ROUTE_WORD = / (?:pipelines?|railways?|rail|railroad|roads?|highway|motorway|expressway|routes?|flights?|corridor|line|link|ferry|bridge|border|canal|tunnel|trains?|sections?|stretch|services?|sailings|voyages?|crossings?|lanes?)(?![\p{L}\p{N}-])/gu;
/** A word of the route's kind between the pair and the route's word, ending the text before it: " power" of "power line". */
const KIND_BEFORE = / (?:power|transmission|high-voltage|gas|oil|rail|bus|air)$/u;
/** Two capitalised words joined by a hyphen or a dash, right before the route's word: "Basra-Aqaba". */
const PAIR = /(\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,3})[-–](\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,3})$/u;
const NAME_CHAR = /[\p{L}\p{M}\p{N}'’.-]/u;
/** A character after a pair's mention that makes it part of a longer word. */
const LETTER_AFTER = /[\p{L}\p{M}\p{N}-]/u;

/** The route words in a text, tried only where its words start (see `word-led.ts`). */
const routeWordMatches = wordLedMatches(ROUTE_WORD);

/** Where the route words stand, searched only when the text holds a hyphen or a dash. */
const routeWordsIn = lastTextMemo((text): number[] => (text.includes('-') || text.includes('–') ? routeWordMatches(text).map((m) => m.index) : []));

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
  let pairs: Set<string> | undefined;
  // Cut only where a pair is found: most routes' words have none before them, and the spans are handed on as they are.
  let out = spans as NamedSpan[];
  const added: NamedSpan[] = [];
  for (const wordAt of at) {
    // "the Bălți-Suceava power line": the pair ends before the word of its kind.
    const kind = text.charCodeAt(wordAt - 1) < 97 ? null : KIND_BEFORE.exec(text.slice(Math.max(0, wordAt - 14), wordAt));
    const end = kind ? wordAt - kind[0].length : wordAt;
    const from = Math.max(0, end - 40);
    const m = PAIR.exec(text.slice(from, end));
    if (!m) continue;
    const start = from + m.index;
    if ((start > 0 && NAME_CHAR.test(text[start - 1])) || !routeWord(m[1]) || !routeWord(m[2])) continue;
    places ??= namesOfType(text, spans, 'place');
    const known = (w: string) => places!.has(w) || isListedPlace(w);
    // An en dash joins two ends of a route, not a double surname ("the Houton–Lyness ferry"), so it needs no known place.
    if (!known(m[1]) && !known(m[2]) && !m[0].includes('–')) continue;
    if (out.some((s) => s.start < end && start < s.end && (s.start < start || s.end > end))) continue;
    out = out.filter((s) => s.end <= start || s.start >= end);
    added.push({ type: 'place', start, end: start + m[1].length }, { type: 'place', start: end - m[2].length, end });
    (pairs ??= new Set()).add(m[0]);
  }
  return pairs ? withOtherMentions(text, out, added, pairs) : withAdded(out, added);
}

/** `spans` (sorted, apart) with the other mentions of each route's pair in `pairs` cut into its two places, where no longer name holds the mention. */
function withOtherMentions(text: string, spans: NamedSpan[], added: NamedSpan[], pairs: Set<string>): NamedSpan[] {
  const found = [...added];
  for (const pair of pairs) {
    const cut = pair.search(/[-–]/u);
    for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + pair.length)) {
      const end = at + pair.length;
      if ((at > 0 && NAME_CHAR.test(text[at - 1])) || LETTER_AFTER.test(text[end] ?? ' ') || found.some((s) => s.start === at)) continue;
      if (spans.some((s) => s.start < end && at < s.end && (s.start < at || s.end > end))) continue;
      spans = spans.filter((s) => s.end <= at || s.start >= end);
      found.push({ type: 'place', start: at, end: at + cut }, { type: 'place', start: at + cut + 1, end });
    }
  }
  return withAdded(spans, found);
}
