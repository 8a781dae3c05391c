import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { ORG_WORDS } from './rule-tagger';
import { wordLedMatches } from './word-led';

/**
 * Bodies named with a nation, which the model reads as the nation or cuts short: a devolved or
 * national institution or party after the nation's adjective ("Scottish Parliament", "Welsh
 * Government", "Northern Ireland Executive", "Scottish Labour"), where the model keeps "Parliament"
 * alone or nothing; a body named by its field and its nation ("Universities Scotland", "Reform UK"),
 * and a country's agency named by its fields joined by "and" ("UK Visas and Immigration"), which the
 * model reads as the country.
 */

/** The nations' adjectives and names that open an institution's or a party's name. */
const NATION = String.raw`Scottish|Welsh|Northern[ \t]+Irish|Northern[ \t]+Ireland|Irish|English|British|Scotland|Wales`;
/** Institutions and parties after a nation's adjective. */
const BODY = String.raw`Parliament|Government|Executive|Assembly|Office|Labour|Conservatives|Conservative[ \t]+Party|Tories|Greens|Green[ \t]+Party|Liberal[ \t]+Democrats|Lib[ \t]+Dems|National[ \t]+Party|Socialist[ \t]+Party`;
/** A nation's adjective and an institution or a party, ending there (not "Scottish Government ministers" cut, nor "Scottish Office Minister"). */
const NATIONAL_BODY = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${NATION})[ \t]+(?:${BODY})(?![\p{L}\p{N}-]|[ \t]+\p{Lu})`, 'gu');

/** Nations and countries that end a body's name after its field ("Universities Scotland", "Reform UK"). */
const NATIONS = new Set(['UK', 'Britain', 'England', 'Scotland', 'Wales', 'Ireland', 'Northern Ireland', 'Cymru']);
/** Fields and plural members that open a body's name before its nation. */
const FIELDS = new Set(['Universities', 'Colleges', 'Schools', 'Reform', 'Sport', 'Visit', 'Homes', 'Skills', 'Education', 'Transport', 'Police', 'Historic', 'Natural', 'Water', 'Forestry', 'Creative', 'Arts', 'Citizens', 'Enterprise', 'Business', 'Tourism', 'Athletics', 'Cycling', 'Swim', 'Sportscotland']);
/** A capitalised word right before a name, one space apart: the field ("Reform " of "Reform UK"). */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)[ \t]$/u;
/** Capitalised words joined by "and" after a country's name, ending the name: " Visas and Immigration". */
const AND_FIELDS_AFTER = /^[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/u;
/** Countries that open an agency's name ("UK Visas and Immigration", "US Customs and Border Protection"). */
const AGENCY_COUNTRIES = new Set(['UK', 'US', 'U.S.', 'EU']);

/** A country's agency's name cut at "and": "UK Visas". */
const AGENCY_START = /^(?:UK|US|U\.S\.|EU)[ \t]+\p{Lu}\p{Ll}+$/u;
const AND_GAP = /^[ \t]+(?:and|&)[ \t]+$/u;
/** The fields after "and" in an agency's name: "Immigration", "Border Protection". */
const AGENCY_END = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?$/u;

/** The mentions of a nation's institutions and parties in `text`, tried only where a nation's word starts (see `word-led.ts`). */
const bodiesIn = wordLedMatches(NATIONAL_BODY);

/**
 * Spans (sorted, apart) with the bodies named with a nation made whole organisations; see the file's
 * comment. A span reaching past such a name (a longer name) is left as it is; spans inside it give way.
 */
export function withNationalBodies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    // "UK Visas" + " and " + "Immigration": the parts of an agency's name the split at "and" made (a
    // second part ending in an organisation word, "U.S. Space" + "Rocket Center", is left to the rules for those).
    if (next && s.type !== 'person' && next.type !== 'person' && AND_GAP.test(text.slice(s.end, next.start)) && AGENCY_START.test(text.slice(s.start, s.end)) && AGENCY_END.test(text.slice(next.start, next.end)) && !ORG_WORDS.test(text.slice(next.start, next.end).split(' ').pop()!)) {
      out.push({ type: 'organization', start: s.start, end: next.end });
      k++;
      continue;
    }
    if (s.type !== 'place') {
      out.push(s);
      continue;
    }
    const name = text.slice(s.start, s.end);
    const space = name.lastIndexOf(' ');
    // "Universities Scotland" found as one place.
    if (space > 0 && NATIONS.has(name.slice(space + 1)) && FIELDS.has(name.slice(0, space))) {
      out.push({ ...s, type: 'organization' });
      continue;
    }
    if (!NATIONS.has(name) && !AGENCY_COUNTRIES.has(name)) {
      out.push(s);
      continue;
    }
    // "Reform" + "UK": a field right before the nation, apart from the span before.
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 16), s.start));
    const prevEnd = out.length ? out[out.length - 1].end : 0;
    if (before && FIELDS.has(before[1]) && NATIONS.has(name) && s.start - before[0].length >= prevEnd) {
      out.push({ type: 'organization', start: s.start - before[0].length, end: s.end });
      continue;
    }
    // "UK" + " Visas and Immigration", where no other span stands.
    const fields = AGENCY_COUNTRIES.has(name) ? AND_FIELDS_AFTER.exec(text.slice(s.end, s.end + 60)) : null;
    if (fields && !(k + 1 < spans.length && spans[k + 1].start < s.end + fields[0].length)) {
      out.push({ type: 'organization', start: s.start, end: s.end + fields[0].length });
      continue;
    }
    out.push(s);
  }
  // Spans inside the name ("Parliament", "Scottish") give way; one reaching out of it stands.
  return withWholeNames(out, mapSpans(bodiesIn(text), (m) => ({ type: 'organization' as const, start: m.index, end: m.index + m[0].length })));
}
