import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { previousWord } from './word-before';
import { ORG_WORDS } from './rule-tagger';
import { listNeighbours } from './list-gaps';

/**
 * Names the model took for people that are places by their own first word or by the words around
 * them: a Malay or Indonesian name headed by a word for river, hill, village or island ("Sungai
 * Simpang Kiri", "Bukit Mertajam", "Pulau Ubin"), or a Thai or Arabic one headed by a word for cape,
 * hill, island, valley or mountain ("Laem Sing", "Khao Yai", "Wadi Rum", "Jebel Toubkal"), also
 * where the model read a body in it, and a single name no person of the article bears,
 * after a word of place when the article names a place after it ("from Shannon", "Shannon Airport"),
 * or in a list of places ("warning for Kerry, Limerick and Cork"; see `inListOfPlaces`), or after "the
 * town of", "by telephone from", "residents of" or "a return to". Also a single name after "the" that
 * ends a phrase ("its tributaries, the Drino, the Bënça and the Kardhiq": a river's or a region's; a
 * person's name takes no "the"), and one after a person and "from" ("Sanna Kähkönen from Kiiminki"). A
 * name of two words or more before a kind of place in lower case is one too ("on Boyuk Zira island").
 */

/** Malay and Indonesian words that head places' names: river, village, hill, mountain, island, cape, bay, lake, estuary, road, estate, town. */
const PLACE_HEADS = new Set(['Sungai', 'Sungei', 'Kampung', 'Kampong', 'Bukit', 'Gunung', 'Pulau', 'Tanjung', 'Tanjong', 'Teluk', 'Telok', 'Tasik', 'Danau', 'Kuala', 'Jalan', 'Lorong', 'Lebuh', 'Taman', 'Bandar', 'Selat', 'Pantai']);
/**
 * Words of other languages, English among them, that head places' names and no one's: "Mount Hagen",
 * "Lake Tana", "Lago Agrio", "Ynys Môn" (Welsh, island), "Cerro Largo". Read for people's names only.
 */
const HEADS_OF_PLACES = new Set(['Mount', 'Mt', 'Mt.', 'Lake', 'Lago', 'Lac', 'Ynys', 'Cerro', 'Isla', 'Ilha', 'Puerto']);
/** Thai and Arabic words that head places' names: cape, hill, island, mountain, stream; valley (dry river), mountain. */
const OTHER_HEADS = new Set(['Laem', 'Khao', 'Koh', 'Doi', 'Huai', 'Oued', 'Wadi', 'Jebel', 'Djebel', 'Jabal']);
/**
 * Words before a place's name: "in Kerry", "from Shannon". They come before a person's too ("a tip
 * from Carri", "faith in Smith"), so they count only when the article names a place after the
 * word elsewhere ("Shannon Airport").
 */
const PLACE_BEFORE = new Set(['in', 'near', 'across', 'outside', 'throughout', 'around', 'at', 'from', 'to', 'via', 'toward', 'towards', 'through']);

/**
 * Words that lead to a place and hardly ever to a person: "traffic towards Gudauri", "the soil above
 * Kojori", "diverted through Sindhuli". A person is met "near" or "from" someone, not reached "via" them.
 */
const WAY_BEFORE = new Set(['towards', 'toward', 'via', 'through', 'above', 'below', 'beneath', 'upstream', 'downstream']);

/** Whether the span at `k`, or the first item of the list it is in ("towards Gudauri and Stepantsminda"), follows a word of {@link WAY_BEFORE}. */
function afterWayWord(text: string, spans: readonly NamedSpan[], k: number): boolean {
  let first = k;
  while (first > 0 && listNeighbours(text, spans, first - 1)) first--;
  return WAY_BEFORE.has(previousWord(text, spans[first].start)?.word ?? '');
}

/**
 * Verbs of going before "to" or "for": "the circuit moves to Königssee", "flights to Dessie", "a
 * ship bound for Sulina". One goes to a place; things are given or said "to" a person, which these
 * verbs do not take.
 */
const GOING = new Set(['move', 'moves', 'moved', 'moving', 'head', 'heads', 'headed', 'heading', 'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'flying', 'flights', 'drove', 'driving', 'sailed', 'sailing', 'relocated', 'evacuated', 'bound', 'departed', 'journey', 'trip', 'trips', 'route', 'road', 'roads']);

/** Whether "to" or "for" and a verb or noun of going ({@link GOING}) stand right before `pos`. */
function goingBefore(text: string, pos: number): boolean {
  const prep = previousWord(text, pos);
  if (!prep || (prep.word !== 'to' && prep.word !== 'for')) return false;
  return GOING.has(previousWord(text, prep.start)?.word ?? '');
}

/** What follows a name that ends its phrase: a comma, "and", "or", a stop, a bracket, the line's end. */
const PHRASE_END = /^(?:,|[ \t]+(?:and|or)[ \t]|[.;:)]|\r?\n|$)/u;

/** Whether "the" stands before the single name `[start, end)` and the name ends its phrase ("the Drino,"); not initials ("the ANC."). */
function theNameEndingPhrase(text: string, name: string, start: number, end: number): boolean {
  return previousWord(text, start)?.word === 'the' && name !== name.toUpperCase() && PHRASE_END.test(text.slice(end, end + 5));
}

/** Whether the span before the one at `k` is a person's and " from " (or ", from ") stands between ("Rémi from Sierre"). */
function personFromBefore(text: string, spans: readonly NamedSpan[], k: number): boolean {
  const before = spans[k - 1];
  if (!before || before.type !== 'person') return false;
  const gap = text.slice(before.end, spans[k].start);
  return gap === ' from ' || gap === ', from ';
}

/** Kinds of place written in lower case after a name of two words or more: "on Boyuk Zira island", "the Lone Khin village". */
const KINDS_AFTER = new Set(['island', 'islands', 'village', 'villages', 'town', 'township', 'district', 'province', 'region', 'county', 'municipality', 'neighbourhood', 'neighborhood', 'suburb', 'peninsula', 'atoll', 'archipelago']);

/** Whether a kind of place in lower case follows `end` after one space ("Boyuk Zira island"). */
function kindOfPlaceAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  let stop = end + 1;
  while (stop < text.length && stop - end < 16 && text.charCodeAt(stop) >= 97 && text.charCodeAt(stop) <= 122) stop++;
  return KINDS_AFTER.has(text.slice(end + 1, stop)) && !/[\p{L}'’]/u.test(text[stop] ?? '');
}

/** Whether a word of place stands right before `pos`. */
const placeWordBefore = (text: string, pos: number): boolean => PLACE_BEFORE.has(previousWord(text, pos)?.word ?? '');
/**
 * Words that make the name after them a place's whatever the article says elsewhere: "the city of
 * Dessie", "the town of Nazret", "by telephone from Adama", "reporting from Goma". No one is "the
 * town of" a person, and one telephones or reports from somewhere.
 */
const PLACE_OF_BEFORE = /(?:\b(?:[Tt]he|[Aa])[ \t]+(?:\p{Ll}+[ \t]+)?(?:city|town|village|port|district|county|province|region|state|capital|island|suburb|hamlet|oasis)[ \t]+of|\b(?:(?:tele)?phone|reported|reporting|speaking|writing)[ \t]+from)[ \t]+$/u;

/** Nouns before "of" that make the name after it a place's: "residents of Gobélé", "the outskirts of Bouaké". No one lives in a person. */
const DWELLERS = new Set(['residents', 'Residents', 'inhabitants', 'Inhabitants', 'villagers', 'Villagers', 'islanders', 'Islanders', 'outskirts', 'suburbs']);

/**
 * Whether the words before `pos` are "residents of" or "residents in" (or another of {@link DWELLERS}),
 * "residents on" or "islanders on" (an island's, a street's), or "a return to" (the noun: a return is to somewhere).
 */
function dwellersBefore(text: string, pos: number): boolean {
  const last = previousWord(text, pos);
  if (!last || (last.word !== 'of' && last.word !== 'in' && last.word !== 'on' && last.word !== 'to')) return false;
  const noun = previousWord(text, last.start)?.word;
  if (last.word !== 'to') return !!noun && DWELLERS.has(noun) && (last.word !== 'on' || noun !== 'outskirts');
  if (noun !== 'return') return false;
  const article = previousWord(text, previousWord(text, last.start)!.start)?.word;
  return article === 'a' || article === 'the';
}

/** Whether the span at `k`, or the list it is an item of, follows a dwellers' cue: "residents of Glen View", "residents in Mabvuku, Glen View and Budiriro", "islanders on Tiree and Coll". */
function afterDwellers(text: string, spans: readonly NamedSpan[], k: number): boolean {
  let first = k;
  while (first > 0 && listNeighbours(text, spans, first - 1)) first--;
  // "residents of Mabvuku, Tendai Moyo said": a list ends with "and" before its last item.
  if (first < k) {
    let last = k;
    while (listNeighbours(text, spans, last)) last++;
    if (!text.slice(spans[last - 1].end, spans[last].start).includes('and')) return false;
  }
  const before = previousWord(text, spans[first].start)?.word;
  return (before === 'of' || before === 'in' || before === 'on') && dwellersBefore(text, spans[first].start);
}

/** What follows the last item of a list: a comma, "and", "or", a full stop, the line's end. */
const LIST_END = /^(?:,|[ \t]+(?:and|or)[ \t]|[.;:)]|\r?\n|$)/u;

/**
 * Whether the span at `k` is an item of a list of places: every other item is a place, and either
 * two of them are listed places ("Kerry, Limerick and Cork") or one is and a word of place leads
 * the list ("in Garissa, Ijara and Hulugho"). "Washington, Lincoln" alone makes no list of places.
 */
function inListOfPlaces(text: string, spans: readonly NamedSpan[], k: number, isListedPlace: (name: string) => boolean): boolean {
  let first = k;
  while (first > 0 && listNeighbours(text, spans, first - 1)) first--;
  let last = k;
  while (listNeighbours(text, spans, last)) last++;
  if (first === last) return false;
  // "Smith, London's mayor": a list ends with "and" before its last item, or the last item ends a phrase.
  if (!text.slice(spans[last - 1].end, spans[last].start).includes('and') && !LIST_END.test(text.slice(spans[last].end, spans[last].end + 5))) return false;
  let known = 0;
  for (let i = first; i <= last; i++) {
    if (i === k) continue;
    if (spans[i].type !== 'place') return false;
    if (isListedPlace(text.slice(spans[i].start, spans[i].end))) known++;
  }
  return known >= 2 || (known === 1 && placeWordBefore(text, spans[first].start));
}

/** Whether a place's name of several words starts with `word` ("Shannon Airport"). */
function headsPlace(text: string, word: string, spans: readonly NamedSpan[]): boolean {
  return spans.some((p) => p.type === 'place' && p.end - p.start > word.length && text.startsWith(word, p.start) && text[p.start + word.length] === ' ');
}

/** The words of people's names of two words or more: "Kerry" is a person's wherever a "John Kerry" is. */
function wordsOfFullNames(text: string, spans: readonly NamedSpan[]): Set<string> {
  const words = new Set<string>();
  for (const p of spans) {
    if (p.type !== 'person') continue;
    const parts = text.slice(p.start, p.end).split(/\s+/u);
    if (parts.length > 1) for (const w of parts) words.add(w);
  }
  return words;
}

/**
 * Spans (sorted, apart) with the people's names the cues above make places typed as places.
 * `isListedPlace` tells a name the name lists know as a place.
 */
export function withPlaceCues(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let personWords: Set<string> | undefined;
  return mapChangedSpans(spans, (s, k) => {
    if (s.type === 'place') return s;
    // The name's first space, read in the text: a single name's text is copied only when a cue asks for it.
    const space = text.indexOf(' ', s.start);
    const words = space > s.start && space < s.end;
    if (s.type === 'organization') return words && OTHER_HEADS.has(text.slice(s.start, space)) && !ORG_WORDS.test(text.slice(text.lastIndexOf(' ', s.end - 1) + 1, s.end)) ? { ...s, type: 'place' } : s;
    if (words) {
      const head = text.slice(s.start, space);
      return PLACE_HEADS.has(head) || OTHER_HEADS.has(head) || HEADS_OF_PLACES.has(head) || kindOfPlaceAfter(text, s.end) || afterDwellers(text, spans, k) ? { ...s, type: 'place' } : s;
    }
    // "in Smith's view": a possessive after the name is a person's more often than a place's.
    if (text[s.end] === "'" || text[s.end] === '’') return s;
    const name = text.slice(s.start, s.end);
    // The word right before the name spares most names the patterns: "of" or "from" ends {@link PLACE_OF_BEFORE}, "to" the return's cue.
    const before = previousWord(text, s.start)?.word ?? '';
    const cued =
      (PLACE_BEFORE.has(before) && headsPlace(text, name, spans)) ||
      inListOfPlaces(text, spans, k, isListedPlace) ||
      ((before === 'of' || before === 'from') && PLACE_OF_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) ||
      (before === 'to' && dwellersBefore(text, s.start)) ||
      ((before === 'to' || before === 'for') && goingBefore(text, s.start)) ||
      afterDwellers(text, spans, k) ||
      afterWayWord(text, spans, k) ||
      theNameEndingPhrase(text, name, s.start, s.end) ||
      personFromBefore(text, spans, k);
    if (!cued) return s;
    personWords ??= wordsOfFullNames(text, spans);
    return personWords.has(name) ? s : { ...s, type: 'place' };
  });
}
