import type { TextRange } from '../model/types';
import { firstEndingAfterSorted, withAdded, withoutOverlapping } from './added-spans';
import { EmissionScorer } from './emissions';
import { LABELS } from './features';
import { GAZ, type GazetteerMatch } from './gazetteer';
import type { NamedSpan, Tagger } from './index';
import { propagate } from './document-consistency';
import { startsUpper } from './first-letter';
import { decodeModel } from './model-file';
import { foldModifierApostrophes } from './modifier-letters';
import { withOrganisationPhrases } from './org-patterns';
import { lowerCasePlaces, placeClusterLevels } from './place-lower-case';
import { refineSpans } from './refine-spans';
import { MULTI_WORD_PLACES, PLACES, STOP } from './rule-tagger';
import { NUM_LABELS, viterbi } from './sequence-model';
import { type Token, tokenize } from './tokenize';

const TYPES = { PER: 'person', LOC: 'place', ORG: 'organization' } as const;

/** Label scores of each token, from the hashed features. */
export function emissionsOf(features: Uint32Array[], mask: number, weightAt: (index: number) => number): Float64Array {
  const L = NUM_LABELS;
  const scores = new Float64Array(features.length * L);
  for (let i = 0; i < features.length; i++) {
    for (const h of features[i]) {
      const base = (h & mask) * L;
      for (let y = 0; y < L; y++) scores[i * L + y] += weightAt(base + y);
    }
  }
  return scores;
}

/** Per label (by its index in `LABELS`): the type a span it begins has ("B-PER": person), else null. */
const BEGINS = LABELS.map((label) => (label.startsWith('B-') ? TYPES[label.slice(2) as keyof typeof TYPES] : null));
/** Per label: whether it continues the span before ("I-PER"). */
const CONTINUES = LABELS.map((label) => label.startsWith('I-'));

function spansOf(tokens: Token[], path: Int8Array): NamedSpan[] {
  const spans: NamedSpan[] = [];
  let open: NamedSpan | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (CONTINUES[path[i]] && open) {
      open.end = tokens[i].end;
      continue;
    }
    if (open) spans.push(open);
    const type = BEGINS[path[i]];
    open = type ? { type, start: tokens[i].start, end: tokens[i].end } : null;
  }
  if (open) spans.push(open);
  return spans;
}

const LOWER_FIRST = /^\p{Ll}/u;
const LETTER_FIRST = /^\p{L}/u;
const LETTER = /\p{L}/u;

/** A single listed word written as a name: "Xinhua", "NATO". */
const NAME_WORD = /^\p{Lu}[\p{Ll}.-]|^\p{Lu}{2,}$/u;

const PLACE_BITS = GAZ.country | GAZ.city | GAZ.region;
const ORG_BITS = GAZ.organization | GAZ.agency;

/**
 * Multi-word names from the lists ("Organization for Security and Co-operation in Europe", "South
 * Caucasus") replace model spans that cut across them; a longer model span around one stands
 * ("United States Navy"). A single listed word fills a gap only where the model found nothing there
 * and the word looks like a name (capitalised), also first in its sentence ("Xinhua reports ...").
 */
function overrideWithLists(tokens: Token[], spans: NamedSpan[], matches: GazetteerMatch[]): NamedSpan[] {
  // `out` stays sorted and apart, so the span at a match is found by halves: a text of one long line
  // holds tens of thousands of names, and a scan of all of them per match grows with the square.
  let out = spans;
  for (const m of matches) {
    const type: NamedSpan['type'] | null = m.bits & ORG_BITS && !(m.bits & PLACE_BITS) ? 'organization' : m.bits & PLACE_BITS && !(m.bits & ORG_BITS) ? 'place' : null;
    if (!type) continue;
    const start = tokens[m.first].start;
    const end = tokens[m.last].end;
    const at = firstEndingAfterSorted(out, start);
    if (m.first === m.last) {
      if ((at === out.length || out[at].start >= end) && NAME_WORD.test(tokens[m.first].text)) {
        if (out === spans) out = [...spans];
        out.splice(at, 0, { type, start, end });
      }
      continue;
    }
    if (at < out.length && out[at].start <= start && out[at].end >= end && out[at].end - out[at].start > end - start) continue;
    let past = at;
    while (past < out.length && out[past].start < end) past++;
    out = [...out.slice(0, at), { type, start, end }, ...out.slice(past)];
  }
  return out;
}

/** Two names joined in one span ("Global and Enron"). */
const JOINED = /\s(?:and|&)\s/u;
/** A word in title case ("Over"), not in capitals ("TO"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Words a title-case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'so', 'yet', 'to', 'of', 'in', 'on', 'at', 'by', 'as', 'up', 'with', 'from', 'into', 'over', 'amid', 'after', 'vs', 'via', 'per', 'is', 'are']);
/** The longest of them: a longer capitalised word is no function word, and is not lower-cased to ask. */
const HEADLINE_LOWER_LONGEST = Math.max(...[...HEADLINE_LOWER].map((w) => w.length));

/**
 * Five or more words, all capitalised but for short function words, with at least one function
 * word after the first (lower case, or capitalised as some styles do: "... Governor Over Land
 * Scandal"), and no closing full stop ("Putin Urges Post-Soviet Allies to Support Embattled
 * Armenian PM"). A run of names with no function word (a signature line) is not a headline.
 */
function isHeadline(tokens: Token[]): boolean {
  // Asked of every sentence, and most end in a full stop: their words need no reading.
  if (tokens.length < 5 || tokens[tokens.length - 1].text === '.') return false;
  let words = 0;
  let functionWords = 0;
  for (const t of tokens) {
    // ASCII by its code, other characters by the patterns (as they would tell).
    const c = t.text.charCodeAt(0);
    const lower = c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(t.text);
    if (!lower && !(c < 128 ? c >= 65 && c <= 90 : LETTER_FIRST.test(t.text))) continue;
    if (lower) {
      if (!HEADLINE_LOWER.has(t.text)) return false;
      functionWords++;
    } else if (words > 0 && t.text.length <= HEADLINE_LOWER_LONGEST && TITLE_CASE.test(t.text) && HEADLINE_LOWER.has(t.text.toLowerCase())) functionWords++;
    words++;
  }
  return words >= 5 && functionWords > 0;
}

/** A link's text closing right after a sentence's words and its address going on: "[Committee on Economy](https://…) on Wednesday". */
const LINK_GOES_ON = /^[ \t*_]*\]\([^()\s]*\)[ \t*_]*[^\s]/u;

/**
 * Whether a sentence that ends at `end` is the text of a link that the line goes on after (a title-case
 * name linked inside a paragraph, not a headline).
 */
function linkInsideLine(text: string, end: number): boolean {
  return text.includes('](', end) && LINK_GOES_ON.test(text.slice(end, end + 300));
}

/**
 * The spans lying wholly inside one of `regions`. Regions sorted and apart, as callers give them, are
 * searched by halves for the one a span may lie in (an article has many paragraphs); others are all tried.
 */
function insideRegions(spans: NamedSpan[], regions: readonly TextRange[]): NamedSpan[] {
  for (let i = 0; i < regions.length; i++) {
    if (regions[i].end < regions[i].start || (i > 0 && regions[i].start < regions[i - 1].end)) return spans.filter((s) => regions.some((r) => s.start >= r.start && s.end <= r.end));
  }
  return spans.filter((s) => {
    // The first region ending after the span's start: no other may hold it.
    const r = regions[firstEndingAfterSorted(regions, s.start)];
    return r !== undefined && r.start <= s.start && s.end <= r.end;
  });
}

/**
 * Builds a tagger from model bytes; the model is checked here, so a bad file fails at load. The
 * tagger reads its tables straight from `bytes` (which must not change afterwards), so taggers over
 * the same bytes (threads given one `SharedArrayBuffer`) share one copy of the model.
 */
export function createTagger(bytes: Uint8Array): Tagger {
  const model = decodeModel(bytes);
  const clusters = model.clusters;
  const scorer = new EmissionScorer({ ...model, clusterOf: clusters ? (w) => clusters.lookup(w) : undefined });
  // The name-list codes of the sentence being tagged, one buffer for all sentences.
  let listCodes = new Int32Array(256);
  const gazetteerOfModel = model.gazetteer;
  const isListedPlace = (name: string): boolean => {
    if (PLACES.has(name) || MULTI_WORD_PLACES.includes(name)) return true;
    const bits = gazetteerOfModel?.get(name) ?? 0;
    return !!(bits & PLACE_BITS) && !(bits & ORG_BITS);
  };
  const placeLevels = clusters ? placeClusterLevels(clusters, isListedPlace) : () => 0;
  return {
    find(text: string, regions: readonly TextRange[]): NamedSpan[] {
      const sentences = tokenize(text, regions);
      const gazetteer = model.gazetteer;
      // Name-list values of the words of this text, looked up once each.
      const memo = new Map<string, number>();
      const spans: NamedSpan[] = [];
      // Places the text writes in lower case, which the rules (reading capitals) leave alone: added after them.
      const lowerPlaces: NamedSpan[] = [];
      for (const tokens of sentences) {
        const lower = lowerCasePlaces(text, tokens, isListedPlace, placeLevels);
        if (lower.length) lowerPlaces.push(...lower);
        if (!tokens.some((t) => startsUpper(t.text))) continue;
        // The model and the lists read "Hawaiʻi" as "Hawaii" (see foldModifierApostrophes).
        const words = tokens.map((t) => foldModifierApostrophes(t.text));
        const matches = gazetteer?.matches(words, memo) ?? [];
        if (gazetteer && listCodes.length < words.length) listCodes = new Int32Array(2 * words.length);
        const path = viterbi(scorer.scores(words, gazetteer?.matchTokens(words, matches, listCodes)), tokens.length, model.transitions);
        const found: NamedSpan[] = [];
        for (const s of spansOf(tokens, path)) {
          // Capitalised function words are never names on their own.
          const name = text.slice(s.start, s.end);
          if (!STOP.has(name) && LETTER.test(name)) found.push(s);
        }
        // A title-case headline capitalises every word, so there only listed names count; names
        // found in the body are added back to it by document consistency below.
        if (isHeadline(tokens) && !linkInsideLine(text, tokens[tokens.length - 1].end)) {
          spans.push(...overrideWithLists(tokens, [], matches));
          continue;
        }
        spans.push(...withOrganisationPhrases(tokens, overrideWithLists(tokens, found, matches)));
      }
      spans.sort((a, b) => a.start - b.start);
      // The list bits of the names the rules look up, for both readings.
      const known = new Map<string, number>();
      const first = refineSpans(text, spans, gazetteer, known);
      const propagated = propagate(text, sentences, first);
      // The rules read the whole article again only when its other mentions added names to it, or
      // when a rule joined two names with "and", which the next reading may cut apart again.
      const settled = propagated === first && !first.some((s) => JOINED.test(text.slice(s.start, s.end)));
      const read = settled ? first : refineSpans(text, propagated, gazetteer, known);
      const refined = lowerPlaces.length ? withAdded(read, withoutOverlapping(lowerPlaces, read)) : read;
      // Joining the parts of a name must never reach across the text between two regions.
      return insideRegions(refined, regions);
    },
  };
}
