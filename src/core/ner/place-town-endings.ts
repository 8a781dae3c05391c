import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * Towns named after their springs, wells and falls ("Indian Wells", "Palm Springs", "Tunbridge
 * Wells", "Sioux Falls"): the model reads a company in them ("Wells Fargo" lies close). A name of
 * two or three words the model made an organisation, ending in such a word with no other word of
 * a business in it, is the town. Towns named after a river's crossing ("Pelly Crossing", "Stewart
 * Crossing"), where the model found the river's name only, are the town, whole; so are English
 * villages told from their neighbours by a Latin word ("St Columb Major", "Chew Magna"). A Faroese
 * or Icelandic town of one word read as an organisation ("Fuglafjørður") is a place by its ending.
 */

/** Last words of towns' names that no company's name ends in. */
const TOWN_ENDINGS = new Set(['Wells', 'Springs', 'Falls']);

/** A Latin word after an English village's name that tells it from its neighbour ("St Columb Major", "Chew Magna"), no capitalised word after it ("Major Smith"). */
const LATIN_QUALIFIER_AFTER = /^ (?:Major|Minor|Magna|Parva)(?![\p{L}\p{M}\p{N}'’-])(?![ \t]+\p{Lu})/u;

/** " Crossing" as a whole word right after a name. */
const CROSSING_AFTER = /^ Crossing(?![\p{L}\p{M}\p{N}'’-])/u;

/**
 * Endings of Faroese and Icelandic towns written as one word: a fjord ("Fuglafjørður", "Hafnarfjörður"),
 * a bay ("Klaksvík", "Húsavík"), a gravel spit ("Tvøroyri", "Akureyri"). No company's name ends so.
 */
const NORDIC_TOWN_ENDINGS = ['fjørður', 'fjörður', 'vík', 'oyri', 'eyri'];
/** Their last letters: one character ends the test for most names. */
const NORDIC_LAST = new Set(NORDIC_TOWN_ENDINGS.map((e) => e[e.length - 1]));

/** Whether `name` is one capitalised word ending in a Nordic town's ending after a stem of three letters or more. */
function isNordicTown(name: string): boolean {
  if (name.includes(' ')) return false;
  return NORDIC_TOWN_ENDINGS.some((e) => name.length >= e.length + 3 && name.endsWith(e)) && /^\p{Lu}\p{Ll}+$/u.test(name);
}

/** Spans (sorted, apart) with organisations named like towns above typed as places; see the file's comment. */
export function withTownEndings(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s, k) => {
    // "Pelly Crossing": one character ("C" after a space) ends the test for most places.
    if (s.type === 'place' && text[s.end + 1] === 'C' && text[s.end] === ' ' && CROSSING_AFTER.test(text.slice(s.end, s.end + 10))) {
      const next = spans[k + 1];
      if (!(next && next.start < s.end + 9) && text.indexOf(' ', s.start) >= s.end) return { ...s, end: s.end + 9 };
    }
    // "St Columb" + " Major": one character ("M" or "P" after a space) ends the test for most places.
    if (s.type === 'place' && text[s.end] === ' ' && (text[s.end + 1] === 'M' || text[s.end + 1] === 'P')) {
      const m = LATIN_QUALIFIER_AFTER.exec(text.slice(s.end, s.end + 12));
      const next = spans[k + 1];
      if (m && !(next && next.start < s.end + m[0].length)) return { ...s, end: s.end + m[0].length };
    }
    if (s.type === 'organization' && NORDIC_LAST.has(text[s.end - 1]) && isNordicTown(text.slice(s.start, s.end))) return { ...s, type: 'place' };
    // Most names do not end in "s": one character ends the test for them.
    if (s.type !== 'organization' || text[s.end - 1] !== 's') return s;
    // Two or three words (one or two spaces), the last a town's ending; read in place, not split.
    const name = text.slice(s.start, s.end);
    const first = name.indexOf(' ');
    const last = name.lastIndexOf(' ');
    const twoOrThree = first >= 0 && (first === last || name.indexOf(' ', first + 1) === last);
    return twoOrThree && TOWN_ENDINGS.has(name.slice(last + 1)) ? { ...s, type: 'place' } : s;
  });
}
