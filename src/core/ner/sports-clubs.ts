import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { PLACE_BEFORE } from './name-cues';
import { STOP } from './rule-tagger';
import { stickyMatchesAt, wordLedMatches } from './word-led';
import { MATCH_VERBS, SCORE } from './match-verbs';
import { isLetterAt } from './whole-words';

/**
 * Clubs named after their town or country in sports reports, with no score beside them: "beat
 * Valencia", "signed on loan from Braga", "Sweden faced South Korea", "Valencia fans". In an article
 * about sport (see {@link isSportsReport}), a name after a match's or a transfer's words, or before a
 * club's people, is the club in every mention but those after a word of place ("in Valencia", the
 * city). A place going on with a club's word is the club ("Sheffield" + "Wednesday", "Hull City"),
 * and the short names clubs go by are clubs ("Wolves", "Spurs"). A country before a possessive and
 * an athlete's name is the athlete's country ("beat Germany's Lennart Oberhuber").
 */

/**
 * Words only sport uses, or that sport uses far more than other news: two different ones make an
 * article a sports report. Lower-case words where news uses the capitalised form otherwise ("derby",
 * not "Derby"); competitions by name. Searched only where one of its words starts (see word-led).
 */
const SPORT_WORDS = new RegExp(
  String.raw`\b(?:${
    String.raw`strikers?|midfielders?|goalkeepers?|wingers?|full-backs?|centre-backs?|center-backs?|penalty (?:kick|shoot-?out|spot|area)|referee|derby|kick-off|half-time|stoppage[- ]time|injury time|equali[sz](?:er|ed)|hat-trick|clean sheet|free-kick|offside|red card|yellow card|relegation|relegated|matchday|transfer window|goalless|semi-finals?|quarter-finals?|play-offs?|playoffs|touchdown|quarterback|wickets?|home side|league leaders|(?:Premier|Champions|Europa|Conference|Nations) League|La Liga|LaLiga|Serie A|Bundesliga|Ligue 1|Eredivisie|FA Cup|World Cup|Copa del Rey|on loan|loan (?:move|spell|deal)|new signing|` +
    // Rugby, cricket and basketball: positions, set pieces and competitions.
    String.raw`fly-half|fly-halves|scrum-half|scrum-halves|back-row(?:ers?)?|lineouts?|line-outs?|scrums?|try-scorers?|director of rugby|Premiership|Top 14|URC|(?:European )?Champions Cup|Challenge Cup|Six Nations|Super Rugby|innings|batsm[ae]n|bowlers?|wicketkeepers?|County Championship|T20|Test match|point guard|rebounds|three-pointers?|NBA|WNBA|EuroLeague|EuroCup|EuroBasket|Basket League|` +
    // Rowing: its boats and its crews' seats.
    String.raw`coxswains?|coxed|coxless|sculls|scullers?|regattas?|(?:men|women)['’]s (?:eight|four|pair)s?`
  })\b`,
  'g',
);
/** A score's result, a word of sport too ("a 3-0 defeat"): led by a digit, so searched apart from {@link SPORT_WORDS}. */
const SCORE_RESULT = /\b\d{1,2}[-–]\d{1,2} (?:win|victory|defeat|loss|draw)\b/;
/** {@link SCORE_RESULT} tried at one place at a time. */
const SCORE_RESULT_AT = new RegExp(SCORE_RESULT.source, 'y');

/**
 * The matches of {@link SCORE_RESULT} in `text`, as a search of the whole text finds them, tried only
 * one and two characters before a dash with a digit before it, where its matches start: most dashes
 * join words, and a text is read dash by dash instead of position by position.
 */
function scoreResultsIn(text: string): RegExpExecArray[] {
  const candidates: number[] = [];
  for (const dash of ['-', '–']) {
    for (let at = text.indexOf(dash, 1); at >= 0; at = text.indexOf(dash, at + 1)) {
      const c = text.charCodeAt(at - 1);
      if (c < 48 || c > 57) continue;
      candidates.push(at - 1);
      if (at >= 2) candidates.push(at - 2);
    }
  }
  return stickyMatchesAt(text, SCORE_RESULT_AT, candidates);
}
const sportWordMatches = wordLedMatches(SPORT_WORDS);

/** How far from a word of sport a club's cue is read as one: about a paragraph. */
const NEAR = 600;

/** The text last read for sport and where its words of sport are: each article is read twice (before and after document consistency). */
let lastRead: { text: string; at: number[] | null; owners?: RegExpExecArray[] } | undefined;

/**
 * Where the words of {@link SPORT_WORDS} stand in `text` (not after a hyphen: "right-winger" is
 * politics), when two different ones make it a sports report; null otherwise.
 */
function sportWordsIn(text: string): number[] | null {
  if (lastRead?.text === text) return lastRead.at;
  let first: string | undefined;
  let distinct = false;
  const at: number[] = [];
  for (const m of sportMatches(text)) {
    if (m.index > 0 && (text[m.index - 1] === '-' || isLetterAt(text, m.index - 1))) continue;
    at.push(m.index);
    const word = m[0].toLowerCase().replace(/s$/u, '');
    if (first === undefined) first = word;
    else if (word !== first) distinct = true;
  }
  lastRead = { text, at: distinct ? at : null };
  return lastRead.at;
}

/**
 * The words of sport and the scores' results in `text`, in text order, apart as one search for both
 * would find them: a result inside a word of sport ("Top 14-3 win") is passed over.
 */
function sportMatches(text: string): readonly RegExpExecArray[] {
  const words = sportWordMatches(text);
  const scores = scoreResultsIn(text);
  if (!scores.length) return words;
  const all = [...words, ...scores].sort((a, b) => a.index - b.index);
  const apart: RegExpExecArray[] = [];
  for (const m of all) if (!apart.length || m.index >= apart[apart.length - 1].index + apart[apart.length - 1][0].length) apart.push(m);
  return apart;
}

/** Whether `text` reads as a sports report: two different words of sport in it. */
export function isSportsReport(text: string): boolean {
  return sportWordsIn(text) !== null;
}

/** Whether a word of sport stands within {@link NEAR} characters of `pos` (`at` sorted): a mixed page's other stories are not sport. */
function nearSport(at: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < pos - NEAR) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] <= pos + NEAR;
}

/**
 * A match's or a transfer's words right before a club's name: "beat", "drew with", "lost 2-1 to",
 * "against", "host", "signed from", "joined", "on loan at", "a spell at", "manager of".
 */
const CLUB_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${MATCH_VERBS}|beating|defeating|drew${SCORE} (?:at|against)|draw (?:at|against)|drawn (?:with|against)|lost${SCORE} (?:at|against)|lose at|losing to|defeat (?:to|by|at|against)|win (?:over|against|at)|victory (?:over|against|at)|loss (?:to|at|against)|hosting|facing|(?:played|plays|playing|signed|signs|signing|scored|scoring|appearances) for|signed from|joined(?: from)?|joining(?: from)?|joins?|rejoined|(?:in )?talks with|loan (?:from|at|to|with)|loaned (?:to|from|out to)|spell (?:at|with)|linked with|manager of|coach of|in charge of|sacked by|released by|(?:sold|loaned|transferred|lose|loses)(?:[ \t]+[^\s.;:!?]+){0,5}?[ \t]+to|lost[ \t]+(?:the|a|their|its)[ \t]+(?:\d{4}[ \t]+)?(?:final|semi-final|quarter-final|match|game|series|tie|decider|opener|play-off)[ \t]+to)[ \t]+(?:the[ \t]+)?$`,
  'u',
);
/**
 * A transfer's words with the player or the fee between them and the selling club: "signed the Danish
 * defender Kasper Holm from", "a bid of about €4m from". No person is signed or bid for from a person,
 * so a name after them is a club even where the model read it as one ("from Sturm Graz").
 */
const TRANSFER_FROM_BEFORE = /(?<![\p{L}])(?:(?:sign|signs|signed|signing|land|lands|landed|bought|buys|recruited|snapped up)(?:[ \t]+[^\s.;:!?]+){1,6}?|(?:bid|offer)(?:[ \t]+(?:of|about|around|worth|nearly|almost|over|an?))*[ \t]+[£€$][\d.,]+(?:m|bn|k|[ \t]+million)?)[ \t]+from[ \t]+$/u;
/** A club's name the model found nothing of, after a match's or a transfer's words: "a 3-1 win over Sporting". */
const CLUB_OBJECT = new RegExp(
  String.raw`\b(?:${MATCH_VERBS}|defeat to|win (?:over|against)|victory over|signed from|joined from|loan (?:from|at)|spell at)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?![\p{L}\p{N}'’-])`,
  'gu',
);
/** Searched only where its words start (see word-led). */
const clubObjectMatches = wordLedMatches(CLUB_OBJECT);
/** A club's people and results after its name: "Valencia fans", "Braga's manager", "Betis's 2-1 win". */
const CLUB_PEOPLE = String.raw`(?:manager|head coach|coach|boss|striker|midfielder|defender|goalkeeper|keeper|winger|forward|captain|fans|supporters|players?|squad|academy|bench|chairman|owners?|chief executive|director of rugby|lock|prop|hooker|flanker|fly-half|scrum-half|back-rower|full-back|batsman|batter|bowler|point guard)`;
/** A club's people after its possessive, where the model found no name: "Sale's director of rugby". */
const CLUB_OWNER = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)['’]s[ \t]+${CLUB_PEOPLE}(?![\p{L}])`, 'gu');
/** {@link CLUB_OWNER} tried at one position. */
const CLUB_OWNER_AT = new RegExp(CLUB_OWNER.source, 'uy');
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * The matches of {@link CLUB_OWNER} in `text`, the same as a search of the whole text: each is tried
 * only at the capital of the word before an "'s" (read back over its lower-case letters), rather than
 * at every position. A text with characters beyond the basic plane, which the read back would split, is
 * searched the usual way.
 */
function clubOwnersIn(text: string): RegExpExecArray[] {
  const marks: number[] = [];
  for (const mark of ["'s", '’s']) for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 2)) marks.push(at);
  marks.sort((a, b) => a - b);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const mark of marks) {
    let start = mark;
    for (let code = text.charCodeAt(start - 1); start > 0 && (code < 128 ? code >= 97 && code <= 122 : LOWER.test(text[start - 1]) || (code >= 0xd800 && code <= 0xdfff)); code = text.charCodeAt(start - 1)) {
      if (code >= 0xd800 && code <= 0xdfff) return [...text.matchAll(CLUB_OWNER)];
      start--;
    }
    if (start === mark || start === 0) continue;
    const code = text.charCodeAt(start - 1);
    if (code >= 0xd800 && code <= 0xdfff) return [...text.matchAll(CLUB_OWNER)];
    if (code < 128 ? code < 65 || code > 90 : !UPPER.test(text[start - 1])) continue;
    start--;
    if (start < from) continue;
    CLUB_OWNER_AT.lastIndex = start;
    const m = CLUB_OWNER_AT.exec(text);
    if (!m) continue;
    found.push(m);
    from = start + m[0].length;
  }
  return found;
}

/** Team-only words after a name in any mention: a person is never followed by them ("Leeds fans"). */
const TEAM_AFTER = new RegExp(String.raw`^[ \t]+(?:fans|supporters|players|squad|academy|bench)(?![\p{L}])`, 'u');
/** A match's verbs, a club's people or a club's result after its name. */
const CLUB_AFTER = new RegExp(
  String.raw`^(?:[ \t]+(?:beat|beats|defeated|thrashed|drew|lost|lose|loses|won|land|lands|host|hosts|travel|travels|travelled|traveled|face|faces|faced|conceded|equali[sz]ed|sit|sits|(?:(?:have|has|had)[ \t]+(?:already[ \t]+|also[ \t]+)?)?(?:signed|sold|sacked|appointed)|(?:have|has|had)[ \t]+(?:won|beaten|drawn)|(?:are|is|were|was)[ \t]+close[ \t]+to|close[ \t]+in[ \t]+on)(?![\p{L}])|(?:['’]s?)?[ \t]+${CLUB_PEOPLE}(?![\p{L}])|[ \t]+paid(?:[ \t]+[^\s.;:!?]+){0,3}?[ \t]+for[ \t]+(?:a|the|their)[ \t]+${CLUB_PEOPLE}(?![\p{L}])|['’]s?[ \t]+(?:[\p{Ll}\d–-]+[ \t]+)?(?:win|victory|defeat|draw|loss)(?![\p{L}])|,[ \t]+the[ \t]+(?:[\p{L}-]+[ \t]+)?(?:home side|hosts|visitors|champions|holders|league leaders)(?![\p{L}]))`,
  'u',
);
/** "the visitors, Braga", "the hosts Valencia". */
const SIDE_BEFORE = /(?<![\p{L}])the[ \t]+(?:home side|hosts|visitors|champions|holders)[ \t]*,?[ \t]+$/u;

/** Words that make a club's name after a town's, in sports reports: "Hull City", "Sheffield Wednesday". */
const CLUB_WORD = String.raw`(?:United|City|Town|County|Rovers|Wanderers|Athletic|Albion|Hotspur|Argyle|Academical|Thistle|Wednesday|Orient|Alexandra)`;
/** Those of them no place's name ends in ("Leeds United", not "Mexico City"), clubs in any article. */
const CLUB_ONLY_WORDS = new Set(['United', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Hotspur', 'Argyle', 'Academical', 'Thistle']);
/** The end of a club's name: not a weekday's time ("Wednesday night"), nor a longer name ("Hull City Council"). */
const CLUB_NAME_END = String.raw`(?![\p{L}\p{N}-])(?![ \t]+(?:\p{Lu}|night|morning|afternoon|evening))`;
/** A club's word after a name, ending it. */
const CLUB_WORD_AFTER = new RegExp(String.raw`^[ \t]+${CLUB_WORD}${CLUB_NAME_END}`, 'u');
/** "Preston North" + "End". */
const END_AFTER = new RegExp(String.raw`^[ \t]+End${CLUB_NAME_END}`, 'u');
const CLUB_WORDS = new Set(CLUB_WORD.slice(3, -1).split('|'));

/** Whether a name of several words ends in a club's word ("Hull City", "Preston North End"). */
function endsInClubWord(name: string): boolean {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1);
  return space > 0 && (CLUB_WORDS.has(last) || (last === 'End' && name.slice(0, space).endsWith(' North')));
}

/** The names English football clubs go by, which are no other name when capitalised in a sports report. */
const CLUB_SHORT_NAMES = /\b(?:Wolves|Spurs|Hammers|Gunners|Magpies|Toffees|Foxes|Hornets|Seagulls|Canaries|Cherries|Baggies|Villans|Owls|Blades|Saints|Potters|Hearts|Hibs|Gers|Pompey|Boro)\b(?!-)/gu;
const clubShortNameMatches = wordLedMatches(CLUB_SHORT_NAMES);

/** The club's word right after the name at `s` ("Hull" + " City", "Preston North" + " End"), or null. */
function clubWordAfter(text: string, s: NamedSpan): RegExpExecArray | null {
  // The club's words are capitalised: most names are followed by anything else.
  const next = text.charCodeAt(s.end + 1);
  if ((text[s.end] !== ' ' && text[s.end] !== '\t') || next < 65 || next > 90) return null;
  const after = text.slice(s.end, s.end + 40);
  return CLUB_WORD_AFTER.exec(after) ?? (text.slice(s.end - 6, s.end) === ' North' ? END_AFTER.exec(after) : null);
}

/** The last words of the cues before a club's name, looked up before the cues are read. */
const CUE_ENDS = new Set(['beat', 'beating', 'defeated', 'defeating', 'thrashed', 'with', 'at', 'against', 'to', 'by', 'over', 'host', 'hosts', 'hosted', 'hosting', 'face', 'faces', 'faced', 'facing', 'for', 'from', 'joined', 'joining', 'join', 'joins', 'rejoined', 'of', 'the', 'side', 'visitors', 'champions', 'holders']);

/** The word right before `pos` over spaces and a comma ("beat " -> "beat", "the hosts, " -> "hosts"). */
function cueWordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === ',')) end--;
  let start = end;
  while (start > 0 && isLetterAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The last word of a name: "City" of "Hull City". */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** Last words of grounds' names, which a match's words put before them too ("defeat at Ashton Gate"). */
const GROUND_WORDS = new Set(['Park', 'Road', 'Stadium', 'Arena', 'Ground', 'Lane', 'Gate', 'Field', 'Bridge', 'Oval', 'Stadion', 'Estadio']);
/** A part of a town before its name: "the Tuffley area of" (Gloucester), "the city of". */
const PART_OF_BEFORE = /(?<![\p{L}])(?:area|city|town|centre|center|outskirts|suburbs?|streets|county|heart|people) of[ \t]+$/u;

/** Whether a transfer's words and "from" stand before `start` (`cue`: the word right before it). */
function transferFromCued(text: string, start: number, cue = cueWordBefore(text, start)): boolean {
  return cue === 'from' && TRANSFER_FROM_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

/** Whether the name at `s` is cued as a club by the words around it (`beforeOnly`: by the words before it only). */
function clubCued(text: string, s: NamedSpan, beforeOnly = false): boolean {
  const after = text.slice(s.end, s.end + 40);
  const cue = cueWordBefore(text, s.start);
  const transferFrom = transferFromCued(text, s.start, cue);
  if (s.type === 'person') return transferFrom || (!beforeOnly && TEAM_AFTER.test(after));
  if (GROUND_WORDS.has(lastWord(text.slice(s.start, s.end)))) return false;
  if (transferFrom || (!beforeOnly && CLUB_AFTER.test(after))) return true;
  if (!CUE_ENDS.has(cue)) return false;
  const before = text.slice(Math.max(0, s.start - 60), s.start);
  return CLUB_BEFORE.test(before) || SIDE_BEFORE.test(before);
}

/** A possessive and a capitalised name after a country: "Germany's Lennart Oberhuber". */
const ATHLETE_AFTER = /^['’]s[ \t]+\p{Lu}\p{Ll}/u;

/** "to beat Germany's Lennart Oberhuber": a listed place's possessive before a name is the athlete's country, not a team beaten. */
function athleteOf(text: string, s: NamedSpan, isPlace: (name: string) => boolean): boolean {
  return text[s.end] !== ' ' && ATHLETE_AFTER.test(text.slice(s.end, s.end + 6)) && isPlace(text.slice(s.start, s.end));
}

/** A match's verb between two teams' names: "India play Pakistan", "the hosts meet Fiji". */
const PLAYS_BETWEEN = /^[ \t]+(?:will[ \t]+)?(?:play|plays|meet|meets)[ \t]+$/u;

/** A list's joint between two names: "Croatia and Latvia", "Braga, Porto". */
const LIST_BETWEEN = /^(?:,[ \t]+|,?[ \t]+and[ \t]+)$/u;

/**
 * Whether `s` is the team a team (`before`, an organisation or one of `clubs`) plays next: "India play
 * Pakistan"; or the next in a list led by a club a match's words name ("qualifiers against Croatia
 * and Latvia", "beat Braga, Porto and Benfica"): one cue leads the whole list.
 */
function playsTeam(text: string, before: NamedSpan, s: NamedSpan, clubs: ReadonlySet<string>): boolean {
  if (s.type === 'person' || before.type === 'person' || s.start - before.end > 12) return false;
  const between = text.slice(before.end, s.start);
  if (LIST_BETWEEN.test(between)) return clubs.has(text.slice(before.start, before.end));
  return PLAYS_BETWEEN.test(between) && (before.type === 'organization' || clubs.has(text.slice(before.start, before.end)));
}

/**
 * Spans (sorted, apart) with the clubs of a sports report typed as organisations; see the file's
 * comment. `isPlace` tells a listed place ("Valencia"), which stays a place after a word of place.
 */
export function withSportsClubs(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const sport = sportWordsIn(text);
  if (!sport) {
    // Outside sports reports only a club's own words make a club ("Leeds United").
    return mapChangedSpans(spans, (s) => (s.type === 'place' && CLUB_ONLY_WORDS.has(lastWord(text.slice(s.start, s.end))) ? { ...s, type: 'organization' } : s));
  }
  const clubs = new Set<string>();
  // Names of several words the model read as people that a transfer's "from" makes clubs ("Sturm Graz").
  const personClubs = new Set<string>();
  for (const s of spans) {
    if (!nearSport(sport, s.start) || !clubCued(text, s) || athleteOf(text, s, isPlace)) continue;
    const name = text.slice(s.start, s.end);
    clubs.add(name);
    if (s.type === 'person' && /\s/u.test(name) && transferFromCued(text, s.start)) personClubs.add(name);
  }
  // "India play Pakistan": the other side of a team's match, once the teams cued above are known.
  for (let k = 1; k < spans.length; k++) if (playsTeam(text, spans[k - 1], spans[k], clubs) && nearSport(sport, spans[k].start)) clubs.add(text.slice(spans[k].start, spans[k].end));
  // A person's surname ("Kane" of "Harry Kane") is no club, whatever words follow it.
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.type === 'person' && /\s/u.test(name)) clubs.delete(lastWord(name));
  }
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type === 'person' && !personClubs.has(text.slice(spans[k].start, spans[k].end))) {
      out.push(spans[k]);
      continue;
    }
    // A span is copied only when it changes: most stay as they are.
    let s = spans[k];
    const join = clubWordAfter(text, s);
    if (join && nearSport(sport, s.start) && !(k + 1 < spans.length && spans[k + 1].start < s.end + join[0].length)) {
      s = { ...s, end: s.end + join[0].length, type: 'organization' };
    }
    const name = text.slice(s.start, s.end);
    let type = s.type;
    if (endsInClubWord(name) && !isPlace(name) && nearSport(sport, s.start)) type = 'organization';
    else if (clubs.has(name)) {
      // A mention after a word of place is the town ("in Valencia"), unless a club's cue is there too ("on loan from Braga");
      // a match's verb after it is someone else's ("the 21-year-old from Tauranga beat two defenders").
      const before = text.slice(Math.max(0, s.start - 16), s.start);
      // "the Tuffley area of Gloucester" is the town, listed or not.
      const partOf = PART_OF_BEFORE.test(before);
      const atPlace = (partOf || PLACE_BEFORE.test(before)) && !clubCued(text, s, true);
      type = atPlace ? (partOf || isPlace(name) ? 'place' : s.type) : 'organization';
    }
    out.push(type === s.type ? s : { ...s, type });
  }
  const added: NamedSpan[] = [];
  // The words of people's names, read only when a club's name is found to test against them.
  let personWords: Set<string> | undefined;
  // The searches are the same in both readings of the article: done once.
  const read = lastRead!;
  read.owners ??= clubOwnersIn(text);
  for (const m of [...clubObjectMatches(text), ...read.owners]) {
    if ((m.index > 0 && isLetterAt(text, m.index - 1)) || !nearSport(sport, m.index)) continue;
    const start = m[0].startsWith(m[1]) ? m.index : m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    personWords ??= new Set(spans.filter((t) => t.type === 'person').flatMap((t) => text.slice(t.start, t.end).split(/\s+/u)));
    if (!m[1].split(/[ \t]+/u).some((w) => STOP.has(w) || personWords!.has(w)) && !overlapsAny(out, start, end) && !overlapsAny(added, start, end)) added.push({ type: 'organization', start, end });
  }
  for (const m of clubShortNameMatches(text)) {
    if ((m.index > 0 && text[m.index - 1] === '-') || !nearSport(sport, m.index)) continue;
    const at = out.findIndex((s) => s.start === m.index && s.end === m.index + m[0].length);
    if (at >= 0) out[at] = { ...out[at], type: 'organization' };
    else if (!overlapsAny(out, m.index, m.index + m[0].length) && !overlapsAny(added, m.index, m.index + m[0].length)) added.push({ type: 'organization', start: m.index, end: m.index + m[0].length });
  }
  return withAdded(out, added);
}
