import type { Entity } from '../model/types';

/**
 * A word that puts the one-word name after it somewhere: "in Arilje", "around Arilje", "in central
 * Yukon". Narrower than the linker's words of place: "to Putin", "from Putin", "at Putin" are said of
 * people as often as of places.
 */
const PLACE_CUE_BEFORE = /(?:^|[^\p{L}])(?:in|near|around|across|throughout|outside)[ \t]+(?:(?:central|northern|southern|eastern|western|north|south|east|west|rural|upper|lower)[ \t]+)?$/u;
/** "in Putin's view": a possessive after the name says a person. */
const POSSESSIVE_END = /['’]s?$/u;
/** "ruled in Delgado v. Swiftline": a party to a lawsuit, named after "in" without being a place. */
const CASE_NAME_AFTER = /^[ \t]+vs?\.?[ \t]/u;

/**
 * Tells when a one-word mention that would link to a person's fuller name ("Arilje" to the "Zlatna
 * Malina Arilje" that the tagger took for a person; "Yukon" to "Electric Yukon") names a place instead.
 * Once the article puts the word after a word of place ("farmers around Arilje"), the word is a place
 * there: at those mentions, and at every mention before the fuller name first appears, since news names
 * a person in full before using the surname alone. Later mentions elsewhere still link to the person,
 * for the article that has both ("Rosa Lima ... in Lima ... Lima said").
 */
export function placeShortForms(named: readonly Entity[], display: ReadonlyMap<Entity, string>, text: string | undefined): (e: Entity, name: string, personFirstAt: number) => boolean {
  // Built on the first question: most articles never ask.
  let atPlace: Set<Entity> | null = null;
  let placeNames: Set<string> | null = null;
  return (e, name, personFirstAt) => {
    if (text === undefined || name.includes(' ')) return false;
    if (!atPlace || !placeNames) {
      atPlace = new Set();
      placeNames = new Set();
      for (const m of named) {
        const own = display.get(m) ?? m.text;
        if (own.includes(' ') || POSSESSIVE_END.test(m.text) || !PLACE_CUE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
        if (CASE_NAME_AFTER.test(text.slice(m.end, m.end + 6))) continue;
        atPlace.add(m);
        placeNames.add(own);
      }
    }
    return placeNames.has(name) && (atPlace.has(e) || e.start < personFirstAt);
  };
}
