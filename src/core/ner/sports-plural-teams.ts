import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { isSportsReport } from './sports-clubs';
import { DEMONYMS, STOP } from './rule-tagger';

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
  PEOPLE_AFTER_PLURAL.lastIndex = 0;
  for (let m = PEOPLE_AFTER_PLURAL.exec(text); m; m = PEOPLE_AFTER_PLURAL.exec(text)) {
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
  const typed = mapSpans(spans, (s) => (s.type !== 'organization' && names.some((n) => n.start === s.start && n.end === s.end) ? { ...s, type: 'organization' as const } : s));
  return withWholeNames(typed, names);
}
