import type { NamedSpan } from './index';
import { wordBefore } from './word-before';
import { PLACE_BEFORE } from './name-cues';

/**
 * Named storms are neither people nor places: "Storm Idris", "Hurricane Helene", "Typhoon Haiyan",
 * "Tropical Storm Alberto", "Cyclone Gabrielle", and the storm's name alone later in the same article
 * ("comparable to Éowyn"). "Storm" is also a given name ("Storm Reid"), so after it a name is a storm's
 * only in an article about the weather. In an article on a storm, a past one is often named alone with
 * its year ("the worst since Harold in 2020", "Pam was worse, in 2015"): a one-word name no person of
 * the article bears, right before its year, is that storm too.
 */

/** Words before a storm's name; "Tropical Storm", "Super Typhoon" end in one of them. */
const STORM_WORDS = new Set(['Storm', 'Hurricane', 'Typhoon', 'Cyclone']);
/** Words of an article about the weather, which make "Storm X" a storm. */
const WEATHER = /\b(?:winds?|gusts?|rainfall|landfall|forecasters?|weather|flooding|power cuts|met office)\b/iu;

/** A year right after a name, perhaps after a verb and a word: " in 2016", " was worse, in 1972". */
const YEAR_AFTER = /^(?:[ \t]+(?:was|were|is)[ \t]+\p{Ll}+,?)?[ \t]+in[ \t]+(?:19|20)\d\d(?!\d)/u;

/** Whether `text` names a storm somewhere; "Storm" only in an article about the weather. */
function mayNameStorms(text: string): boolean {
  if (text.includes('Hurricane ') || text.includes('Typhoon ') || text.includes('Cyclone ')) return true;
  return text.includes('Storm ') && WEATHER.test(text);
}

/** The storm's name of a span, when the span is one ("Storm Idris") or follows a storm word ("Idris"); else null. */
function stormName(text: string, s: NamedSpan): string | null {
  const name = text.slice(s.start, s.end);
  const space = name.indexOf(' ');
  if (space > 0) {
    // "Storm Idris", "Tropical Storm Alberto": the span starts with the storm word or ends one word after it.
    const rest = name.slice(space + 1);
    if (STORM_WORDS.has(name.slice(0, space)) && !rest.includes(' ')) return rest;
    const last = name.lastIndexOf(' ');
    const before = name.lastIndexOf(' ', last - 1);
    return STORM_WORDS.has(name.slice(before + 1, last)) ? name.slice(last + 1) : null;
  }
  const before = wordBefore(text, s.start, true);
  return before && STORM_WORDS.has(before.word) ? name : null;
}

/** Whether a person's span is one word no other name of the article holds, right before a year (see the file's comment). */
function pastStorm(text: string, s: NamedSpan, nameWords: ReadonlySet<string>): boolean {
  const name = text.slice(s.start, s.end);
  return !/\s/u.test(name) && !nameWords.has(name) && YEAR_AFTER.test(text.slice(s.end, s.end + 40));
}

/**
 * Spans (sorted) without the names of storms taken for people or places, nor the people or places
 * named like a storm of the article (the storm's name alone: "Ada made landfall"), but for a place
 * after a word of place ("in Florence"). Organisations are kept: "Storm Prediction Center".
 */
export function withoutStormNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!mayNameStorms(text)) return spans as NamedSpan[];
  const storms = new Set<string>();
  for (const s of spans) {
    if (s.type === 'organization') continue;
    const name = stormName(text, s);
    if (name) storms.add(name);
  }
  if (!storms.size) return spans as NamedSpan[];
  // Words of the article's people's names of more than one word: "Harold Mae" is no storm.
  const nameWords = new Set(
    spans.flatMap((s) => {
      const words = s.type === 'person' ? text.slice(s.start, s.end).split(/\s+/u) : [];
      return words.length > 1 ? words : [];
    }),
  );
  return spans.filter((s) => {
    if (s.type === 'organization') return true;
    if (stormName(text, s)) return false;
    if (s.type === 'person' && pastStorm(text, s, nameWords)) return false;
    if (!storms.has(text.slice(s.start, s.end))) return true;
    return s.type === 'place' && PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start));
  });
}
