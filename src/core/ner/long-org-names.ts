import type { NamedSpan } from './index';
import { OF_HEAD } from './org-patterns';
import { ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { charAfterSpaces } from './chars-round-spaces';
import { previousWord, type WordBefore } from './word-before';
import { ORG_NAME_WORD as WORD } from './name-words';

/** A word in title case: the verb of a campaign's "to <Verb>" ("Protect"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Long organisation names the model cuts short: "<organisation word> of/for/on ..." names on both sides
 * of what it found ("Office for" + "National Statistics", "Council on" + "Foreign Relations", "Campaign to Protect" + "Rural England", "U.S. District Court" + "for the Western
 * District of Oklahoma", "Ministry of Housing" + ", Communities and Local Government"), a place before
 * its legislature ("Oklahoma" + "Legislature"), an agency's field before its country ("Environment" +
 * "Canada"), and a broadcaster's channel number ("BBC Radio" + "4",
 * "KTVR" + "7 News"), and a name cut after an adjective of its "of" part ("London Court of
 * International" + "Arbitration"), and a numbered subsidiary's two parts around its number ("China
 * Railway" + "No. 2" + "Engineering Group").
 */

/** Capitalised words joined by the short words of long names: "Western District of Oklahoma", "Welfare of Immigrants". */
const RUN = String.raw`${WORD}(?:(?:[ \t]+(?:of|and|for|the|&))*[ \t]+${WORD}|,[ \t]+${WORD})*`;
/** "of"/"for", "the", and the run of the name after an organisation word. */
const OF_AFTER = new RegExp(String.raw`^[ \t]+(of|for)[ \t]+(?:the[ \t]+)?(${RUN})`, 'u');
/** An organisation word with up to two capitalised words before it, then "of"/"for"/"on" (and "the") right before a name. */
const OF_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${WORD}[ \t]+){0,2})(${WORD})[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?$`, 'u');
/** Bodies named for what they study or advise on, going on with "on": "Council on" (Foreign Relations), "Institute on" (Taxation). */
const ON_HEAD = /^(?:Council|Committee|Commission|Center|Centre|Institute|Conference|Panel|Board)$/u;
/** A campaign's name going on with "to" and a verb in title case, right before a name: "Campaign to Protect " (Rural England). */
const TO_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${WORD}[ 	]+){0,2})(?:Campaign|Committee|Coalition|Alliance|Movement|Fund)[ 	]+to[ 	]+\p{Lu}\p{Ll}+[ 	]+$`, 'u');
/** Capitalised words that open sentences and phrases, not names. */
const NOT_NAME = /^(?:The|A|An|This|That|In|On|At|By|For|From|With|To|Of|And|But|Or|If|When|After|Before|As|Its|His|Her|Their)$/u;
/** Bodies named after the place they serve, right after it: "Oklahoma Legislature", "UK Government", "Los Angeles Sheriff's office". */
const BODY_AFTER = /^[ \t]+(?:Legislature|Parliament|Government|Assembly|Senate|Police|Congress|Cabinet|Tourism|Sheriff(?=['’]s[ \t]+(?:[Oo]ffice|[Dd]epartment)))(?![\p{L}\p{N}]|[ \t]+\p{Lu})/u;
/** The first letters of {@link BODY_AFTER}'s words: a place followed by none of them is spared the pattern. */
const BODY_FIRST_LETTERS = new Set(['L', 'P', 'G', 'A', 'S', 'C', 'T']);
/** Whether a character code is a space or a tab, which the patterns read after a name open with. */
const isBlankCode = (code: number): boolean => code === 32 || code === 9;
/** Whether `c` is one ASCII digit, which a channel's number after a name opens with. */
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
/**
 * Agencies named by their field and their country: "Environment Canada", "Statistics Norway", "Sport
 * England", "Business Finland", and by two fields joined by "and": "Fisheries and Oceans Canada",
 * "Environment and Climate Change Canada"; a word hyphened to the field is the name's ("Air-Transport Europe").
 */
const FIELD_WORDS = new Set(['Environment', 'Statistics', 'Health', 'Parks', 'Transport', 'Fisheries', 'Sport', 'Historic', 'Natural', 'Tourism', 'Elections', 'Revenue', 'Immigration', 'Infrastructure', 'Business']);
const FIELD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:\p{Lu}\p{Ll}+-)?(?:${[...FIELD_WORDS].join('|')})(?:[ \t]+and(?:[ \t]+\p{Lu}\p{Ll}+){1,3})?[ \t]$`, 'u');
/** " and " between two parts of one name. */
const AND_GAP = /^[ \t]+and[ \t]+$/u;
/** Groups named for a cause, going on with "for" only: "Citizens for Accountability", "Americans for Prosperity". */
const FOR_HEAD = /^(?:Citizens|Americans|Parents|Scientists|Doctors|Lawyers|Women|Veterans|Students)$/u;
/** Organisation words that a model may read alone as a place or a person, but name no one else. */
const LONE_HEAD = /^(?:Directorate-General|Directorate)$/u;
/**
 * A list of capitalised words closed by a comma, right before a name that goes on with "and":
 * "The Meteorology, " (Climatology and Geophysics Agency). Group 1 is the list; it must open a
 * sentence or follow "the".
 */
const LIST_BEFORE = /(?:^|[.!?]\s+|\n|\b[Tt]he[ \t]+)((?:\p{Lu}\p{Ll}+,[ \t]+){1,3})$/u;
/** A channel's or a station's number, after the broadcaster's name: "Radio 4", "7 News", "Channel 5". */
const CHANNEL_AFTER = /^[ \t]+\d{1,2}(?:[ \t]+News)?(?![\p{L}\p{N}])/u;
const CHANNEL_WORD = /(?:^|\s)(?:Radio|TV|Channel|Television)$/u;

/** An adjective, which needs its noun after it, closing a name's "of" part: "Court of International" (Arbitration). */
const OPEN_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+(?:al|ic|ive)|Foreign|Public|Higher)$/u;
/** Up to three capitalised words right after a name, one space between: " Arbitration", " Health Sciences". */
const NOUNS_AFTER = /^[ \t](\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})(?![\p{L}\p{M}\p{N}'’-])/u;

/** The end of the nouns after an organisation `s` cut after an adjective of its "of" part, or -1. */
function endOfAdjective(text: string, s: NamedSpan, last: string, next: NamedSpan | undefined): number {
  const m = OPEN_ADJECTIVE.test(last) && text.slice(s.start, s.end).includes(' of ') ? NOUNS_AFTER.exec(text.slice(s.end, s.end + 60)) : null;
  if (!m || m[1].split(/[ \t]/u).some((w) => STOP.has(w))) return -1;
  const end = s.end + m[0].length;
  return next && next.start < end && (next.type === 'person' || next.end > end) ? -1 : end;
}

/** The end of the name going on after `s` over "of/for ...", or `s.end`; never into a person's name. */
function endOfOf(text: string, s: NamedSpan, next: NamedSpan | undefined): number {
  // Only an organisation goes on: the other spans are not read.
  if (s.type !== 'organization') return s.end;
  const name = text.slice(s.start, s.end);
  const last = name.slice(name.lastIndexOf(' ') + 1);
  // "Citizens for Accountability": groups named for a cause go on with "for" only.
  const forOnly = FOR_HEAD.test(last);
  const adjectiveEnd = text.charCodeAt(s.end) === 32 ? endOfAdjective(text, s, last, next) : -1;
  if (adjectiveEnd > 0) return adjectiveEnd;
  if (!(forOnly || OF_HEAD.test(last))) return s.end;
  const m = OF_AFTER.exec(text.slice(s.end, s.end + 120));
  if (!m || (forOnly && m[1] !== 'for')) return s.end;
  let run = m[2];
  // A comma goes on only into a list closed by "and" ("Housing, Communities and Local Government").
  const comma = run.indexOf(',');
  if (comma >= 0 && !/[ \t]and[ \t]/u.test(run.slice(run.lastIndexOf(',')))) run = run.slice(0, comma);
  run = run.replace(/(?:[ \t]+(?:of|and|for|the|&))+$/u, '');
  const end = s.end + m[0].length - m[2].length + run.length;
  // "Parliament for Ukraine", "an MP of the Democratic Party for Vlorë": "for" a lone place (a well-known
  // one, or the place the model found right after "for") is where the body works, not its name ("the
  // Policy Center for the New South" is one).
  const foundPlace = next?.type === 'place' && next.start === end - run.length && next.end === end && m[0].length - m[2].length === m[1].length + 2;
  if (m[1] === 'for' && (PLACES.has(run) || foundPlace)) return s.end;
  // The run takes in names the model found inside it, never a person's, nor one reaching out of it.
  if (next && next.start < end && (next.type === 'person' || next.end > end)) return s.end;
  return end;
}

/** Whether `w` is the "of", "for" or "on" that goes on a long organisation name. */
const isOfWord = (w: WordBefore | null): boolean => w?.word === 'of' || w?.word === 'for' || w?.word === 'on';

const LETTER = /\p{L}/u;

/** Where the letters that end at `end` start (back to `from` at most). */
function lettersStart(text: string, from: number, end: number): number {
  let start = end;
  for (; start > from; start--) {
    const c = text.charCodeAt(start - 1);
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : !LETTER.test(text[start - 1])) break;
  }
  return start;
}

/**
 * Whether the word before the spaces before `pos` (back to `from` at most) may be one `head`
 * accepts, as the organisation word {@link OF_BEFORE} ends in must be: its letters are one, or a
 * hyphen stands before them ("Directorate-" + "General").
 */
function headWordBefore(text: string, from: number, pos: number, head: RegExp): boolean {
  let end = pos;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === pos) return false;
  const start = lettersStart(text, from, end);
  return (start > from && text[start - 1] === '-') || head.test(text.slice(start, end));
}

/** The start of "<organisation word> of/for/on" or "Campaign to <Verb>" right before `s`, or `s.start`. */
function startOfOf(text: string, s: NamedSpan, previousEnd: number): number {
  // The words right before say whether either pattern can match, before the patterns are tried.
  const w1 = previousWord(text, s.start);
  // The word before that counts only after "the" ("of the") or a capitalised word ("to Reform").
  const w2 = w1 && (w1.word === 'the' || TITLE_WORD.test(w1.word)) ? previousWord(text, w1.start) : null;
  const ofBefore = isOfWord(w1) || (w1?.word === 'the' && isOfWord(w2));
  const on = w1?.word === 'on' || (w1?.word === 'the' && w2?.word === 'on');
  // What a body "on" studies is no person, though the model may read it as one ("Council on" + "American-Islamic
  // Relations"); a place after "on" is the body's subject, not its name ("criticised the Commission on Ukraine").
  if (s.type === 'person' ? !on : on && s.type === 'place') return s.start;
  const toBefore = !!w1 && w2?.word === 'to' && TITLE_WORD.test(w1.word);
  if (!ofBefore && !toBefore) return s.start;
  const from = Math.max(previousEnd, s.start - 60);
  const head = on ? ON_HEAD : OF_HEAD;
  // The pattern's organisation word is the word right before "of"/"for"/"on": it is looked at first.
  const of = ofBefore && headWordBefore(text, from, (isOfWord(w1) ? w1 : w2)!.start, head) ? OF_BEFORE.exec(text.slice(from, s.start)) : null;
  const m = of && head.test(of[2]) ? of : toBefore && s.type !== 'person' ? TO_BEFORE.exec(text.slice(from, s.start)) : null;
  if (!m) return s.start;
  const words = m[1].split(/[ \t]+/u).filter(Boolean);
  while (words.length && NOT_NAME.test(words[0])) words.shift();
  return from + m.index + m[1].length - words.reduce((n, w) => n + w.length + 1, 0);
}

/** The start of a list closed by a comma right before `at` ("The Meteorology, "), or -1. */
function startOfList(text: string, at: number, previousEnd: number): number {
  if (text[at - 2] !== ',') return -1;
  const from = Math.max(previousEnd, at - 60);
  const list = LIST_BEFORE.exec(text.slice(from, at));
  if (!list || list[1].split(/,?[ \t]+/u).some((w) => PLACES.has(w))) return -1;
  return from + list.index + list[0].length - list[1].length;
}

/** Whether `name` ends in an organisation word ("... Geophysics Agency"). */
const endsInOrganisationWord = (name: string): boolean => ORG_WORDS.test(name.slice(name.lastIndexOf(' ') + 1));

/**
 * Spans (sorted, apart) with a name that goes on with "and" taking in the list closed by a comma right
 * before it: "The Meteorology, " + "Climatology and Geophysics Agency", whether the model found the
 * name whole or as "Climatology" and "Geophysics Agency".
 */
export function withListsBefore(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    const previousEnd = out.length ? out[out.length - 1].end : 0;
    if (s.type !== 'organization' || text[s.start - 2] !== ',') {
      out.push(s);
      continue;
    }
    const name = text.slice(s.start, s.end);
    const whole = name.includes(' and ') && endsInOrganisationWord(name);
    const pair = !whole && !!next && next.type === 'organization' && AND_GAP.test(text.slice(s.end, next.start)) && endsInOrganisationWord(text.slice(next.start, next.end));
    const start = whole || pair ? startOfList(text, s.start, previousEnd) : -1;
    if (start < 0) {
      out.push(s);
      continue;
    }
    out.push({ ...s, start, end: pair ? next.end : s.end });
    if (pair) k++;
  }
  return out;
}

/**
 * Where an agency named by its field starts before the country `s` ends with ("Fisheries and " +
 * "Oceans Canada", "Statistics " + "Norway"), or -1. Only the words before the country are read as
 * the field's, whether the model put some of them in the place or not.
 */
function fieldBefore(text: string, s: NamedSpan, previous: NamedSpan | undefined): number {
  const name = text.slice(s.start, s.end);
  const country = name.slice(name.lastIndexOf(' ') + 1);
  if (!PLACES.has(country)) return -1;
  const countryStart = s.end - country.length;
  const from = Math.max(0, countryStart - 48);
  const before = text.slice(from, countryStart);
  // A field's word and a space right before the country, or "and" between two fields: most places have neither.
  const blank = countryStart - 1;
  const mayBeField = blank > from && (text[blank] === ' ' || text[blank] === '\t') && (FIELD_WORDS.has(text.slice(lettersStart(text, from, blank), blank)) || before.includes('and'));
  const field = mayBeField ? FIELD_BEFORE.exec(before) : null;
  const start = field ? from + field.index : -1;
  // A name found before may only be a part of the field's words ("Fisheries" of "Fisheries and Oceans Canada").
  return start >= 0 && start <= s.start && (!previous || previous.end <= start || (previous.start >= start && previous.type === 'organization')) ? start : -1;
}

/** Whether `name` is an agency named by its field and its country, "and" inside it ("Fisheries and Oceans Canada"): one name, not two. */
export function isFieldAgency(name: string): boolean {
  const space = name.lastIndexOf(' ');
  if (space < 0 || !PLACES.has(name.slice(space + 1))) return false;
  const field = FIELD_BEFORE.exec(name.slice(0, space + 1));
  return field?.index === 0;
}

/** The number of a numbered subsidiary between two parts of its name: " No. 2 ", " No.14 ". */
const NUMBER_INSIDE = /^ No\. ?\d{1,3} $/u;

/** Extends spans (sorted, apart) into the long organisation names around them; see the file's comment. */
export function wholeOrganisationNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    // Each change makes a new span: the many spans no rule here changes are kept as they are.
    let s = spans[k];
    const previousEnd = out.length ? out[out.length - 1].end : 0;
    // A lone organisation word is no place nor person ("Directorate-General" read as a place).
    if (s.type !== 'organization' && text[s.start] === 'D' && LONE_HEAD.test(text.slice(s.start, s.end))) s = { ...s, type: 'organization' };
    const start = startOfOf(text, s, previousEnd);
    if (start < s.start) s = { ...s, start, type: 'organization' };
    const field = s.type === 'place' && start === s.start ? fieldBefore(text, s, out[out.length - 1]) : -1;
    if (field >= 0) {
      while (out.length && out[out.length - 1].end > field) out.pop();
      s = { ...s, start: field, type: 'organization' };
    }
    const body = s.type === 'place' && isBlankCode(text.charCodeAt(s.end)) && BODY_FIRST_LETTERS.has(charAfterSpaces(text, s.end)) ? BODY_AFTER.exec(text.slice(s.end, s.end + 20)) : null;
    if (body) s = { ...s, end: s.end + body[0].length, type: 'organization' };
    const channel = s.type === 'organization' && isBlankCode(text.charCodeAt(s.end)) && isDigit(charAfterSpaces(text, s.end)) ? CHANNEL_AFTER.exec(text.slice(s.end, s.end + 12)) : null;
    if (channel && (CHANNEL_WORD.test(text.slice(s.start, s.end)) || /News$/u.test(channel[0]))) s = { ...s, end: s.end + channel[0].length };
    // "China Railway" + " No. 2 " + "Engineering Group": a numbered subsidiary's number inside its name.
    const numbered = spans[k + 1];
    if (s.type === 'organization' && numbered?.type === 'organization' && text.startsWith(' No.', s.end) && NUMBER_INSIDE.test(text.slice(s.end, numbered.start))) {
      s = { ...s, end: numbered.end };
      k++;
    }
    const end = endOfOf(text, s, spans[k + 1]);
    if (end > s.end) {
      s = { ...s, end };
      while (k + 1 < spans.length && spans[k + 1].start < end) k++;
    }
    out.push(s);
  }
  return out;
}
