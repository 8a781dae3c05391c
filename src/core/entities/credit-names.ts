import type { TextRange } from '../model/types';
import { reachesOutOf } from '../ner/added-spans';
import type { NamedSpan } from '../ner/index';
import { NEWSROOM_JOBS } from '../ner/newsroom-jobs';

/**
 * The people and places of credit lines, read from the lines' fixed shapes: "By Jane Doe, Business
 * Correspondent", "(Reporting by Ana Restrepo in Bogota and Tobias Rüegg in Zurich; Editing by Clare
 * Fallowfield)", "Associated Press writer Faith Chege in Garissa contributed to this report."
 */

/** A capitalised word of a name, or an initial ("E."); a sentence's full stop stays out. */
const WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’-]*[\\p{L}\\p{M}]|\\.)?";
const PARTICLE = '(?:de|van|der|den|von|da|dos|du|la|le|al|bin|binti|a/l|a/p|el|ten|ter|di)';
/** A person's name: two to four capitalised words, with the particles between them. */
const PERSON = `${WORD}(?: (?:${PARTICLE} )*${WORD}){1,3}`;
/** Markdown emphasis around a name in a byline ("**Jane Doe**"). */
const MARKUP = '(?:\\*\\*|__|\\*|_)?';
/** A name written as a Markdown link ("[Jane Doe](https://…)"): the name is the link's text. */
const LINK_OPEN = new RegExp(`^${MARKUP}\\[?${MARKUP}`, 'u');
const LINK_CLOSE = new RegExp(`^${MARKUP}(?:\\]\\([^)\\s]*\\))?${MARKUP}`, 'u');
/** A newsroom's jobs with a capital or without ("Islands reporter", "Political Editor"). */
const JOBS_ANY_CASE = NEWSROOM_JOBS.split('|').map((w) => `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}`).join('|');
/** A place after "in": one to three capitalised words. */
const PLACE = `${WORD}(?: ${WORD}){0,2}`;
/**
 * What introduces the names: a wire credit's roles ("Reporting by", "Editing by"), a byline's "By",
 * a piece's kind ("An investigation by"), a contributor's job ("writer", "correspondent"), a
 * contributor line's start ("Jane Doe in Moscow contributed to this report."), or a line of names
 * and nothing else ("Niamh Ó Ceallaigh and Barry Kinsella", "**Tomás Geraghty**").
 */
const INTRO = new RegExp(
  [
    '\\b(?:(?:[Aa]dditional|[Ff]urther) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]eported|[Ww]ritten|[Ee]dited|[Cc]ompiled|[Ff]act-checked) by ',
    `(?:^|[;(] *)${MARKUP}[Bb]y `,
    '\\b(?:[Aa]n? )?(?:[Ii]nvestigation|[Aa]nalysis|[Rr]eport|[Ii]nterview|[Ww]ords|[Tt]ext|[Pp]hotographs|[Pp]hotos|[Ii]llustrations?) by ',
    '\\b(?:writers?|correspondents?|reporters?) (?=\\p{Lu})',
    '^(?=.*\\bcontributed\\b)',
    `^(?=${MARKUP}${PERSON}${MARKUP}(?:(?:, | and | & )${MARKUP}${PERSON}${MARKUP})*\\s*$)`,
    // A name and its job on a line of their own ("Jane Doe, Islands reporter").
    `^(?=${MARKUP}${PERSON}${MARKUP}, (?:\\p{Lu}[\\p{L}\\p{M}-]* ){0,3}(?:${JOBS_ANY_CASE})${MARKUP}\\s*$)`,
    // A writer's label with a colon ("Author: Jane Doe", "**Authors:** ...").
    `(?:^|[;|] *)${MARKUP}(?:Authors?|Reporters?|Writers?)(?::${MARKUP}|${MARKUP}:) *${MARKUP}`,
    // A line of page details opened by the writer's name ("Jane Doe | TNN | Updated: …", "**Jane Doe** at … · Sun 22 Feb 2026").
    `^(?![Bb]y )(?=${MARKUP}${PERSON}${MARKUP}(?: [|·•] | (?:at|in) ))`,
  ].join('|'),
  'gu',
);
/** Words of a job or an outlet after a byline's name ("By Jane Doe, Business Correspondent", "Associated Press"). */
const NOT_A_PERSON = new RegExp(String.raw`\b(?:${NEWSROOM_JOBS}|Contributing|Staff|Senior|Chief|Desk|Team|Press|News|Times|Post|Agency|Service|Bureau|Daily|Herald|Tribune|Journal|Media|Online|Reuters|Bloomberg)\b`, 'u');
/** A job right after a name: then the name is the job's region ("North Wales reporter"), no person. */
const JOB_AFTER = new RegExp(`^ (?:${JOBS_ANY_CASE})\\b`, 'u');
/** Where a list of places ends: the line's end or a clause's, or a bar or a dot before the page's details ("** · 10 JUNE 2026"), after any emphasis closing. */
const LIST_END = /^(?:\*\*|__|\*|_)?\s*(?:[;).|·•]|$)/u;
const ONE = new RegExp(`^(${PERSON})(?:\\s+in\\s+(${PLACE}))?`, 'u');
/** Between two names: a comma, "and", "&", or "with" for a co-author ("By Layla Haddad, with Simon Kerr in Beijing"). */
const SEPARATOR = /^(?:,\s+(?:and\s+|with\s+)?|\s+(?:and|with)\s+|\s*&\s*)/u;

/** A name of a credit line, and where the words that introduce it start ("By" of "By Jane Doe"). */
interface CreditName extends NamedSpan {
  introStart: number;
}

/** Names in one credit line (`start` is its offset in the article). */
function namesIn(line: string, start: number): CreditName[] {
  const out: CreditName[] = [];
  INTRO.lastIndex = 0;
  for (let intro = INTRO.exec(line); intro; intro = INTRO.exec(line)) {
    let at = intro.index + intro[0].length;
    let afterPlace = false;
    for (;;) {
      at += LINK_OPEN.exec(line.slice(at))![0].length;
      const one = ONE.exec(line.slice(at));
      if (!one || NOT_A_PERSON.test(one[1]) || JOB_AFTER.test(line.slice(at + one[0].length))) break;
      const introStart = start + intro.index;
      // "Jane Doe in Goroka and Mount Hagen": after a writer's place, a name with no place of its own
      // that ends the list is a second place.
      const placeToo = afterPlace && !one[2] && LIST_END.test(line.slice(at + one[0].length));
      afterPlace = !!one[2];
      out.push({ type: placeToo ? 'place' : 'person', start: start + at, end: start + at + one[1].length, introStart });
      if (one[2]) {
        const placeAt = at + one[0].length - one[2].length;
        out.push({ type: 'place', start: start + placeAt, end: start + placeAt + one[2].length, introStart });
      }
      at += one[0].length;
      at += LINK_CLOSE.exec(line.slice(at))![0].length;
      const separator = SEPARATOR.exec(line.slice(at));
      if (!separator) break;
      at += separator[0].length;
    }
    // Past the names read, and never stuck on the empty match at a contributor line's start.
    INTRO.lastIndex = Math.max(INTRO.lastIndex, at, intro.index + 1);
  }
  return out;
}

/**
 * The tagger's spans with the names of the credit lines: a person or place the credit's shape names
 * replaces a span covering exactly it or a part of it (whatever its type) and fills a gap; a span
 * reaching out of it stands. Sorted by start.
 */
export function withCreditNames(text: string, credits: readonly TextRange[], spans: readonly NamedSpan[]): NamedSpan[] {
  const names = credits.flatMap((credit) => namesIn(text.slice(credit.start, credit.end), credit.start));
  // Many articles have no credit line or none of their shapes, and the tagger's spans come sorted: nothing to copy or sort.
  if (!names.length && sortedByStart(spans)) return spans as NamedSpan[];
  let out = [...spans];
  for (const { introStart, ...name } of names) {
    // A span that took in the introducing word ("By Jane Doe") gives way to the name, unless the
    // name itself gives way to a longer one below. Most names have no such span, and skip the copy.
    const takesIntro = (s: NamedSpan) => s.start >= introStart && s.start < name.start && s.end > name.start && s.end <= name.end;
    if (out.some(takesIntro)) {
      const withoutIntro = out.filter((s) => !takesIntro(s));
      if (!reachesOutOf(withoutIntro, name.start, name.end)) out = withoutIntro;
    }
    const same = out.findIndex((s) => s.start === name.start && s.end === name.end);
    if (same >= 0) out[same] = { ...out[same], type: name.type };
    // The model's parts of the name ("Matamoros" of "Lucía Ferrera Matamoros") give way to the whole.
    else if (!reachesOutOf(out, name.start, name.end)) {
      out = out.filter((s) => s.end <= name.start || s.start >= name.end);
      out.push(name);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the spans are in order of their starts already. */
function sortedByStart(spans: readonly NamedSpan[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return false;
  return true;
}
