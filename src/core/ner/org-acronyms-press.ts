import { COMMON_INITIALS } from './common-initials';
import type { NamedSpan } from './index';
import { lastTextMemo } from './last-text-memo';
import { withFoundNames } from './org-parties-names';
import { DEMONYMS, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { previousWord } from './word-before';
import { NEWSROOM_JOBS } from './newsroom-jobs';

/**
 * Newspapers, agencies and broadcasters as news credits and quotes name them, which the model misses
 * or reads as people: initials after the writer's name on a page-details line ("Jane Doe | TNN |
 * Updated: ..."), initials a source spoke to ("told TOI"), the outlet a writer reported for ("reported
 * by Jane Doe for Eurasianet."), and a name a description calls a newspaper (", a hardline daily",
 * "the daily Kayhan"). After a byline's name, a job ("By Jane Doe, Whitehall Editor") is no name at
 * all, and a bureau is its city ("Jane Doe, Amman Bureau": the place Amman). A source speaking to an
 * outlet by its name ("told the Harbour Review") names it too.
 */

/**
 * A page-details line: the writer's name, a separator, initials and the next separator or the line's
 * end ("Jane Doe | TNN | Updated: ..."), or slashes on both sides ("Jane Doe / TNN / Updated: ..."). The writer's name is read by its shape, as the model may not
 * have found it on such a line.
 */
const PAGE_DETAILS = /^[ \t*_]*(?:[Bb]y[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?:[ \t]*[|·•][ \t]*(\p{Lu}{2,6})(?=[ \t]*(?:[|·•]|\r?$))|[ \t]+\/[ \t]+(\p{Lu}{2,6})(?=[ \t]+\/[ \t]))/gmu;
/** Words of speaking to an outlet, before its initials. */
const SPOKE_TO = ['told ', 'interview with ', 'speaking to ', 'spoke to '];
/**
 * Initials right after {@link SPOKE_TO}, then what was said ("told TOI that", "told KTN:"): not a
 * longer name ("told BBC Radio"), nor a colleague named by initials in a letter ("as I told RNR, ...").
 */
const INITIALS_AT = /(\p{Lu}{2,6})(?=[ \t]*:|[ \t]+(?:that|on|in|last|this|earlier|after|outside|at|by|during|before|while|from)(?![\p{L}]))/uy;
/**
 * A publication's or a station's name after {@link SPOKE_TO}, capitalised words ending in an outlet's
 * word ("told the Harbour Review", "told Coastline Radio by telephone"), not going on with another
 * capitalised word.
 */
const OUTLET_NAME_AT = /(?:[Tt]he[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}?[ \t]+(?:Review|Times|Post|Journal|News|Herald|Tribune|Gazette|Chronicle|Telegraph|Standard|Observer|Monitor|Express|Magazine|Weekly|Radio|TV|Television))(?![\p{L}\p{N}&-]|[ \t]+\p{Lu})/uy;
/**
 * A publication's name after {@link SPOKE_TO} that only a title can have: "The" in capitals inside a
 * sentence ("told The Cornerstone", kept in the name as a reader marks "The Lancet"), or a name set in
 * italics as publications are ("told *Tideline*", without the marks).
 */
const TITLED_OUTLET_AT = /(?:(The[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\p{N}&-]|[ \t]+\p{Lu})|([*_])(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})\2(?![*_\p{L}\p{N}]))/uy;

/** An outlet after a writer's name: " for Eurasianet." at the end of a sentence or a line. */
const FOR_OUTLET = /^[ \t]+for[ \t]+(\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})(?=[ \t]*(?:[.;)]|\r?\n|$))/u;
/** Words that make a writer of the name before " for ...": "reported by", "written by", "By". */
const WRITER_BEFORE = /(?:(?:reported|written|produced|reporting|writing|filed)[ \t]+by|(?:^|\n)[ \t*_]*By)[ \t]+$/u;

/** Kinds of outlet in a description after a name: ", a hardline daily", ", the state broadcaster". */
const OUTLET = String.raw`(?:daily|newspaper|tabloid|broadsheet|weekly|magazine|news[ \t]+agency|news[ \t]+(?:web)?site|broadcaster|news[ \t]+channel|TV[ \t]+channel|television[ \t]+channel|radio[ \t]+station)`;
/** People of an outlet, whose description follows an outlet's word: "a daily newspaper editor". */
const OUTLET_PEOPLE = String.raw`(?:editor|reporter|columnist|journalist|publisher|owner|correspondent|writer|critic|executive|chief|photographer|cartoonist|newspaper|magazine|seller|delivery)`;
/** A description right after a name that calls it an outlet (", a hardline daily"), not one of its people (", a newspaper editor"). */
const OUTLET_AFTER = new RegExp(String.raw`,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?${OUTLET}(?![\p{L}])(?![ \t]+${OUTLET_PEOPLE}(?![\p{L}]))`, 'uy');
/** An outlet's word right before a name: "the daily Kayhan", "newspaper Al-Ahram", "news agency Anadolu". */
const OUTLET_BEFORE = new Set(['daily', 'newspaper', 'tabloid', 'broadsheet', 'magazine', 'broadcaster', 'agency']);

/** Jobs that a byline's name is followed by: "Whitehall Editor", "Political Correspondent". */
const JOB_END = new RegExp(String.raw`[ \t](?:${NEWSROOM_JOBS})$`, 'u');
/** A job or a bureau right after a name: " Editor", " Bureau". */
const JOB_AFTER = new RegExp(String.raw`^[ \t](?:${NEWSROOM_JOBS}|Bureau)(?![\p{L}])`, 'u');
/** A bureau after a byline's name: its city is a place ("Amman Bureau"). */
const BUREAU_END = /[ \t]Bureau$/u;
/** A byline's name and a comma before: "By Jane Doe, ", or a line's start and a name. */
const BYLINE_BEFORE = /(?:^|\n)[ \t*_]*(?:[Bb]y[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,4},[ \t]+$/u;
/** Nothing but markup to the end of the line after a byline's job: "*", "**". */
const LINE_END = /^[ \t*_]*(?:\r?\n|$)/u;

/** Whether the sticky `pattern` matches `text` right at `at`, read without cutting the text. */
function stickyTest(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Whether `name` may be an outlet's: not a listed place, nationality or function word. */
function mayBeOutlet(name: string, isPlace: (name: string) => boolean): boolean {
  return !COMMON_INITIALS.has(name) && !PLACES.has(name) && !DEMONYMS.has(name) && !STOP.has(name) && !isPlace(name);
}

/** The outlets' names the cues above give, found after `spans`' names or by the words of speaking. */
function outletNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): Set<string> {
  const names = new Set<string>();
  for (const s of spans) {
    if (s.type === 'person' && text.startsWith(' for ', s.end)) {
      const outlet = FOR_OUTLET.exec(text.slice(s.end, s.end + 60));
      if (outlet && mayBeOutlet(outlet[1], isPlace) && WRITER_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start))) names.add(outlet[1]);
    }
    if (s.type === 'organization') continue;
    // The cheap tests first: ", a" or ", the" right after the name, or an outlet's word right before it.
    // Outlets' words end in these letters: the word before is read only after one of them.
    const last = text[s.start] !== undefined && text[s.start - 1] === ' ' ? text[s.start - 2] : '';
    const before = last === 'y' || last === 'r' || last === 'd' || last === 't' || last === 'e' ? previousWord(text, s.start) : null;
    const described = (text[s.end] === ',' && text[s.end + 1] === ' ' && (text[s.end + 2] === 'a' || text[s.end + 2] === 't') && stickyTest(OUTLET_AFTER, text, s.end)) || (!!before && OUTLET_BEFORE.has(before.word) && (before.word !== 'agency' || previousWord(text, before.start)?.word === 'news'));
    const name = described ? text.slice(s.start, s.end) : '';
    if (described && mayBeOutlet(name, isPlace)) names.add(name);
  }
  for (const name of initialsIn(text)) if (mayBeOutlet(name, isPlace)) names.add(name);
  return names;
}

/** Outlets' initials on page-details lines, and initials or names after the words of speaking: searched once for the two readings of an article. */
const initialsIn = lastTextMemo((text): string[] => {
  const found: string[] = [];
  for (const m of text.includes('|') || text.includes('·') || text.includes('•') || text.includes(' / ') ? text.matchAll(PAGE_DETAILS) : []) found.push(m[1] ?? m[2]);
  for (const words of SPOKE_TO) {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
      INITIALS_AT.lastIndex = at + words.length;
      const m = INITIALS_AT.exec(text);
      if (m) found.push(m[1]);
      OUTLET_NAME_AT.lastIndex = at + words.length;
      const outlet = m ? null : OUTLET_NAME_AT.exec(text);
      if (outlet) found.push(outlet[1]);
      const c = m || outlet ? 0 : text.charCodeAt(at + words.length);
      // "The", "*" or "_" first: the pattern is tried only then.
      if (c === 84 || c === 42 || c === 95) {
        TITLED_OUTLET_AT.lastIndex = at + words.length;
        const titled = TITLED_OUTLET_AT.exec(text);
        // "The Associated Press": a name ending in a body's word is the model's to find, without "The".
        if (titled && (titled[3] || !ORG_WORDS.test(titled[1].slice(titled[1].lastIndexOf(' ') + 1)))) found.push(titled[1] ?? titled[3]);
      }
    }
  }
  return found;
});

/** Whether `c` joins a word: a letter, a digit or a joining mark. */
const JOINED = /[\p{L}\p{N}&'’-]/u;

/**
 * Spans (sorted, apart) with the outlets of the file's comment as organisations in each of their
 * mentions, and a byline's job dropped (its bureau's city kept as a place). `isPlace` tells a listed
 * place, which no cue makes an outlet.
 */
export function withPressNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const s of spans) {
    // Only a name after a byline's comma ("By Jane Doe, Whitehall Editor"): a cheap test first.
    if (s.type === 'person' || text[s.start - 1] !== ' ' || text[s.start - 2] !== ',') {
      out.push(s);
      continue;
    }
    const name = text.slice(s.start, s.end);
    // The job in the span ("Whitehall Editor"), or right after it ("Whitehall" + " Editor", as a
    // second reading finds the beat alone where another mention of it was a name).
    const inside = JOB_END.test(name) || BUREAU_END.test(name);
    const after = inside ? null : JOB_AFTER.exec(text.slice(s.end, s.end + 16));
    const end = s.end + (after ? after[0].length : 0);
    const job = inside || !!after;
    if (!job || !LINE_END.test(text.slice(end, end + 8)) || !BYLINE_BEFORE.test(text.slice(Math.max(0, s.start - 80), s.start))) {
      out.push(s);
      continue;
    }
    // "Amman Bureau": the bureau's city; "Whitehall Editor": a beat, no name.
    if (BUREAU_END.test(text.slice(s.start, end))) out.push({ type: 'place', start: s.start, end: end - ' Bureau'.length });
  }
  const names = outletNames(text, out, isPlace);
  if (!names.size) return out;
  const mentions: NamedSpan[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!(at > 0 && JOINED.test(text[at - 1])) && !(end < text.length && JOINED.test(text[end]) && text[end] !== '’' && text[end] !== "'")) mentions.push({ type: 'organization', start: at, end });
    }
  }
  return withFoundNames(out, mentions);
}
