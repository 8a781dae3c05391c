import type { Entity } from '../model/types';

/**
 * Words that put the one-word name after them somewhere: "in Arilje", "around Arilje". Narrower than the
 * linker's words of place: "to Putin", "from Putin", "at Putin" are said of people as often as of places.
 */
const PLACE_CUES = new Set(['in', 'near', 'around', 'across', 'throughout', 'outside']);
/** Words between the cue and the name that still say a place: "in central Yukon". */
const REGION_WORDS = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'rural', 'upper', 'lower']);

/** The word that ends right before the space at `space` (after a line break, if any, in it). */
function wordBefore(text: string, space: number): string {
  const word = text.slice(text.lastIndexOf(' ', space - 1) + 1, space);
  return word.slice(word.lastIndexOf('\n') + 1);
}

/** Whether the words right before `at` are a place cue: Set lookups on the one or two words there, no regex. */
function afterPlaceCue(text: string, at: number): boolean {
  if (text[at - 1] !== ' ') return false;
  let word = wordBefore(text, at - 1);
  if (REGION_WORDS.has(word)) {
    const space = at - 2 - word.length;
    if (text[space] !== ' ') return false;
    word = wordBefore(text, space);
  }
  return PLACE_CUES.has(word);
}

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
        if (own.includes(' ') || !afterPlaceCue(text, m.start) || POSSESSIVE_END.test(m.text)) continue;
        if (CASE_NAME_AFTER.test(text.slice(m.end, m.end + 6))) continue;
        atPlace.add(m);
        placeNames.add(own);
      }
    }
    return placeNames.has(name) && (atPlace.has(e) || e.start < personFirstAt);
  };
}
