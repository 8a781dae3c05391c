import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { KINDS } from './place-evidence';
import { DEMONYMS, isTitleWord, ORG_WORDS, STOP } from './rule-tagger';
import type { WordCharTest } from './whole-words';
import { wordEndingAt } from './word-before';

/**
 * Places of several words the model cuts up or misses, most of them Spanish and French: two places
 * joined by "de" ("Norte de Santander", "Valle del Cauca") or, in a few provinces' names, by "and"
 * ("Newfoundland and Labrador"), a region whose name joins two with a dash
 * ("Saguenay–Lac-Saint-Jean"), and capitalised names right before a word for a kind of place that the
 * model found nothing in ("the Côte-Nord region", "the Bas-Saint-Laurent and Gaspésie regions", "the
 * Dadaab refugee complex", "the Torkham and Chaman border crossings").
 */

/**
 * Provinces, states and territories whose one name joins two with "and", which the lists of countries
 * lack: the model reads them as two places.
 */
export const AND_PLACES: ReadonlySet<string> = new Set(['Newfoundland and Labrador', 'Jammu and Kashmir', 'Andaman and Nicobar', 'Dadra and Nagar Haveli', 'Daman and Diu', 'Saint Pierre and Miquelon', 'Wallis and Futuna', 'Heard and McDonald']);
/** The Romance particles between the two parts of one place's name. */
const PLACE_PARTICLE = /^ (?:de|del|de la|de las|de los|do|da|dos|das|di) $/u;
/** A dash and a capitalised name with a hyphen of its own right after a place: "–Lac-Saint-Jean". */
const DASHED_TAIL = /^[–-](\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)+)(?![\p{L}\p{N}-])/u;
/** Kinds of place named by two words: "the Dadaab refugee complex", "the Torkham and Chaman border crossings". */
const TWO_WORD_KINDS = ['refugee camps?', 'refugee complex', 'refugee settlements?', 'border crossings?', 'border posts?', 'crossing points?'];
/** A word for a kind of place after a space: " region", " provinces", " refugee complex". */
const KIND_WORD = new RegExp(`[ \\t](?:${[...KINDS, ...TWO_WORD_KINDS].join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
/** A capitalised word of a place's name, hyphens inside allowed: "Côte-Nord", "Gaspésie". */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’]*(?:[-–]\p{L}[\p{L}'’]*)*$/u;

/** The gap before an item of a list: " and ", ", ", ", and ". */
const LIST_GAP_BEFORE = /(?:,[ \t]+and|,|[ \t]+and)[ \t]+$/u;

/** The words of kinds of place in a text, tried only where its words start (see `word-led.ts`). */
const kindWordMatches = wordLedMatches(KIND_WORD);

/** Where the kind words start in `text` (the space before them included), and whether the kind is plural ("regions", "border crossings"). */
const kindWordsIn = lastTextMemo((text): Array<[number, boolean]> => mapSpans(kindWordMatches(text), (m) => [m.index, m[0].endsWith('s')]));

/** Whether `word` may be part of a place's name: capitalised, not a function word, a title, an organisation's word or a nationality. */
const placeWord = (word: string): boolean => NAME_WORD.test(word) && !STOP.has(word) && !isTitleWord(word) && !ORG_WORDS.test(word) && !DEMONYMS.has(word);

/** Characters of a word of a place's name, the dash of "Saguenay–Lac-Saint-Jean" among them. */
const NAME_CHAR = /[\p{L}\p{M}'’–-]/u;

/** Lower-case words inside a place's name: "Gracias a Dios", "Norte de Santander". */
const INNER_PARTICLES = new Set(['a', 'de', 'del', 'la', 'las', 'los', 'do', 'da', 'dos', 'das', 'di', 'du', 'sur', 'en', 'on', 'upon']);
/** Capitalised words that describe places rather than name one: "Local municipalities", "Northern provinces". */
const DESCRIBING = new Set(['Local', 'Rural', 'Urban', 'Coastal', 'Remote', 'Border', 'Nearby', 'Neighbouring', 'Neighboring', 'Surrounding', 'Outlying', 'Affected', 'Several', 'Northern', 'Southern', 'Eastern', 'Western', 'North', 'South', 'East', 'West', 'Other', 'Both', 'All', 'Republican', 'Democratic', 'Democrat', 'Conservative', 'Labour', 'Liberal', 'Tory', 'Many', 'Some', 'Two', 'Three', 'Four', 'Five']);

/** Endings of adjectives: "Kurdish regions", "Islamized region", "Asturian provinces". */
const ADJECTIVE_END = /(?:ese|[ie]an|ican|ish|ic|i[sz]ed)$/u;
/** Words right before a place's name and its kind: "the", "and", "in", "for" ("an alert for Vakinankaratra region"); "The" opening a sentence ("The Dadaab refugee complex"). */
const LEADS = new Set(['the', 'The', 'and', 'or', 'in', 'of', 'from', 'to', 'for', 'near', 'at', 'across', 'throughout', 'outside']);

/** A character of a word of a place's name (see `NAME_CHAR`). */
const isPlaceNameCharAt: WordCharTest = (text, at) => NAME_CHAR.test(text[at]);

/**
 * The start of the one to three capitalised words, one space apart (lower-case particles between
 * them), that end at `end`; `end` when none. A lone word opening a sentence is no name ("Local").
 */
function namesBefore(text: string, end: number): number {
  let start = end;
  let words = 0;
  for (let stop = end; words < 3; stop = start - 1) {
    if (stop < end && text[stop] !== ' ') break;
    const w = wordEndingAt(text, stop, isPlaceNameCharAt);
    if (w.start === stop) break;
    if (INNER_PARTICLES.has(w.word) && words > 0) {
      const before = wordEndingAt(text, w.start - 1, isPlaceNameCharAt);
      if (text[w.start - 1] !== ' ' || !(placeWord(before.word) || INNER_PARTICLES.has(before.word))) break;
      start = w.start;
      continue;
    }
    if (!placeWord(w.word)) break;
    start = w.start;
    words++;
  }
  const space = text.indexOf(' ', start);
  const first = text.slice(start, space > 0 && space < end ? space : end);
  if (INNER_PARTICLES.has(first) || DESCRIBING.has(first) || (words === 1 && (sentenceStart(text, start) || ADJECTIVE_END.test(first)))) return end;
  // "the Côte-Nord region", "and Gaspésie regions", "in Hingna tehsil", not "a long Islamized region".
  const lead = wordEndingAt(text, start - 1, isPlaceNameCharAt);
  return text[start - 1] === ' ' && (LEADS.has(lead.word) || text[start - 2] === ',') ? start : end;
}

/** Whether `at` opens a line or a sentence. */
function sentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '.' || text[k] === '!' || text[k] === '?' || text[k] === '"' || text[k] === '“';
}

/** Places joined by a particle or extended over a dashed tail (see the file's comment). */
function joined(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  // A span that changes is copied; the others are passed on as they are.
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const prev = out[out.length - 1];
    if (prev && prev.type === 'place' && s.type === 'place' && s.start - prev.end <= 8 && (PLACE_PARTICLE.test(text.slice(prev.end, s.start)) || AND_PLACES.has(text.slice(prev.start, s.end)))) {
      out[out.length - 1] = { ...prev, end: s.end };
      continue;
    }
    if (s.type === 'place' && (text[s.end] === '–' || text[s.end] === '-')) {
      const tail = DASHED_TAIL.exec(text.slice(s.end, s.end + 40));
      const next = spans[k + 1];
      if (tail && !(next && next.start < s.end + tail[0].length)) {
        out.push({ ...s, end: s.end + tail[0].length });
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/**
 * Spans (sorted, apart) with the places of several words put whole and the names before a kind of
 * place the model missed added; see the file's comment.
 */
export function withPlaceCompounds(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out = joined(text, spans);
  const added: NamedSpan[] = [];
  // "the Bas-Saint-Laurent and Gaspésie regions": a plural kind names each item of the list before it.
  for (const [at, plural] of kindWordsIn(text)) {
    for (let end = at, items = 0; items < 4; items++) {
      const start = namesBefore(text, end);
      if (start === end || overlapsAny(added, start, end)) break;
      // A place the model found is an item too: the list goes on before it ("the Torkham and Chaman border crossings").
      const found = out.some((s) => s.type === 'place' && s.start === start && s.end === end);
      if (!found && overlapsAny(out, start, end)) break;
      if (!found) added.push({ type: 'place', start, end });
      const gap = LIST_GAP_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
      if (!plural || !gap) break;
      end = start - gap[0].length;
    }
  }
  return withAdded(out, added);
}
