import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { DEMONYMS, PLACES, STOP } from './rule-tagger';

/**
 * A nation's Red Cross or Red Crescent society and a nation's survey agency, whose nation opens the
 * name ("Turkish Red Crescent", "Kenya Red Cross", "Syrian Arab Red Crescent", "US Geological
 * Survey", "British Antarctic Survey"): the model finds "Red Crescent" alone, or reads the nation as
 * a place. A survey named by its science alone is an agency too ("the Geological Survey of Finland").
 */

/** The heads sought in the text; a name is looked for only around them. */
const HEADS = ['Red Cross', 'Red Crescent', ' Survey'];
/** Capitalised words right before a head, on its line: the nation and the survey's field. */
const WORDS_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}'’.-])((?:\p{Lu}[\p{L}\p{M}.-]*[ \t]+){1,3})$/u;
/** A society's word after "Red Cross": "Society". */
const SOCIETY_AFTER = /^[ \t]+Society(?![\p{L}\p{N}-])/u;
/** A character that makes a head part of a longer word ("Surveys", "Red Crossing"). */
const WORD_GOES_ON = /[\p{L}\p{N}-]/u;
/** Sciences whose national survey is an agency even without its nation ("Geological Survey of India"). */
const SURVEY_FIELDS = new Set(['Geological', 'Geophysical', 'Antarctic', 'Ordnance', 'Hydrographic', 'Biological', 'Geographical', 'Geodetic']);
/** A place the survey serves, after "of": " of India", " of Northern Ireland". */
const OF_PLACE = /^[ \t]+of[ \t]+\p{Lu}[\p{L}\p{M}-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}-]*)?(?![\p{L}\p{M}-])/u;
/** Countries written by their initials before an agency's name. */
const INITIALS = new Set(['US', 'U.S.', 'UK', 'EU']);
/** Words that open a nation's name of two words before a nationality the lists know alone ("South" of "South African"). */
const COMPASS = new Set(['South', 'North', 'East', 'West', 'Central', 'New']);

/** Whether `word` (or two words) names a nation: a nationality, a country, or a country's initials. */
type IsNation = (word: string) => boolean;

/** The nation's society or survey whose head ends at `end` and starts at `at`, or null. */
function nameAround(text: string, at: number, end: number, survey: boolean, isNation: IsNation): NamedSpan | null {
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 48), at));
  const words = before ? before[1].trimEnd().split(/[ \t]+/u) : [];
  while (words.length && STOP.has(words[0])) words.shift();
  const nation = (w: string) => DEMONYMS.has(w) || PLACES.has(w) || INITIALS.has(w) || isNation(w);
  // The name starts at the first word of a nation ("Syrian" of "Syrian Arab", "South African" as two words).
  let first = words.findIndex((w, k) => nation(w) || (k + 1 < words.length && nation(`${w} ${words[k + 1]}`)));
  if (first > 0 && COMPASS.has(words[first - 1])) first--;
  const fields = first < 0 ? [] : words.slice(first);
  if (survey) {
    // "US Geological Survey": a field between the nation and "Survey"; without a nation, a science's survey.
    const field = words[words.length - 1];
    if (first >= 0 && fields.length > 1 && !nation(field)) first = words.length - fields.length;
    else if (field && SURVEY_FIELDS.has(field)) first = words.length - 1;
    else return null;
  } else if (first < 0) return null;
  const name = words.slice(first).join(' ');
  const start = at - name.length - 1;
  if (text.slice(start, at - 1) !== name) return null;
  return { type: 'organization', start, end };
}

/** The societies and surveys named with their nation in `text`. */
function societiesIn(text: string, isNation: IsNation): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const head of HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      const survey = head === ' Survey';
      const start = survey ? at + 1 : at;
      let end = at + head.length;
      if (WORD_GOES_ON.test(text[end] ?? '')) continue;
      const more = survey ? OF_PLACE.exec(text.slice(end, end + 40)) : SOCIETY_AFTER.exec(text.slice(end, end + 12));
      if (more) end += more[0].length;
      const name = nameAround(text, start, end, survey, isNation);
      if (name) found.push(name);
    }
  }
  return found;
}

/**
 * Spans (sorted, apart) with the nations' societies and surveys of the file's comment as whole
 * organisations: spans inside give way, a span reaching out stands. `isNation` tells a country or a
 * nationality of the name lists ("Philippine").
 */
export function withNationalSocieties(text: string, spans: readonly NamedSpan[], isNation: IsNation): NamedSpan[] {
  if (!text.includes('Red C') && !text.includes(' Survey')) return spans as NamedSpan[];
  const found = societiesIn(text, isNation);
  return found.length ? withWholeNames(spans, found) : [...spans];
}
