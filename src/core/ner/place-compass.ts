import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { startLedMatches } from './word-led';
import { anyWordStartsWith } from './word-start-positions';
import { personShown, wordsOfFullNames } from './place-evidence';
import { DEMONYMS, isTitleWord, ORG_WORDS, ORGS, STOP } from './rule-tagger';
import { previousWord } from './word-before';
import { LETTER } from './whole-words';

/**
 * Places named by a point of the compass, which the model cuts short or misses: Spanish and
 * Portuguese provinces ending in one ("Agusan del Sur", "Rio Grande do Sul"), and the bare head of
 * such a name used alone ("floods hit Surigao del Sur and Agusan"); regions named by a compass word
 * and "Cape", "Province", "Region", "Territory", "Sierra", "Highlands" or a road's word ("the
 * Eastern Cape", "Western Province", "the Southern Region", "the Northern Sierra", "the Western
 * Highway"); "Lower" or "Upper" after "the" before a place ("the Lower Shire", "the Upper Nile"),
 * which the model leaves out; a compass word before a place of the article ("Northern Mindanao");
 * "the South West" and its like; and a name after a compass word in lower case ("east of Mindanao",
 * "in eastern Mindanao"), which only places follow.
 */

/** A Spanish or Portuguese compass word after a particle: " del Sur", " do Sul", " de Norte"; or, after a place the model found, without one: " Sul", " Norte" ("Santiago Sul"). */
const ROMANCE_COMPASS = /[ \t](?:(?:del|de|do)[ \t]+(?:Sur|Norte|Este|Oeste|Sul)|(Sur|Norte|Sul))(?![\p{L}\p{N}'’-])/gu;
/** Spanish and Portuguese words that head organisations' names ("Banco del Sur", "Universidad del Norte"). */
export const ROMANCE_ORG_HEADS: ReadonlySet<string> = new Set(
  'Banco Universidad Universidade Colegio Escuela Instituto Radio Rádio Canal Cadena Diario Jornal Club Grupo Cámara Consejo Partido Frente Fundación Hospital Clínica Mercado Centro Compañía Corporación Asociación Cooperativa Movimiento Unión Federación Liga Estrella Voz Deportivo Atlético Real Sporting Televisión Teatro Museo Hotel Cruz'.split(' '),
);
/** A compass word and a word for a province, a territory or a road: "Eastern Cape", "North West Province", "Western Highway". */
const COMPASS_REGION = /(?:(?:North|South)(?:[ -]?(?:[Ee]ast|[Ww]est))?|East|West|Northern|Southern|Eastern|Western|Central)[ \t]+(?:Cape|Province|Region|Territory|Territories|Sierra|Highlands|Highway|Freeway|Motorway|Expressway)(?![\p{L}\p{N}'’-])/gu;
/** Two compass words naming a region after "the": "the South West", "the North-East". */
const COMPASS_PAIR = /(?:North|South)[ -](?:East|West)(?![\p{L}\p{N}'’-])/gu;
/** Capitalised compass words that go before a place's name as part of it: "Northern Mindanao". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);
/** A compass word in lower case and a capital after it: "east of M", "eastern M", "central M". */
const LOWER_COMPASS = /(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?(?:[ \t]+of)?|central)[ \t]+(?=\p{Lu})/gu;
/** A capitalised word of a place's name: "Mindanao", "Guinea-Bissau". */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** {@link NAME_WORD} at the start of a text. */
const NAME_AT = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*/u;
/** After a name: a possessive, another capitalised word, or a number ("Smith's", "Democratic Party", "Interstate 80"). */
const POSSESSIVE_OR_NAME = /^(?:['’]|[ \t](?:\p{Lu}|\d))/u;
/** Endings of nationality adjectives, which follow compass words too ("southern Italian"). */
const NATIONALITY_END = /(?:ese|ian|ish)$/u;

/** Characters of a word of a place's name. */
const NAME_CHAR = /[\p{L}\p{M}-]/u;
/** {@link NAME_CHAR} at `at`, ASCII read by its code. */
const isNameCharAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 : NAME_CHAR.test(text[at]);
};
/** What ends a sentence or a line before a word that opens the next one. */
const SENTENCE_END = new Set(['\n', '\r', '.', '!', '?', ':', '"', '“', '#', '*', '-', '•']);

/** Pieces of text a Romance compass word or a region's word must hold, looked for by a literal search (far faster than a pattern). */
/**
 * Words every match of a search holds after a space or another character that ends a word, looked
 * up in the shared index of word starts: a text without one is not searched.
 */
const ROMANCE_WORDS = ['Sur', 'Norte', 'Este', 'Oeste', 'Sul'];
const CAPITAL_COMPASS_WORDS = ['North', 'South', 'East', 'West', 'Central'];
const REGION_WORDS = ['Cape', 'Province', 'Region', 'Territor', 'Sierra', 'Highlands', 'Highway', 'Freeway', 'Motorway', 'Expressway'];
/** Where the compass phrases of each kind stand in a text; each search runs only when a cheap test allows it. */
const romanceIn = lastTextMemo((text) => (anyWordStartsWith(text, ROMANCE_WORDS) ? [...text.matchAll(ROMANCE_COMPASS)] : []));
const regionMatches = startLedMatches(COMPASS_REGION);
const regionsIn = lastTextMemo((text) => (anyWordStartsWith(text, REGION_WORDS) ? regionMatches(text) : []));
const pairsIn = lastTextMemo(startLedMatches(COMPASS_PAIR));
const lowerIn = lastTextMemo(startLedMatches(LOWER_COMPASS));

/** Whether `word` may be part of a place's name: capitalised, and no function word, title, organisation's word or nationality. */
const placeWord = (word: string): boolean => NAME_WORD.test(word) && !STOP.has(word) && !isTitleWord(word) && !ORG_WORDS.test(word) && !DEMONYMS.has(word);

/** The capitalised words of a place's name, one space apart, that end at `end` (up to `max`), the last word first. */
export function wordsBefore(text: string, end: number, max: number): Array<{ word: string; start: number }> {
  const words: Array<{ word: string; start: number }> = [];
  for (let at = end; words.length < max; at = words[words.length - 1].start - 1) {
    let start = at;
    while (start > 0 && isNameCharAt(text, start - 1)) start--;
    const word = text.slice(start, at);
    if (start === at || !placeWord(word)) break;
    words.push({ word, start });
    if (text[start - 1] !== ' ') break;
  }
  return words;
}

/**
 * The end of the capitalised words of a place's name, one space apart, that start at `start` (up to
 * `max`); `start` when there are none, or when they are a possessive or run on into a longer name
 * ("east of Smith's farm", "central Democratic Party").
 */
export function wordsFrom(text: string, start: number, max: number): number {
  let end = start;
  for (let at = start, n = 0; n < max; n++) {
    const m = NAME_AT.exec(text.slice(at, at + 40));
    if (!m || !placeWord(m[0]) || LETTER.test(text[at + m[0].length] ?? '')) break;
    end = at + m[0].length;
    if (text[end] !== ' ') break;
    at = end + 1;
  }
  return end === start || POSSESSIVE_OR_NAME.test(text.slice(end, end + 3)) ? start : end;
}

/** A candidate place: where it is. */
interface Found {
  start: number;
  end: number;
}

/**
 * `spans` with each candidate put in as a place over the spans inside it, unless an organisation
 * overlaps it or a longer name reaches out of it.
 */
function putPlaces(spans: readonly NamedSpan[], found: readonly Found[]): NamedSpan[] {
  if (!found.length) return spans as NamedSpan[];
  let out = [...spans];
  const added: NamedSpan[] = [];
  for (const f of found) {
    if (out.some((s) => s.start < f.end && f.start < s.end && (s.type === 'organization' || s.start < f.start || s.end > f.end)) || overlapsAny(added, f.start, f.end)) continue;
    out = out.filter((s) => s.end <= f.start || s.start >= f.end);
    added.push({ type: 'place', start: f.start, end: f.end });
  }
  return withAdded(out, added);
}

/** "Agusan del Sur", "Rio Grande do Sul": one or two capitalised words, a particle and a compass word; or a place the model found and a bare one ("Santiago Norte"). */
function romanceProvinces(text: string, spans: readonly NamedSpan[]): Found[] {
  const found: Found[] = [];
  for (const m of romanceIn(text)) {
    const words = wordsBefore(text, m.index, 2);
    if (!words.length) continue;
    const first = words[words.length - 1];
    if (ROMANCE_ORG_HEADS.has(first.word)) continue;
    if (m[1] && !spans.some((s) => s.type === 'place' && s.start === first.start && s.end === m.index)) continue;
    found.push({ start: first.start, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The mentions of a province's one-word head alone ("Agusan" of "Agusan del Sur") that no span
 * overlaps, as places.
 */
function headsAlone(text: string, spans: readonly NamedSpan[], provinces: readonly Found[]): Found[] {
  const found: Found[] = [];
  const heads = new Set<string>();
  for (const p of provinces) {
    const name = text.slice(p.start, p.end);
    const head = name.slice(0, name.indexOf(' '));
    if (!/ d[eo]l? /u.test(name.slice(head.length, head.length + 5))) continue;
    heads.add(head);
  }
  for (const head of heads) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      const end = at + head.length;
      if ((at > 0 && LETTER.test(text[at - 1])) || LETTER.test(text[end] ?? '') || /^ d[eo]l? /u.test(text.slice(end, end + 5))) continue;
      if (!overlapsAny(spans, at, end)) found.push({ start: at, end });
    }
  }
  return found;
}

/** "the Eastern Cape", "North West Province", "the Western Highway": a compass word and a word for a province, a region, a territory or a road. */
function compassRegions(text: string): Found[] {
  const found: Found[] = [];
  for (const m of regionsIn(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1])) continue;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** "the South West", "the North-East", not "the South East Asian nations". */
function compassPairs(text: string): Found[] {
  const found: Found[] = [];
  for (const m of pairsIn(text)) {
    const end = m.index + m[0].length;
    if (previousWord(text, m.index)?.word !== 'the' || /^[ \t]*\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    found.push({ start: m.index, end });
  }
  return found;
}

/**
 * "east of Mindanao", "in eastern Mindanao": the capitalised words after a compass word in lower
 * case, where no span stands or where a person's span stands that the article does not show as one.
 */
function afterLowerCompass(text: string, spans: readonly NamedSpan[]): { found: Found[]; people: Set<string> } {
  const found: Found[] = [];
  const people = new Set<string>();
  // Names read as people's once: the article is read for each name once, not for each mention.
  const kept = new Set<string>();
  let fullNames: Set<string> | undefined;
  for (const m of lowerIn(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1])) continue;
    const start = m.index + m[0].length;
    const end = wordsFrom(text, start, 3);
    if (end === start) continue;
    const name = text.slice(start, end);
    if (NATIONALITY_END.test(name)) continue;
    const over = spans.filter((s) => s.start < end && start < s.end);
    if (!over.length) found.push({ start, end });
    else if (over.length === 1 && (over[0].type === 'person' || orgAsPlace(text, over[0], name, m.index)) && over[0].start === start && over[0].end === end && !people.has(name) && !kept.has(name)) {
      fullNames ??= wordsOfFullNames(text, spans);
      // A body's span is not a person's: only a person of that name elsewhere keeps it.
      if (!name.split(' ').some((w) => fullNames!.has(w)) && (over[0].type === 'organization' || !personShown(text, name))) people.add(name);
      else kept.add(name);
    }
  }
  return { found, people };
}

/**
 * Whether an organisation's span after a compass word in lower case is a region's name the model took
 * for a body's: one word, no organisation's word and no listed body, after "the" ("the eastern
 * Algarve", not "eastern Gazprom" of a headline).
 */
function orgAsPlace(text: string, s: NamedSpan, name: string, compassAt: number): boolean {
  return s.type === 'organization' && !name.includes(' ') && !ORGS.has(name) && !ORG_WORDS.test(name) && previousWord(text, compassAt)?.word === 'the';
}

/** Whether `at` opens a line or a sentence. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || SENTENCE_END.has(text[k]);
}

/** A capitalised compass word and one space: where a name after it may start. */
const COMPASS_THEN_SPACE = /(?:North|South|East|West|Northern|Southern|Eastern|Western|Central) /gu;
/** Where a name one space after a capitalised compass word could start, found once for all of a text's places. */
const compassThenSpace = startLedMatches(COMPASS_THEN_SPACE);
const afterCompassIn = lastTextMemo((text) => Array.from(compassThenSpace(text), (m) => m.index + m[0].length));

/** Whether a proper start of `name` is also its end ("Aa Aa"), so that its mentions may overlap. */
function mayOverlapItself(name: string): boolean {
  // Such an end opens with the name's first character: only those starts are read.
  for (let at = name.indexOf(name[0], 1); at > 0; at = name.indexOf(name[0], at + 1)) if (name.startsWith(name.slice(at))) return true;
  return false;
}

/** "Northern Mindanao": a capitalised compass word right before a mention of one of `places`. */
function compassBeforePlaces(text: string, spans: readonly NamedSpan[], places: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  const afterCompass = afterCompassIn(text);
  if (!afterCompass.length) return found;
  for (const place of places) {
    // Mentions are read only where a compass word stands before them; a name whose mentions may
    // overlap is read mention by mention, as each search resumes after the last mention.
    const starts = mayOverlapItself(place) ? mentionsOf(text, place) : afterCompass.filter((at) => text.startsWith(place, at));
    for (const at of starts) {
      const end = at + place.length;
      if (LETTER.test(text[end] ?? '') || text[at - 1] !== ' ') continue;
      const w = previousWord(text, at);
      // A compass word opening a sentence may be an adjective capitalised there: "Eastern Congo has suffered".
      if (!w || w.start + w.word.length !== at - 1 || !COMPASS_WORDS.has(w.word) || opensSentence(text, w.start)) continue;
      // Not inside a longer name: "the Northern Ireland Office", "South Sydney Rabbitohs".
      if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) || spans.some((s) => s.start < end && w.start < s.end && s.type !== 'place')) continue;
      found.push({ start: w.start, end });
    }
  }
  return found;
}

/** The starts of the mentions of `name` in `text`, each search resuming after the last mention. */
function mentionsOf(text: string, name: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) starts.push(at);
  return starts;
}

/** "the Lower " or "the Upper " at the end of a text, before a place's name. */
const LOWER_UPPER_BEFORE = /(?:^|[^\p{L}\p{M}])the (?:Lower|Upper) $/u;

/** "the Lower Shire", "the Upper Nile": a place's span taking the "Lower" or "Upper" before it. */
function withLowerUpper(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  // "Lower " and "Upper " end in "r ": two characters end the test for most places.
  const takes = (s: NamedSpan, k: number): boolean => {
    if (s.type !== 'place' || text[s.start - 2] !== 'r' || text[s.start - 1] !== ' ' || !LOWER_UPPER_BEFORE.test(text.slice(Math.max(0, s.start - 11), s.start))) return false;
    const before = spans[k - 1];
    return !(before && before.end > s.start - 6);
  };
  // Most articles have none: the spans are then handed on as they are.
  let first = 0;
  while (first < spans.length && !takes(spans[first], first)) first++;
  if (first === spans.length) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s, k) => (k >= first && takes(s, k) ? { ...s, start: s.start - 6 } : s));
}

/** Spans (sorted, apart) with the places named by compass words put in whole; see the file's comment. */
export function withCompassPlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  spans = withLowerUpper(text, spans);
  const provinces = romanceProvinces(text, spans);
  let out = putPlaces(spans, [...provinces, ...compassRegions(text), ...compassPairs(text)]);
  if (provinces.length) out = putPlaces(out, headsAlone(text, out, provinces));
  const lower = afterLowerCompass(text, out);
  out = putPlaces(out, lower.found);
  if (lower.people.size) out = mapSpans(out, (s) => (s.type !== 'place' && lower.people.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s));
  // A compass word before a place is a whole word (see compassBeforePlaces).
  if (!anyWordStartsWith(text, CAPITAL_COMPASS_WORDS)) return out;
  const afterCompass = afterCompassIn(text);
  if (!afterCompass.length) return out;
  // A place is read only if a name after a compass word opens with its first character: every mention
  // taken stands there, and most places open with another.
  const firsts = new Set<number>();
  for (const at of afterCompass) firsts.add(text.charCodeAt(at));
  const places = new Set<string>();
  for (const s of out) {
    if (s.type !== 'place' || !firsts.has(text.charCodeAt(s.start))) continue;
    const name = text.slice(s.start, s.end);
    if (!COMPASS_WORDS.has(name.slice(0, name.indexOf(' ')))) places.add(name);
  }
  return putPlaces(out, compassBeforePlaces(text, out, places));
}
