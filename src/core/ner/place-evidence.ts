import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { STATE_ABBREVIATIONS } from './name-cues';
import { previousWord, type WordBefore } from './word-before';
import { isLowerAsciiLetter, wordAfter } from './word-after';
import { LETTER, nextWholeWord, wordCharTest } from './whole-words';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';
import { charAfterSpaces } from './chars-round-spaces';
import { namesOfType } from './names-of-type';
import { listNeighbours } from './list-gaps';
import { isTitleWord, ORG_WORDS, STOP } from './rule-tagger';

/**
 * Single names of small places the model took for people ("Khapri", "Teorama", "Singleton", "the
 * Hunter"), found by the cues a reader uses: a word of the place's kind after it ("Khapri village",
 * "Gumgaon and Dongargaon villages", "Tibú and Teorama, three towns in"), a list led by a word of place
 * with a place among its items ("to Kanhan, Butibori and Hingna") or three names or more all places
 * but one ("Jalbire, Benighat, Mugling"), "near" or "in" before it ("near
 * Singleton", "in the Hunter"), a US state's abbreviation after it ("Pierre, S.D."), a kind of settlement or a compass point
 * and "of" before it ("the north Queensland town of Ingham", "north of Ingham"). A name cued once
 * is a place in every mention, unless the article shows a person by that name: a full name with the
 * word before the cued mention, a courtesy title before it, "said" or ", who" after it. Other cues: a place's position after
 * the name ("Mina, near Mecca"), the name with a capitalised kind elsewhere in the article ("Delmont"
 * where it writes "Delmont County"), "off" after a word of the sea ("fishermen off Siargao"). A single
 * word the model missed between two places of a list, or ending one, is one too ("Shelby, Story and
 * Woodbury", "Iowa, Nebraska and the Dakotas"). A mention the model itself made a place after such a
 * cue ("in Wrocław") is the cue for the mentions it took for a person's ("Wrocław is our market").
 * So is a kind of place set beside the name ("Ærø, the island south of Funen"), which also finds the
 * name where the model found nothing.
 */

/** Words for a kind of place, after its name or after a list of names: "Hingna tehsil", "Gumgaon villages", "the Egia neighbourhood". */
export const KINDS: ReadonlySet<string> = new Set(
  'village villages district districts conservancy conservancies lakes rivers tehsil tehsils taluka talukas taluk mandal municipality municipalities province provinces region regions county counties town towns township townships suburb suburbs department departments governorate oblast prefecture parish exclave exclaves enclave enclaves neighbourhood neighbourhoods neighborhood neighborhoods'.split(' '),
);
/** Words before a place's name a person's rarely follows. "from", "to", "at" are left out: "a call from Smith". */
const NEAR = new Set(['near', 'outside', 'in', 'across', 'throughout']);
/** Words before "off" that put a place after it at sea: "fishermen off Siargao", "sank off Lampedusa", not "held off Verstappen". */
const AT_SEA = new Set(['fishermen', 'fishing', 'sailors', 'crew', 'divers', 'migrants', 'boat', 'boats', 'ship', 'ships', 'vessel', 'vessels', 'ferry', 'tanker', 'trawler', 'yacht', 'sank', 'capsized', 'anchored', 'moored', 'sailing', 'sailed', 'waters', 'drowned', 'rescued', 'stranded']);
/** Nouns before "in" that take a person ("faith in Smith", "an interest in Musk"). */
const PERSON_IN = new Set(['faith', 'trust', 'confidence', 'belief', 'believe', 'believes', 'believed', 'interest', 'stake', 'role', 'hand', 'part']);
/** Words that lead a list of places: "to Kanhan, Butibori and Hingna", "in Garissa, Ijara and Hulugho", "downtown Albany and Troy", "would reach Govi-Altai and Bayankhongor". */
const LIST_LEAD = new Set(['in', 'near', 'to', 'from', 'across', 'throughout', 'between', 'at', 'of', 'downtown', 'on', 'into', 'via', 'around', 'outside', 'toward', 'towards', 'reach', 'reaches', 'reached', 'reaching']);
/** What follows the kind in such an apposition: a place's position or a clause, not a noun the kind qualifies ("the city council"). */
const AFTER_APPOSED_KIND = /^(?:[,.;]|[ \t]+(?:of|in|on|near|south|north|east|west|off|where|that|which|at|across|along|between|whose|nearest|closest|hardest|worst)(?![\p{L}]))/u;
/** After a list, what it names: ", three towns", ", two villages". */
const APPOSITION = /^,[ \t]+(?:\p{Ll}+[ \t]+)?(\p{Ll}+)/u;
/** Courtesy titles, which only people bear. */
const COURTESY = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Prof', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.']);
/** What is said of a person right after the name: " said", " told", ", who". */
const PERSON_AFTER = /^(?:[ \t]+(?:said|says|told|added|asked|wrote|explained|recalled)|,[ \t]+who)(?![\p{L}])/u;
const JOINS = wordCharTest('', LETTER);
/** A capital opening a word: a word of a name. */
const NAME_START = /^\p{Lu}/u;
/** Prepositions of place before a name: "said" after such a name has another subject ("farmers around Ingham said"). */
const PREPOSITIONS = new Set(['in', 'at', 'from', 'around', 'near', 'of', 'outside', 'across', 'throughout', 'to', 'into', 'towards', 'toward']);
/** Whether a possessive follows the name ending at `end`, which is a person's more often than a place's: "in Smith's view", "in Sara 's office". */
function possessiveAfter(text: string, end: number): boolean {
  const c = text[end] === ' ' ? text[end + 1] : text[end];
  return c === "'" || c === '’';
}

/** The lower-case word that starts after the spaces at `at`, or ''. */
const nextWord = (text: string, at: number): string => wordAfter(text, at, isLowerAsciiLetter, true)?.word ?? '';

/** Whether a word of place stands before a name whose previous word is `before`: "near Singleton", "in the Hunter", "capsized off Siargao", not "faith in Smith". */
function nearBefore(text: string, before: WordBefore | null): boolean {
  let w = before;
  if (w?.word === 'the') w = previousWord(text, w.start);
  if (w?.word === 'off') return AT_SEA.has(previousWord(text, w.start)?.word ?? '');
  if (!w || !NEAR.has(w.word)) return false;
  return w.word !== 'in' || !PERSON_IN.has(previousWord(text, w.start)?.word.toLowerCase() ?? '');
}

/**
 * Kinds of settlement, of region and of shore, and compass points before "of": "the north Queensland
 * town of Ingham", "the west coast of Sabah", "upstream north of Tully".
 */
const OF_PLACE_WORDS = new Set(['town', 'city', 'village', 'hamlet', 'township', 'suburb', 'port', 'island', 'province', 'region', 'district', 'coast', 'coastline', 'shores', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/**
 * Whether "town of", "village of", "coast of" or "north of" ends at `of` (the word before a name), whatever words come before
 * it ("the north Queensland town of", "the river north of"): no one is the town, the coast or the north of a person.
 */
function ofPlaceBefore(text: string, of: WordBefore | null): boolean {
  return of?.word === 'of' && OF_PLACE_WORDS.has(previousWord(text, of.start)?.word ?? '');
}

/** Whether a word of a place's kind follows `end`: " villages", ", three towns". */
function kindAfter(text: string, end: number): boolean {
  if (KINDS.has(nextWord(text, end))) return true;
  if (text[end] !== ',') return false;
  const m = APPOSITION.exec(text.slice(end, end + 40));
  // Not a kind that qualifies a noun after it ("Olsen, the town council leader").
  return !!m && KINDS.has(m[1]) && AFTER_APPOSED_KIND.test(text.slice(end + m[0].length, end + m[0].length + 14));
}

/** A place's position after a name: ", near Mecca", ", outside Kabul", ", north of Basra". */
const POSITION_AFTER = /^,[ \t]+(?:near|outside|(?:just[ \t]+)?(?:north|south|east|west)[ \t]+of)[ \t]+/u;

/** "Mina, near Mecca": a place's position after the name, the place being one of the spans. */
function positionAfter(text: string, end: number, spans: readonly NamedSpan[]): boolean {
  if (text[end] !== ',') return false;
  const m = POSITION_AFTER.exec(text.slice(end, end + 24));
  return !!m && spans.some((p) => p.type === 'place' && p.start === end + m[0].length);
}

/** What is said of a place right after its name: ", where 9,000 people are stranded", ", in the north-east". */
const PLACE_AFTER = /^,[ \t]+(?:where|in[ \t]+the[ \t]+(?:far[ \t]+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?)(?![\p{L}-])/u;

/** Whether a place's clause or part of the country follows the name: "for Makhanga, where", "Pașcani, in the north-east". */
function placeClauseAfter(text: string, end: number): boolean {
  return text[end] === ',' && PLACE_AFTER.test(text.slice(end, end + 30));
}

/**
 * "to Makhanga from Chileka", "from Port Hope to Cobourg": the other end of a trip that a place ends.
 * The name's own word, "to" or "from", must stand right before it (`before`, the word before the name).
 */
function tripEndAfterPlace(text: string, s: NamedSpan, spans: readonly NamedSpan[], k: number, before: WordBefore | null): boolean {
  const lead = before?.word;
  if (lead === 'to') {
    const next = spans[k + 1];
    if (next?.type === 'place' && text.slice(s.end, next.start) === ' from ') return true;
    const prev = spans[k - 1];
    return prev?.type === 'place' && text.slice(prev.end, s.start) === ' to ' && previousWord(text, prev.start)?.word === 'from';
  }
  return false;
}

/** Words for a kind of place, capitalised after a place's name: "Delmont County"; "State" is left out ("Ohio State"). */
const KIND_IN_NAME = / (?:County|Province|District|Parish|Township|Borough|Oblast|Governorate|Prefecture|Municipality|Shire)(?![\p{L}])/gu;

/** The words the article names a place by with a kind after them: "Delmont" where it writes "Delmont County". */
const kindsInNames = wordLedMatches(KIND_IN_NAME);
const namedWithKinds = lastTextMemo((text): Set<string> => {
  const words = new Set<string>();
  for (const m of kindsInNames(text)) {
    const w = previousWord(text, m.index + 1);
    if (w) words.add(w.word);
  }
  return words;
});

/** Last words of a place named after the word before them: "Tatchun Lake", "Yukon River". */
const NAMED_FEATURES = new Set(['Lake', 'Creek', 'River', 'Falls', 'Valley', 'Bay', 'Island', 'Mountain', 'Gorge']);

/**
 * The words a place found in the article is shortened to: "Tatchun" of "Tatchun Lake" (true), "Cluj"
 * of "Cluj-Napoca" (false: a hyphenated name of two capitalised parts, which a club's ground shares,
 * "Borussia" of "Borussia-Park", so it is read for people's spans only).
 */
function placeShortForms(text: string, spans: readonly NamedSpan[]): Map<string, boolean> {
  const words = new Map<string, boolean>();
  for (const p of spans) {
    if (p.type !== 'place') continue;
    // Read in the text: only the short form found is copied.
    const firstSpace = text.indexOf(' ', p.start);
    if (firstSpace >= 0 && firstSpace < p.end) {
      if (firstSpace > p.start && text.lastIndexOf(' ', p.end - 1) === firstSpace && NAMED_FEATURES.has(text.slice(firstSpace + 1, p.end))) words.set(text.slice(p.start, firstSpace), true);
      continue;
    }
    let hyphen = p.start;
    while (hyphen < p.end && text[hyphen] !== '-') hyphen++;
    if (hyphen > p.start + 1 && hyphen + 1 < p.end && NAME_START.test(text[hyphen + 1])) {
      const head = text.slice(p.start, hyphen);
      if (!words.has(head)) words.set(head, false);
    }
  }
  return words;
}

/** "Pierre, S.D.": a US state's abbreviation after the name. */
function stateAfter(text: string, end: number): boolean {
  if (text[end] !== ',' || text[end + 1] !== ' ') return false;
  const dot = text.indexOf('.', end + 2);
  return dot > 0 && dot - end <= 8 && STATE_ABBREVIATIONS.has(text.slice(end + 2, dot));
}

/**
 * Whether the span at `k` is in a list of places: another item is a place, and a word of place leads
 * the list ("to Kanhan, Butibori and Hingna") or a place's kind ends it ("Khapri and Gumgaon villages").
 */
function inPlaceList(text: string, spans: readonly NamedSpan[], k: number): boolean {
  let first = k;
  while (first > 0 && listNeighbours(text, spans, first - 1)) first--;
  let last = k;
  while (listNeighbours(text, spans, last)) last++;
  if (first === last) return false;
  // "across Macuata, Bua and Cakaudrove": "and" before the last item, which may be a word the model missed.
  const and = text.slice(spans[last - 1].end, spans[last].start).includes('and') || LAST_ITEM.test(text.slice(spans[last].end, spans[last].end + 40));
  if (and && kindAfter(text, spans[last].end)) return true;
  let places = 0;
  for (let i = first; i <= last; i++) {
    const s = spans[i];
    if (s.type === 'place') places++;
    else if (s.type !== 'person' || text.slice(s.start, s.end).includes(' ')) return false;
  }
  // "the same places: Jalbire, Benighat, Mugling": three names or more, all places but this one.
  if (last - first >= 2 && places === last - first) return true;
  // "in the Parte Vieja and Gros": "the" may stand between the word of place and the list.
  let lead = previousWord(text, spans[first].start);
  if (lead?.word === 'the') lead = previousWord(text, lead.start);
  return and && places > 0 && LIST_LEAD.has(lead?.word ?? '');
}

/**
 * {@link inPlaceList} for the spans of one reading, each list read once, whichever of its items asks:
 * the answer is the list's, and a long list read for each item would cost its length squared.
 */
function placeListReader(text: string, spans: readonly NamedSpan[]): (k: number) => boolean {
  let firsts: Int32Array | undefined;
  const answers = new Map<number, boolean>();
  return (k) => {
    if (!firsts) {
      firsts = new Int32Array(spans.length);
      for (let i = 1; i < spans.length; i++) firsts[i] = listNeighbours(text, spans, i - 1) ? firsts[i - 1] : i;
    }
    let answer = answers.get(firsts[k]);
    if (answer === undefined) answers.set(firsts[k], (answer = inPlaceList(text, spans, k)));
    return answer;
  };
}

/**
 * Whether the mention at `at` ends a list a preposition of place leads, "and" before it ("farmers in
 * Nyanza and Ruhango said"): the one who speaks stands before the preposition. Read back over up to
 * six capitalised words, commas and "and".
 */
function endsListOfPlaces(text: string, at: number): boolean {
  let w = previousWord(text, at);
  if (w?.word !== 'and' && w?.word !== 'or') return false;
  for (let words = 0; words < 6; words++) {
    w = previousWord(text, w.start) ?? (text[w.start - 1] === ',' ? previousWord(text, w.start - 1) : null);
    if (!w) return false;
    if (PREPOSITIONS.has(w.word)) return true;
    if (!NAME_START.test(w.word) && w.word !== 'the') return false;
  }
  return false;
}

/** Whether the article shows a person named `word` (see the file's comment), reading its mentions only. */
export function personShown(text: string, word: string): boolean {
  for (let at = nextWholeWord(text, word, 0, JOINS); at >= 0; at = nextWholeWord(text, word, at + word.length, JOINS)) {
    const end = at + word.length;
    const before = previousWord(text, at)?.word ?? '';
    // "Farmers around Ingham said": after a word of place, the one who speaks stands before it.
    // "MPK Wrocław said": the one who speaks is the longer name the word ends, not the word.
    const endsLongerName = NAME_START.test(before) && !STOP.has(before) && !isTitleWord(before);
    if (COURTESY.has(before) || before === 'said' || (!PREPOSITIONS.has(before) && !endsLongerName && PERSON_AFTER.test(text.slice(end, end + 12)) && !endsListOfPlaces(text, at))) return true;
  }
  return false;
}

/** The words of people's names of two words or more: "Kerry" is a person's wherever a "John Kerry" is. */
export function wordsOfFullNames(text: string, spans: readonly NamedSpan[]): Set<string> {
  const words = new Set<string>();
  for (const p of spans) {
    if (p.type !== 'person' || p.end - p.start < 3) continue;
    const name = text.slice(p.start, p.end);
    if (name.includes(' ')) for (const w of name.split(/\s+/u)) words.add(w);
  }
  return words;
}

/**
 * Where the article first names a person in full with each word ("Arilje" -> the start of the first
 * "... Arilje" typed as a person's name of two words or more).
 */
export function fullNameStarts(text: string, spans: readonly NamedSpan[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const p of spans) {
    if (p.type !== 'person' || p.end - p.start < 3) continue;
    const name = text.slice(p.start, p.end);
    if (name.includes(' ')) for (const w of name.split(/\s+/u)) if (!starts.has(w)) starts.set(w, p.start);
  }
  return starts;
}

/** One capitalised word between two places of a list: ", Story and " of "Shelby, Story and Woodbury". */
const LIST_ITEM = /^,[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:,[ \t]+|,?[ \t]+and[ \t]+)$/u;

/**
 * One capitalised word ending a list after "and" or "and the", then a mark or a function word:
 * " and the Dakotas that", not " and the Senate Committee", " and Gracias a Dios" nor " and the
 * Moslem republics", where the word describes a noun after it.
 */
const LAST_ITEM = /^,?[ \t]+and[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?=[ \t]*(?:[.,;:!?)]|\r?\n|$)|[ \t]+(?:that|which|who|where|in|on|at|to|for|from|with|by|is|are|was|were|has|have|had|will|would|could|can|may|as|or|but|while|since|until|after|before)(?![\p{L}]))/u;

/** Words of place that lead a list of two places: "in", "to", "near", "on" ("on Lolland and Falster"). */
const LIST_LEAD_TWO = new Set(['in', 'to', 'near', 'between', 'across', 'throughout', 'around', 'outside', 'on']);

/** Whether `word` may be a place's name at the end of a list: no function word, title, nationality or organisation's word. */
const itemWord = (word: string): boolean => !STOP.has(word) && !isTitleWord(word) && !ORG_WORDS.test(word);

/**
 * The single word the model missed at the end of a list of two places or more, after "and"
 * ("Iowa, Minnesota, Nebraska and the Dakotas"), as a place.
 */
function missedLastItem(text: string, spans: readonly NamedSpan[], k: number): NamedSpan | null {
  const before = spans[k - 1];
  const left = spans[k];
  const next = spans[k + 1];
  if (left.type !== 'place') return null;
  // `LAST_ITEM` opens with a space or a tab, after a comma or not: most places are followed by neither.
  const afterComma = text[left.end] === ',' ? left.end + 1 : left.end;
  const gap = text[afterComma];
  if (gap !== ' ' && gap !== '\t') return null;
  // Then "and": most places of a list are not its last.
  if (charAfterSpaces(text, afterComma) !== 'a') return null;
  const listOfTwo = !before || before.type !== 'place' || !/^,[ \t]+$/u.test(text.slice(before.end, left.start));
  // Two places after a word of place: "in Knocknacarra and Renmore.", "the road to Tamale and Bawku:".
  if (listOfTwo && !LIST_LEAD_TWO.has(previousWord(text, left.start)?.word ?? '')) return null;
  const m = LAST_ITEM.exec(text.slice(left.end, left.end + 40));
  if (!m || !itemWord(m[1])) return null;
  const end = left.end + m[0].length;
  const start = end - m[1].length;
  if (next && next.start < end) return null;
  // A word the article names as someone or something else elsewhere is not the place.
  if (listOfTwo && spans.some((s) => s.type !== 'place' && s.end - s.start === m[1].length && text.startsWith(m[1], s.start))) return null;
  return { type: 'place', start, end };
}

/** The single words the model missed between two places of a list ("Shelby, Story and Woodbury") or ending one, as places. */
function missedListItems(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const added: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const last = spans[k].type === 'place' ? missedLastItem(text, spans, k) : null;
    if (last) added.push(last);
    if (k === 0) continue;
    const left = spans[k - 1];
    const right = spans[k];
    if (left.type !== 'place' || right.start - left.end > 30 || text[left.end] !== ',') continue;
    // The list's last item may be a single word the model took for a person's, which the list then makes a place ("Lula, Bitti, Onanì and Lodè").
    const lastWordItem = right.type === 'person' && !text.slice(right.start, right.end).includes(' ') && k >= 2 && spans[k - 2].type === 'place' && listNeighbours(text, spans, k - 2);
    if (right.type !== 'place' && !lastWordItem) continue;
    const m = LIST_ITEM.exec(text.slice(left.end, right.start));
    if (!m || STOP.has(m[1]) || isTitleWord(m[1])) continue;
    const start = text.indexOf(m[1], left.end);
    added.push({ type: 'place', start, end: start + m[1].length });
  }
  return added;
}

/** Kinds of place an apposition after a name gives it: "Ærø, the island south of Funen", "Marstal, the port on". */
const APPOSED_KINDS = new Set(['island', 'town', 'village', 'city', 'port', 'capital', 'hamlet', 'suburb', 'district', 'province', 'region', 'county', 'oasis', 'archipelago']);
/** A single capitalised word, perhaps with letters outside ASCII ("Ærø"), ending right before ", the". */
const WORD_BEFORE_COMMA = /(?:^|[\s(“"‘'])(\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)?)$/u;

/**
 * Where the article sets a kind of place beside a single name ("Ærø, the island south of Funen",
 * "Sipitang, the town nearest the plant"): the name's start and end. Found from the few ", the "
 * of an article, most of which lead no such kind.
 */
const apposedPlaces = lastTextMemo((text): Array<{ start: number; end: number }> => {
  const found: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(', the '); at >= 0; at = text.indexOf(', the ', at + 6)) {
    const kind = nextWord(text, at + 5);
    if (!APPOSED_KINDS.has(kind) || !AFTER_APPOSED_KIND.test(text.slice(at + 6 + kind.length, at + 20 + kind.length))) continue;
    const m = WORD_BEFORE_COMMA.exec(text.slice(Math.max(0, at - 40), at));
    if (!m || STOP.has(m[1]) || isTitleWord(m[1])) continue;
    found.push({ start: at - m[1].length, end: at });
  }
  return found;
});

/** The names an apposition makes places: the model's person's or organisation's spans there retyped, and words it missed added. */
function apposedPlaceSpans(text: string, spans: readonly NamedSpan[]): { names: string[]; added: NamedSpan[] } {
  const names: string[] = [];
  const added: NamedSpan[] = [];
  // Found once per article (the same for both its readings): most have none.
  const apposed = apposedPlaces(text);
  if (!apposed.length) return { names, added };
  for (const p of apposed) {
    const over = spans.filter((s) => s.start < p.end && p.start < s.end);
    if (over.length === 0) added.push({ type: 'place', start: p.start, end: p.end });
    else if (over.length !== 1 || over[0].start !== p.start || over[0].end !== p.end) continue;
    names.push(text.slice(p.start, p.end));
  }
  return { names, added };
}

/** Spans (sorted, apart) with the single names the cues above make places typed as places, in every mention. */
export function withPlaceEvidence(text: string, original: readonly NamedSpan[]): NamedSpan[] {
  const apposed = apposedPlaceSpans(text, original);
  const listItems = missedListItems(text, original);
  const spans = apposed.added.length ? withAdded(original as NamedSpan[], [...listItems, ...apposed.added.filter((a) => !overlapsAny(listItems, a.start, a.end))]) : withAdded(original as NamedSpan[], listItems);
  let fullNames: Map<string, number> | undefined;
  const places = new Set<string>();
  const refused = new Set<string>();
  for (const name of apposed.names) {
    fullNames ??= fullNameStarts(text, spans);
    if (fullNames.has(name) || personShown(text, name)) refused.add(name);
    else places.add(name);
  }
  let people: Set<string> | undefined;
  let shortForms: Map<string, boolean> | undefined;
  const inPlaceListAt = placeListReader(text, spans);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'person' && s.type !== 'place' && s.type !== 'organization') continue;
    // Single names only: most spans of two words or more end the test before their text is copied.
    const space = text.indexOf(' ', s.start);
    if (space >= 0 && space < s.end) continue;
    const name = text.slice(s.start, s.end);
    if (places.has(name) || refused.has(name) || possessiveAfter(text, s.end)) continue;
    // The word before the name, read once for the cues that look at it.
    const before = previousWord(text, s.start);
    if (s.type === 'place') {
      // A place the model found after "in" or "near" whose other mentions it took for a person's ("in Wrocław", "Wrocław is").
      if (!(nearBefore(text, before) || kindAfter(text, s.end))) continue;
      // The name is a single word: only people's names without a space can be it.
      people ??= namesOfType(text, spans, 'person', true);
      if (!people.has(name)) continue;
    } else if (s.type === 'organization') {
      // An organisation's name rarely takes these: "Thorthormi and Lugge lakes", "to Twillingate from Gander", "Tatchun" of "Tatchun Lake".
      shortForms ??= placeShortForms(text, spans);
      if (!(kindAfter(text, s.end) || inPlaceListAt(k) || tripEndAfterPlace(text, s, spans, k, before) || shortForms.get(name))) continue;
    } else if (!(kindAfter(text, s.end) || nearBefore(text, before) || ofPlaceBefore(text, before) || stateAfter(text, s.end) || positionAfter(text, s.end, spans) || inPlaceListAt(k) || namedWithKinds(text).has(name) || placeClauseAfter(text, s.end) || tripEndAfterPlace(text, s, spans, k, before) || (shortForms ??= placeShortForms(text, spans)).has(name))) continue;
    // News names a person in full before it shortens the name: a full name only after the cued
    // mention ("around Arilje" ... "Zlatna Malina Arilje") does not make the word a person's.
    fullNames ??= fullNameStarts(text, spans);
    if ((fullNames.get(name) ?? Infinity) < s.start || personShown(text, name)) refused.add(name);
    else places.add(name);
  }
  if (!places.size) return spans;
  return mapChangedSpans(spans, (s) => (s.type !== 'place' && places.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s));
}
