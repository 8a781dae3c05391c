import { COMMON_INITIALS, PLACE_INITIALS } from './common-initials';
import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { DEMONYMS, PLACES, STOP, TITLES } from './rule-tagger';
import { patternCharTest } from './whole-words';
import { wordAfter } from './word-after';

/**
 * A group's letters before capitalised words name one company: "LG Energy Solution", "LG Chem", "SK
 * Innovation", "SK On", "GE Vernova", "CID Gallup". The model takes the letters for the company and
 * the words after for other names or none ("LG" + "Energy", "SK" as a place), or takes a word after
 * the letters for a place ("Gallup"). A person's initials ("JD Vance") are left to the model, as are
 * country letters before a title or a place ("US President", "UK Midlands"), a party's before a
 * chamber ("BJP Lok Sabha MP"), a body's before its event or law ("NFL Draft", "MACC Act"), a
 * regional office's before a place the article names and a job ("OCD Caraga director") and title-case
 * headlines.
 */

/** A group's letters: two to five capitals. */
const LETTERS = /^\p{Lu}{2,5}$/u;
/** Letters that are a place's, a job's or a kind of body's ("the NGO Riverwatch"), never a group's. */
const NOT_GROUP = new Set([...PLACE_INITIALS, ...COMMON_INITIALS]);
/** A capitalised word of a name ("Energy", "Hynix", "Mercedes-Benz"), not one in capitals. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}'’-]*$/u;
/** Ministers' portfolios among the titles, which are company words too ("LG Energy Solution", "BNP Finance"). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(['Energy', 'Finance', 'Health', 'Agriculture', 'Environment', 'Infrastructure', 'Transport', 'Education', 'Economy', 'Central']);
/** Last words of an event, a competition, a prize or a law named after a group, not of the group's name: "FIFA World Cup", "EHF Champions League", "BAFTA Film Awards", "MACC Act". */
const EVENT_WORDS = new Set(['Act', 'Bill', 'Law', 'Code', 'Treaty', 'Accord', 'Protocol', 'Cup', 'Cups', 'League', 'Championship', 'Championships', 'Games', 'Olympics', 'Awards', 'Award', 'Prize', 'Trophy', 'Summit', 'Festival', 'Open', 'Series', 'Tour', 'Rally', 'Marathon', 'Classic', 'Week', 'Day', 'Draft', 'Conference', 'Convention']);
/** A chamber or a government a party's letters stand before: "BJP Lok Sabha MP", "GOP Senate candidate" name the party and the chamber. */
const CHAMBER_WORDS = new Set(['Lok', 'Rajya', 'Vidhan', 'Sabha', 'Senate', 'House', 'Assembly', 'Congress', 'Parliament', 'Government', 'Cabinet', 'Duma', 'Knesset', 'Bundestag', 'Majlis', 'Legislature']);
/** A job at a group's office in a place, after the place: " director", " spokesman". */
const REGIONAL_JOB_AFTER = /^[ \t]+(?:director|chief|head|spokes(?:man|woman|person)|officials?|officer|commander|chairman|chairwoman|administrator|coordinator|manager)(?![\p{L}])/u;

/** Whether the article gives `words` a place's span somewhere other than at `at`. */
function placedElsewhere(text: string, spans: readonly NamedSpan[], words: string, at: number): boolean {
  return spans.some((s) => s.type === 'place' && s.start !== at && s.end - s.start === words.length && text.startsWith(words, s.start));
}

/** How far a headline's words are read around a name. */
const HEADLINE_REACH = 200;
/** At most this many words after the letters. */
const MAX_WORDS = 3;

/** A character of a word after the letters: all but spaces, quotes, brackets and punctuation marks. */
const isWordChar = patternCharTest(/[^\s,.;:!?()"“”]/u);

/** Whether a word of a name is a title (not a portfolio) or a nationality: "President", "Secretary-General", "Korean". */
function isTitle(word: string): boolean {
  return word.split('-').some((part) => TITLES.test(part) && !PORTFOLIOS.has(part)) || DEMONYMS.has(word);
}

/** Whether the line around `at` is a title-case headline: no word of four or more letters in lower case. */
export function inTitleCaseLine(text: string, at: number): boolean {
  // A headline is short: the line is read at most this far either side.
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && at - start < HEADLINE_REACH) start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && end - at < HEADLINE_REACH) end++;
  return !/(?:^|[\s(])\p{Ll}{4,}/u.test(text.slice(start, end));
}

/** Whether `letters` can be a group's name. */
function isGroupLetters(letters: string): boolean {
  return LETTERS.test(letters) && !NOT_GROUP.has(letters) && !PLACES.has(letters[0] + letters.slice(1).toLowerCase());
}

/**
 * The end of the company's name after the letters ending at `end`, or -1: one to three capitalised
 * words, none a title, and no capitalised word after them. A short function word ends a name only
 * before a comma, a full stop or "and" ("SK On, a unit of").
 */
function nameEnd(text: string, end: number): number {
  let last = -1;
  let words = 0;
  for (let w = wordAfter(text, end, isWordChar); w; w = wordAfter(text, w.end, isWordChar)) {
    const { word } = w;
    if (STOP.has(word)) return words === 0 && word.length <= 3 && /^(?:[,.;]|[ \t]+and[ \t])/u.test(text.slice(w.end, w.end + 5)) ? w.end : -1;
    if (!NAME_WORD.test(word)) return last;
    if (EVENT_WORDS.has(word) || CHAMBER_WORDS.has(word)) return -1;
    if (isTitle(word) || ++words > MAX_WORDS) return -1;
    last = w.end;
  }
  return last;
}

/** Spans (sorted, apart) with a group's letters and the words after them made one company; see the file's comment. */
export function withGroupCompanies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'person' || (names.length && s.start < names[names.length - 1].end)) continue;
    let start = s.start;
    let from = s.end;
    // Cheap looks first, as this runs for every name: a space after the name, or a capital before it.
    const after = text.charCodeAt(s.end) === 32;
    const capitalBefore = s.start > 1 && text.charCodeAt(s.start - 1) === 32 && text.charCodeAt(s.start - 2) >= 65 && text.charCodeAt(s.start - 2) <= 90;
    if (!after && !capitalBefore) continue;
    if (!(after && s.end - s.start <= 5 && isGroupLetters(text.slice(s.start, s.end)))) {
      // "CID Gallup": the letters before the span, which no span holds.
      if (!capitalBefore) continue;
      let at = s.start - 1;
      while (at > 0 && /\p{Lu}/u.test(text[at - 1])) at--;
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
      if (!isGroupLetters(text.slice(at, s.start - 1)) || (k > 0 && spans[k - 1].end > at)) continue;
      start = at;
      from = s.start - 1;
    }
    const end = nameEnd(text, from);
    if (end < 0 || (end <= s.end && start === s.start)) continue;
    // "BJP Delhi", "AFP Paris": letters before a well-known place are the group and the place. So are
    // letters before a name the article gives a place elsewhere ("aid sent to Caraga") and a job there
    // ("OCD Caraga director Rosa Uy"): the group's office in that place and the person who runs it.
    const words = text.slice(from + 1, end);
    if (PLACES.has(words) || (REGIONAL_JOB_AFTER.test(text.slice(end, end + 16)) && placedElsewhere(text, spans, words, from + 1))) continue;
    // Not over a person's name (the spans from this one on are those it can reach).
    let person = false;
    for (let o = k; o < spans.length && spans[o].start < end; o++) person ||= spans[o].type === 'person';
    if (!person && !inTitleCaseLine(text, start)) names.push({ type: 'organization', start, end: Math.max(end, s.end) });
  }
  // A longer name that goes on past the words stands.
  return withWholeNames(spans, names);
}
