import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { RULER_BEFORE } from './place-ruler-titles';

/**
 * Places whose last word is a feature of the land or the sea, where the model found the name but
 * not the feature, or read a person in it: a place right before "Sea", "Bay" or "River" is one name
 * with it ("over Sulu Sea", "across Manila Bay"), and so is a place before a second word and a unit
 * of government ("in Wangdue Phodrang Dzongkhag", where the model found "Wangdue"), as is a town before "Road" or "Street", a street
 * named for where it leads ("on Leeds Road"); a "person" of three words or more ending in such a
 * word is a place named after someone ("Nelson Mandela Bay"; "Michael Bay", of two, stays a person;
 * "Douglas Harbour", ending in a word of the shore no one bears as a surname, is a place),
 * and one ending in a word for a unit of government is the unit ("Al Wusta Governorate", "Gajuri
 * Rural Municipality", "Hokkaido Prefecture": no person's name ends in such a word); a ruler's
 * title before a "person" ending in a feature word names a place after the ruler, the title with it
 * ("King Hussein Bridge", "Prince Edward Island");
 * and a name with a Latin word for a feature of another world is a place there ("Oxia Planum",
 * "Olympus Mons", "Valles Marineris", "Gale Crater").
 */

/** Features (and street words) that follow a place's name to make a longer one: "Sulu" + " Sea". */
const FEATURES = new Set(['Sea', 'Ocean', 'Bay', 'Strait', 'Straits', 'Sound', 'Firth', 'Estuary', 'Peninsula', 'Valley', 'Mountains', 'Range', 'Island', 'Islands', 'Isles', 'Archipelago', 'River', 'Lake', 'Delta', 'Basin', 'Plateau', 'Desert', 'Highlands', 'Lowlands', 'Coast', 'Lagoon', 'Reef', 'Falls', 'Dam', 'Causeway', 'Road', 'Street', 'Avenue', 'Lane', 'Boulevard']);
/** Features of a shore no one bears as a surname: a "person" of two words ending in one is a place too ("Douglas Harbour", "Victoria Quay"). */
const SHORE_FEATURES = new Set(['Harbour', 'Harbor', 'Quay', 'Quays', 'Pier', 'Wharf', 'Marina', 'Docks', 'Esplanade', 'Promenade', 'Estuary', 'Lagoon', 'Peninsula', 'Firth', 'Straits']);
/** Words for a unit of government that end a place's name, never a person's. */
export const UNITS = new Set(['Governorate', 'Municipality', 'Prefecture', 'Province', 'District', 'County', 'Oblast', 'Raion', 'Krai', 'Voivodeship', 'Canton', 'Commune', 'Département', 'Emirate', 'Regency', 'Dzongkhag']);
/** Latin words of the names of features on planets and moons, none of them an English word. */
const LATIN_FEATURES = new Set(['Planum', 'Plana', 'Planitia', 'Planitiae', 'Mons', 'Montes', 'Vallis', 'Valles', 'Chasma', 'Chasmata', 'Fossa', 'Fossae', 'Patera', 'Paterae', 'Tholus', 'Tholi', 'Dorsum', 'Dorsa', 'Rupes', 'Labyrinthus', 'Colles', 'Mensa', 'Mensae', 'Catena', 'Catenae', 'Sulci', 'Sulcus', 'Lacus', 'Palus', 'Regio', 'Regiones', 'Vastitas', 'Cavi', 'Scopulus', 'Undae', 'Lingula']);
/** The feature's word after a place: a space, the word, and no letter or capitalised word after it. */
const FEATURE_AFTER = /^[ \t](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/u;

/** A second name word and a unit's word after a place: " Phodrang Dzongkhag" of "Wangdue Phodrang Dzongkhag". */
const NAME_AND_UNIT_AFTER = /^[ \t]\p{Lu}\p{Ll}+[ \t](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/u;

/** The last word of a name. */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** Whether a name is a feature of another world: a Latin feature word in it, or "Crater" at its end. */
function otherWorldFeature(name: string): boolean {
  if (!name.includes(' ')) return false;
  if (name.endsWith(' Crater')) return true;
  // Each word read in place: most names are people's, with no such word, and need no array of words.
  for (let start = 0; ; ) {
    const end = name.indexOf(' ', start);
    if (LATIN_FEATURES.has(end < 0 ? name.slice(start) : name.slice(start, end))) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

/** Spans (sorted, apart) with the places ending in a feature's word put whole and typed; see the file's comment. */
export function withFeatureEndings(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const places = new Set<string>();
  const out = mapChangedSpans(spans, (s, k) => {
    if (s.type === 'place') {
      // Most places are followed by a lower-case word or a mark: one character ends the test for them.
      const c = text.charCodeAt(s.end + 1);
      if (text[s.end] !== ' ' || c < 65 || c > 90) return s;
      const after = text.slice(s.end, s.end + 32);
      const one = FEATURE_AFTER.exec(after);
      // "Wangdue Phodrang Dzongkhag": the model found the first of two words before the unit's.
      const two = one ? null : NAME_AND_UNIT_AFTER.exec(after);
      const feature = one && FEATURES.has(one[1]) ? one : two && UNITS.has(two[1]) ? two : null;
      const next = spans[k + 1];
      if (!feature || (next && next.start < s.end + feature[0].length)) return s;
      return { ...s, end: s.end + feature[0].length };
    }
    if (s.type !== 'person') return s;
    const name = text.slice(s.start, s.end);
    const space = name.indexOf(' ');
    if (space < 0) return s;
    const last = lastWord(name);
    // "King Talal Dam", "Prince Edward Island": a ruler's title before a "person" ending in a feature names the place after him.
    const ruler = FEATURES.has(last) ? RULER_BEFORE.exec(text.slice(Math.max(0, s.start - 10), s.start)) : null;
    if (ruler && !(k > 0 && spans[k - 1].end > s.start - ruler[0].length)) {
      places.add(name);
      return { ...s, start: s.start - ruler[0].length, type: 'place' as const };
    }
    if (otherWorldFeature(name) || UNITS.has(last) || SHORE_FEATURES.has(last) || (name.lastIndexOf(' ') > space && FEATURES.has(last))) {
      places.add(name);
      return { ...s, type: 'place' as const };
    }
    return s;
  });
  if (!places.size) return out;
  // Every mention of a name found to be a place is one ("Nelson Mandela Bay holds elections").
  return mapChangedSpans(out, (s) => (s.type === 'person' && places.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s));
}
