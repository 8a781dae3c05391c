import type { NamedSpan } from './index';
import { lastTextMemo } from './last-text-memo';
import { PLACE_BEFORE } from './name-cues';
import { wordBefore } from './word-before';
import { anyWordStartsWith, indexedWordStarts } from './word-start-positions';
import { mayMatch, piecesOf } from './alternation';

/**
 * Vehicles are not names to mark, even when named like people or places: "Space Shuttle Atlantis",
 * "the cruise ship Freewinds", "the rover, named Rosalind Franklin", "the Rosalind Franklin rover",
 * "a probe dubbed Edwin Marlowe"; nor are instruments named for a person ("the Einstein Telescope").
 * A person's or a place's name right after a vehicle's word (or "Shuttle"), or a person's between
 * "the" and one, is the vehicle's; so is the name alone elsewhere in the article ("Atlantis will go on
 * display"), unless a word of place leads it in ("in Columbia"), it is a country's or a region's, or
 * a noun before it makes it a person again ("named after the British chemist Rosalind Franklin").
 */

/** Words for a vehicle, in lower case: before its name ("the rover Perseverance") or after it ("the Franklin rover"). */
const VEHICLES = new Set(['rover', 'spacecraft', 'orbiter', 'lander', 'shuttle', 'ship', 'vessel', 'tanker', 'freighter', 'frigate', 'destroyer', 'warship', 'submarine', 'yacht', 'ferry', 'trawler', 'liner', 'probe', 'satellite', 'telescope', 'icebreaker', 'locomotive']);
/** Whether an article names any vehicle: one search, remembered for the article's second reading. */
const VEHICLE_WORD = 'rover|spacecraft|orbiter|lander|[Ss]huttle|ship|vessel|tanker|freighter|frigate|destroyer|submarine|yacht|ferry|trawler|liner|probe|satellite|[Tt]elescope|icebreaker|locomotive|Collider';
/** Last words of an instrument's name, which is no place or person either: "the Einstein Telescope", "the Large Hadron Collider". */
const INSTRUMENT_END = / (?:Telescope|Collider)$/u;
const VEHICLE_WORD_END = new RegExp(`(?:${VEHICLE_WORD})(?![\\p{L}])`, 'u');
/** Pieces of the words: an article holding none of them is passed over without the search. */
const VEHICLE_PIECES = piecesOf(VEHICLE_WORD);
const mayNameVehicles = lastTextMemo((text) => mayMatch(text, VEHICLE_PIECES) && VEHICLE_WORD_END.test(text));

/** A letter or a digit, which goes on with a word. */
const WORD_GOES_ON = /[\p{L}\p{N}]/u;

/** Whether a vehicle's word stands as a whole word in the text: " rover " or "the rover," but not "leadership" nor "ships". */
function vehicleWordIn(text: string): boolean {
  for (const word of VEHICLES) {
    for (const at of indexedWordStarts(text, word)) if (!WORD_GOES_ON.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Whether a vehicle's word ends the lower-case run before the naming verb at `at`, a comma or not between ("the ship, named", "a flagship called"). */
function vehicleBeforeNaming(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (text[end - 1] === ',') end--;
  for (const word of VEHICLES) if (text.startsWith(word, end - word.length)) return true;
  return false;
}

/**
 * Whether the text holds what {@link namesVehicle} looks for around a name, read from the index of
 * word starts: a vehicle's word as a whole word, one before a naming verb, "Shuttle", an instrument's
 * last word. Most articles hold none, though nearly all hold "ship" in a longer word ("leadership").
 */
const mayCueVehicles = lastTextMemo(
  (text) =>
    vehicleWordIn(text) ||
    [...NAMING].some((verb) => indexedWordStarts(text, verb).some((at) => vehicleBeforeNaming(text, at))) ||
    text.includes('Shuttle') ||
    anyWordStartsWith(text, ['Telescope', 'Collider']),
);
/** A vehicle's word after a name: " rover", " spacecraft". */
const VEHICLE_AFTER = /^[ \t]+(\p{Ll}+)(?![\p{L}\p{N}-])/u;
/** A vehicle's word, perhaps a comma, and a naming verb right before a name. */
const NAMED_VEHICLE = /(\p{Ll}+),?[ \t]+(?:named|called|dubbed|christened)[ \t]+$/u;
/** The naming verbs of {@link NAMED_VEHICLE}. */
const NAMING = new Set(['named', 'called', 'dubbed', 'christened']);
/** "the" right before a name: "the Rosalind Franklin rover", not "Rui Sousa ferry services". */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;
/** Words before a name that do not make it a person: articles, prepositions, conjunctions. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'aboard', 'board', 'named', 'called', 'that', 'as', 'when', 'while', 'after', 'before', 'until', 'than']);

/** Whether the span at `s` names a vehicle by a word right around it. */
function namesVehicle(text: string, s: NamedSpan, name: string): boolean {
  if (name.startsWith('Shuttle ') || name.startsWith('Space Shuttle ') || INSTRUMENT_END.test(name)) return true;
  const before = wordBefore(text, s.start);
  if (before && (VEHICLES.has(before.word) || before.word === 'Shuttle')) return true;
  // "the rover, named Rosalind Franklin", "a ship called Arcadia".
  if (before && NAMING.has(before.word)) {
    const named = NAMED_VEHICLE.exec(text.slice(Math.max(0, s.start - 40), s.start));
    if (named && VEHICLES.has(named[1])) return true;
  }
  if (s.type !== 'person') return false;
  const after = VEHICLE_AFTER.exec(text.slice(s.end, s.end + 16));
  return !!after && VEHICLES.has(after[1]) && THE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start));
}

/**
 * Spans (sorted) without the vehicles named like people or places; see the file's comment.
 * `isNation` tells a country's or a region's name, whose other mentions stay.
 */
export function withoutVehicleNames(text: string, spans: readonly NamedSpan[], isNation: (name: string) => boolean): NamedSpan[] {
  if (!mayCueVehicles(text) || !mayNameVehicles(text)) return spans as NamedSpan[];
  const vehicles = new Set<string>();
  const cued = new Set<NamedSpan>();
  for (const s of spans) {
    if (s.type === 'organization') continue;
    const name = text.slice(s.start, s.end);
    if (!namesVehicle(text, s, name)) continue;
    cued.add(s);
    const bare = name.replace(/^(?:Space[ \t]+)?Shuttle[ \t]+/u, '');
    if (!isNation(bare)) vehicles.add(bare);
  }
  if (!cued.size) return spans as NamedSpan[];
  return spans.filter((s) => {
    if (cued.has(s)) return false;
    if (s.type === 'organization' || !vehicles.has(text.slice(s.start, s.end))) return true;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) return true;
    const before = wordBefore(text, s.start);
    // "the British chemist Rosalind Franklin": a noun before the name makes it a person's.
    return !!before && /^\p{Ll}+$/u.test(before.word) && !FUNCTION_WORDS.has(before.word) && !VEHICLES.has(before.word);
  });
}
