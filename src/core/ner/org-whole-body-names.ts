import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { wholeWordMentions } from './whole-words';
import { hasOrganisationOf, OF_HEAD } from './org-patterns';
import { wordBefore } from './word-before';
import { DEMONYMS, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * Bodies' names that earlier readings leave cut, mended once all other rules have run:
 * - a nation's word opening a federation's or an association's name ("Finnish Ice Hockey
 *   Association", "Norwegian Chess Federation"), which readings of nationality words cut off;
 * - a body named "<word> of ..." going on with "of" and the country or region it serves ("Chamber
 *   of Commerce and Industry" + "of Serbia", "Confederation of Indigenous Nationalities" + "of the
 *   Ecuadorian Amazon (CONFENIAE)"), the model having stopped at the second "of", and an academy's
 *   institute going on with its academy ("Institute of Geography of the National Academy of Sciences");
 * - a unit's word before "for" or "of" and the field the model read as the name ("Sector for
 *   Emergency Management", a unit of a ministry);
 * - a council or an authority named after an "Isle of", "Vale of" or "City of" place ("Isle of
 *   Anglesey County Council", "Vale of Glamorgan Council"), the model having kept only the last words;
 * - a forum named after a place ("the Jordan Strategy Forum"), the model having kept only the place;
 * - a long name defined by capitals in brackets, at its other mentions ("UK Infrastructure Wales" in a
 *   standfirst, read there as two places);
 * - capitals in brackets after a body's name ("... of Serbia (PKS)"): its short name, an
 *   organisation at every mention, though its letters spell the name in the body's own language.
 */

/** The last words of a body's name that a nation's word may open: federations, associations, leagues. */
const NATION_HEADED = new Set(['Association', 'Federation', 'Union', 'League', 'Confederation', 'Society', 'Institute', 'Council', 'Committee', 'Board', 'Agency', 'Academy']);
/** Place words that open a place's name with "of" before a council's ("Isle of Anglesey"). */
const PLACE_OF = new Set(['Isle', 'Vale', 'City', 'Borough', 'County']);
/** The last words of a local body named after such a place. */
const LOCAL_BODY = /[ \t](?:Council|Corporation|Authority|Government|Police|Board)$/u;
/** A unit's word before "for" or "of" and its field ("Sector for Emergency Management", "Division of Water Quality"). */
const UNIT_HEADS = new Set(['Sector', 'Division', 'Unit', 'Inspectorate', 'Directorate', 'Department', 'Office', 'Bureau', 'Secretariat']);
/** Capitalised words ending in "Forum" after a place's name: "the Jordan" + " Strategy Forum", a think tank. */
const FORUM_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}\p{M}-]*){0,3}[ \t]+Forum(?![\p{L}])/u;
/** An academy's unit: "Institute of Geography", "Laboratory of ...". */
const ACADEMY_UNIT = /^(?:Institute|Laboratory|Centre|Center|Department)[ \t]+(?:of|for)[ \t]/u;
/** An academy of sciences' name: "National Academy of Sciences", "Azerbaijan National Academy of Sciences". */
const ACADEMY = /Academy[ \t]+of[ \t]+Sciences$/u;
/** " of " or " of the " between a body's name and the place it serves. */
const OF_GAP = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/u;
/** A short name in brackets right after a name: capitals (two to ten). */
const SHORT_AFTER = /^[ \t]+\((\p{Lu}{2,10})\)/u;

/** The span (sorted, apart) after `k` when only " of " or " of the " stands between them, or null. */
function servedAfter(text: string, spans: readonly NamedSpan[], k: number): NamedSpan | null {
  const s = spans[k];
  const next = spans[k + 1];
  if (!next || next.type === 'person' || text.charCodeAt(s.end) !== 32 || !text.startsWith('of ', s.end + 1)) return null;
  return OF_GAP.test(text.slice(s.end, next.start)) ? next : null;
}

/** Whether a body's name `name` may go on with "of" and a place: its head word takes "of" ("Chamber of ...", "... Confederation"). */
function goesOnWithOf(name: string): boolean {
  return hasOrganisationOf(name) || OF_HEAD.test(name.slice(name.lastIndexOf(' ') + 1));
}

/** Whether `name` is a body's own name ("Interstate Commission for ..."): a unit of it ("Scientific Information Center of the ...") is a name of its own. */
function isBody(name: string): boolean {
  return hasOrganisationOf(name) || name.split(' ').some((w) => ORG_WORDS.test(w) || OF_HEAD.test(w));
}

/**
 * Spans (sorted, apart) with the bodies' names of the file's comment made whole and their bracketed
 * short names typed as organisations wherever they stand. `isPlace` tells a listed place, which a
 * bracket after a body's name ("(UK)") does not make a short name.
 */
export function withWholeBodyNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const names: NamedSpan[] = [];
  const shorts = new Set<string>();
  const forums = text.includes(' Forum');
  const longs = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "the" or a sentence's "The" before the place: "The Pacific Islands" + " Forum secretary general said".
    if (forums && s.type === 'place' && text.charCodeAt(s.end) === 32 && (text.endsWith('the ', s.start) || text.endsWith('The ', s.start))) {
      const forum = FORUM_AFTER.exec(text.slice(s.end, s.end + 60));
      if (forum) names.push({ type: 'organization', start: s.start, end: s.end + forum[0].length });
    }
    if (s.type !== 'organization') continue;
    let start = s.start;
    let end = s.end;
    const name = text.slice(s.start, s.end);
    // The last word is looked up before the word in front is read: most names end in no such word.
    const before = NATION_HEADED.has(name.slice(name.lastIndexOf(' ') + 1)) && name.includes(' ') ? wordBefore(text, s.start, true) : null;
    if (before && DEMONYMS.has(before.word)) start = before.start;
    // "Isle of" + "Anglesey County Council": "of" is lower case, so read the two words before by hand.
    if (start === s.start && text.endsWith(' of ', s.start) && LOCAL_BODY.test(name)) {
      const head = wordBefore(text, s.start - 3, true);
      if (head && PLACE_OF.has(head.word)) start = head.start;
    }
    // "Sector for" + "Emergency Management": a unit's word the model left before the name of its field.
    if (start === s.start && (text.endsWith(' for ', s.start) || text.endsWith(' of ', s.start))) {
      const head = wordBefore(text, s.start - (text[s.start - 2] === 'r' ? 4 : 3), true);
      if (head && UNIT_HEADS.has(head.word) && !(k > 0 && spans[k - 1].end > head.start)) start = head.start;
    }
    const served = servedAfter(text, spans, k);
    // "Institute of Seismology" + " of the " + "National Academy of Sciences": an academy's institute is named with the academy.
    const academy = served && served.type === 'organization' && ACADEMY_UNIT.test(name) && ACADEMY.test(text.slice(served.start, served.end));
    if (served && goesOnWithOf(name) && (academy || served.type === 'place' || (!isBody(text.slice(served.start, served.end)) && SHORT_AFTER.test(text.slice(served.end, served.end + 14))))) {
      end = served.end;
      k++;
    }
    if (start !== s.start || end !== s.end) names.push({ type: 'organization', start, end });
    const short = text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 ? SHORT_AFTER.exec(text.slice(end, end + 14)) : null;
    // A long name defined by its short one is the body wherever else the article writes it whole.
    if (short && text.slice(start, end).includes(' ')) longs.add(text.slice(start, end));
    if (short && !isPlace(short[1]) && !PLACES.has(short[1]) && !STOP.has(short[1]) && !DEMONYMS.has(short[1])) shorts.add(short[1]);
  }
  // A short name other rules already found as the organisation's is left to them ("visit the DWR page").
  for (const s of spans) if (s.type === 'organization' && shorts.size && shorts.has(text.slice(s.start, s.end))) shorts.delete(text.slice(s.start, s.end));
  if (longs.size) names.push(...wholeWordMentions(text, longs, 'organization'));
  if (!names.length && !shorts.size) return spans as NamedSpan[];
  const whole = names.length ? withWholeNames(spans, names) : [...spans];
  if (!shorts.size) return whole;
  // The short name's mentions: a span exactly over one takes the organisation's type, a missed one is added.
  const typed = mapChangedSpans(whole, (s) => (s.type !== 'organization' && shorts.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s));
  return withWholeNames(typed, wholeWordMentions(text, shorts, 'organization'));
}
