import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { isSportsReport } from './sports-clubs';
import { DEMONYMS, STOP } from './rule-tagger';
import { wordStartsWith } from './word-led';
import { isNameChar } from './name-chars';

/**
 * Teams named by a plural, as rugby, league and American sport name them ("the Blues", "the
 * Hurricanes", "the Bay of Plenty Steamers", "All Blacks coach"): in a sports report, capitalised
 * words ending in a plural after "the" are the team when they are several ("the Bay of Plenty
 * Steamers"), or when one of the word's mentions has a match's cue ("against the Blues", "beat the
 * Hurricanes 27-19") or a club's people after it ("All Blacks coach"); then every mention after
 * "the" is the team. Plurals that name events, groups of islands or hills, or peoples are left alone
 * ("the Commonwealth Games", "the Cook Islands", "the New Zealanders"), and so are listed places.
 */

/** Last words of plural names that are no team: events, prizes, landforms, the press. */
const NOT_TEAMS = new Set(['Games', 'Olympics', 'Paralympics', 'Championships', 'Nations', 'Series', 'Awards', 'Honours', 'Honors', 'Finals', 'Masters', 'Classics', 'Trials', 'Islands', 'Isles', 'Mountains', 'Hills', 'Highlands', 'Lowlands', 'Midlands', 'Falls', 'Lakes', 'Plains', 'Heights', 'Springs', 'Gardens', 'Alps', 'Keys', 'Downs', 'Fields', 'Ages', 'Times', 'News', 'Affairs', 'Forces', 'Sports', 'Rules', 'Laws', 'Relations', 'Works', 'Studios', 'Records', 'Sciences', 'Arts', 'Services', 'Commons', 'Lords', 'States', 'Emirates', 'Territories', 'Provinces', 'Regions', 'Districts', 'Pictures', 'Brothers', 'Sisters']);

/** A plural name after "the": up to four capitalised words, "of" between them, the last a plural ("Bay of Plenty Steamers"), and no competition's word after it ("the EHF Champions League"). */
const THE_PLURAL = /(?:^|[^\p{L}\p{M}])the[ \t]+((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+(?:of[ \t]+)?){0,3}\p{Lu}[\p{Ll}\p{M}]+s)(?![\p{L}\p{M}\p{N}-]|['’]\p{L}|[ \t]+(?:League|Cup|Trophy)(?![\p{L}]))/gu;
/** A plural name of one or two words before a club's people: "All Blacks coach", "Lions captain". */
const PEOPLE_AFTER_PLURAL = /(?:^|[^\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+)?\p{Lu}[\p{Ll}\p{M}]+s)[ \t]+(?:coach|head coach|captain|skipper|manager|fans|supporters|squad|players?)(?![\p{L}])/gu;
/** The club's people's words of {@link PEOPLE_AFTER_PLURAL} as they start ("head coach" with "head"). */
const PEOPLE_WORDS = ['coach', 'head coach', 'captain', 'skipper', 'manager', 'fans', 'supporters', 'squad', 'player'];
/** {@link PEOPLE_AFTER_PLURAL} tried at one position. */
const PEOPLE_AFTER_PLURAL_AT = new RegExp(PEOPLE_AFTER_PLURAL.source, 'uy');
const LOWER_OR_MARK = /[\p{Ll}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/** Whether the code is half of a character beyond the basic plane, which reading back one unit at a time would split. */
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
/** Whether the character at `at` is a lower-case letter or a mark. */
function lowerOrMarkAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_OR_MARK.test(text[at]);
}
/** Whether the character at `at` is a capital. */
function upperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[at]);
}

/**
 * Where a match of {@link PEOPLE_AFTER_PLURAL} ending in the people's word at `q` may start: before
 * the plural's capital, and before the capitalised word ahead of it; read back from the word rather
 * than tried at every position, added to `starts`. False when a character beyond the basic plane
 * stands in the way (the text is then searched the usual way).
 */
function peopleMatchStarts(text: string, q: number, starts: number[]): boolean {
  let e = q;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (e === q || text[e - 1] !== 's') return true;
  let b = e - 1;
  while (b > 0 && lowerOrMarkAt(text, b - 1)) b--;
  if (b > 0 && isSurrogate(text.charCodeAt(b - 1))) return false;
  if (b === 0 || e - b < 2 || !upperAt(text, b - 1)) return true;
  b--;
  if (b > 0 && isSurrogate(text.charCodeAt(b - 1))) return false;
  starts.push(Math.max(0, b - 1));
  // The capitalised word ahead: the whole run of a name's characters one or more spaces before.
  let e0 = b;
  while (e0 > 0 && (text[e0 - 1] === ' ' || text[e0 - 1] === '\t')) e0--;
  if (e0 === b) return true;
  let b0 = e0;
  while (b0 > 0 && isNameChar(text.charCodeAt(b0 - 1), text[b0 - 1])) b0--;
  if (b0 > 0 && isSurrogate(text.charCodeAt(b0 - 1))) return false;
  if (b0 < e0 && upperAt(text, b0)) starts.push(Math.max(0, b0 - 1));
  return true;
}

/**
 * The matches of {@link PEOPLE_AFTER_PLURAL} in `text`, the same as a search of the whole text: found
 * from where the people's words start (see word-led) and tried only where such a match may start.
 */
function peopleAfterPlurals(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (const word of PEOPLE_WORDS) {
    for (const q of wordStartsWith(text, word) ?? []) if (!peopleMatchStarts(text, q, starts)) return [...text.matchAll(PEOPLE_AFTER_PLURAL)];
  }
  starts.sort((a, b) => a - b);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    PEOPLE_AFTER_PLURAL_AT.lastIndex = at;
    const m = PEOPLE_AFTER_PLURAL_AT.exec(text);
    if (!m) continue;
    found.push(m);
    from = at + m[0].length;
  }
  return found;
}

/** A match's words right before "the": "against the", "beat the", "play the". */
const CUE_BEFORE = /(?<![\p{L}])(?:beat|beating|beaten|defeated|defeating|thrashed|against|play|plays|played|playing|face|faces|faced|facing|meet|meets|host|hosts|hosted|lost[ \t]+to|losing[ \t]+to|lose[ \t]+to|win[ \t]+over|victory[ \t]+over|defeat[ \t]+(?:to|by))[ \t]+$/u;
/** A score or a match's verb right after the name: "the Hurricanes 27-19", "the Blues won". */
const CUE_AFTER = /^(?:[ \t]+\d{1,3}[ \t]*[-–—][ \t]*\d{1,3}(?![\d])|[ \t]+(?:beat|won|lost|drew|host|travel|face)(?![\p{L}]))/u;

/** The text last read and the names found in it: each article is read twice. */
let lastRead: { text: string; names: NamedSpan[] } | undefined;

/** A plural's ending a team's name does not have: "Express", "Campus", "Tennis". */
const NOT_PLURAL = /(?:ss|us|is)$/u;

/** Whether the plural name `name` may be a team's: no function word, no event's or place's last word, no people's name. */
function teamLike(name: string, isPlace: (name: string) => boolean): boolean {
  const words = name.split(/[ \t]+/u).filter((w) => w !== 'of');
  const last = words[words.length - 1];
  if (NOT_PLURAL.test(last)) return false;
  if (NOT_TEAMS.has(last) || DEMONYMS.has(last) || DEMONYMS.has(last.slice(0, -1)) || isPlace(name)) return false;
  return !words.some((w, k) => STOP.has(w) && !(k === 0 && w === 'All'));
}

/** The plural teams of a sports report (see the file's comment), in text order. */
function pluralTeams(text: string, isPlace: (name: string) => boolean): NamedSpan[] {
  const cued = new Set<string>();
  const mentions: Array<{ name: string; start: number; end: number; words: number }> = [];
  THE_PLURAL.lastIndex = 0;
  for (let m = THE_PLURAL.exec(text); m; m = THE_PLURAL.exec(text)) {
    const name = m[1];
    if (!teamLike(name, isPlace)) continue;
    const start = m.index + m[0].length - name.length;
    const the = m[0].startsWith('the') ? m.index : m.index + 1;
    const end = start + name.length;
    const words = name.split(/[ \t]+/u).length;
    mentions.push({ name, start, end, words });
    if (words > 1 || CUE_BEFORE.test(text.slice(Math.max(0, the - 24), the)) || CUE_AFTER.test(text.slice(end, end + 12))) cued.add(name);
  }
  const found: NamedSpan[] = [];
  for (const m of peopleAfterPlurals(text)) {
    let name = m[1];
    let start = m.index + m[0].indexOf(name);
    // "The Chiefs coach": a sentence's first function word is not part of the name.
    const space = name.search(/[ \t]/u);
    if (space > 0 && STOP.has(name.slice(0, space)) && name.slice(0, space) !== 'All') {
      start += space + 1;
      name = name.slice(space + 1);
    }
    if (!teamLike(name, isPlace)) continue;
    // One word needs a mention after "the" too: any word may open a sentence ("Sources close to ...").
    if (!name.includes(' ') && !mentions.some((x) => x.name === name)) continue;
    cued.add(name);
    found.push({ type: 'organization', start, end: start + name.length });
  }
  for (const x of mentions) if (cued.has(x.name)) found.push({ type: 'organization', start: x.start, end: x.end });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Spans (sorted, apart) with the plural teams of a sports report put in as organisations over the
 * spans inside them (a place's "Bay" of "Bay of Plenty Steamers"); a person's span stands.
 * `isPlace` tells a listed place.
 */
export function withPluralTeams(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  if (!isSportsReport(text)) return spans as NamedSpan[];
  if (lastRead?.text !== text) lastRead = { text, names: pluralTeams(text, isPlace) };
  const names = lastRead.names.filter((n) => !spans.some((s) => s.type === 'person' && s.start < n.end && n.start < s.end));
  if (!names.length) return spans as NamedSpan[];
  const typed = mapChangedSpans(spans, (s) => (s.type !== 'organization' && names.some((n) => n.start === s.start && n.end === s.end) ? { ...s, type: 'organization' as const } : s));
  return withWholeNames(typed, names);
}
