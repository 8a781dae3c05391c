import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { PLACE_BEFORE } from './name-cues';
import { isSportsReport } from './sports-clubs';

/**
 * The clubs of a sports report's results: a table's row ("| Flamengo | 3-0 | Vasco da Gama |") and a
 * line that is only a score between two sides ("**PALMEIRAS 2 x 1 CORINTHIANS**", "Santos 1-1 Bahia").
 * Sides there are clubs whatever else their names are (a town, a saint, a surname, the people of a
 * place: "São Paulo", "Santos", "Corinthians"). Once known, a club's name is the club in the rest of
 * the report too ("beat Santos", "Corinthians levelled"), except where it cannot be the club: a
 * place's mention after a word of place ("in São Paulo") and any mention of a name the lists give a
 * place, which the report's other rules judge by their cues.
 */

/** One word of a club's name: capitalised, perhaps with dots, hyphens or an apostrophe ("Saint-Germain", "D.C."). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
/** A club's name: up to five words, lower-case particles between them ("Vasco da Gama", "Brighton and Hove Albion"). */
const CLUB = String.raw`${WORD}(?:[ \t]+(?:(?:da|de|do|das|dos|del|di|of|and|&)[ \t]+)?${WORD}){0,4}`;
/** A score: "3-0", "1–1", "2 x 1" (Portuguese writes "x"). */
const SCORE = String.raw`\d{1,2}[ \t]*[-–x×][ \t]*\d{1,2}`;
/** A table's row of a home side, a score and an away side, in cells (groups 1 and 2). */
const TABLE_ROW = new RegExp(String.raw`^[ \t]*\|?[ \t]*(${CLUB})[ \t]*\|[ \t]*${SCORE}[ \t]*\|[ \t]*(${CLUB})[ \t]*\|?[ \t]*$`, 'dgmu');
/** A line that is only two sides and the score between them, perhaps in bold or as a list item. */
const SCORE_LINE = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(${CLUB})[ \t]+${SCORE}[ \t]+(${CLUB})(?:\*\*)?[ \t]*$`, 'dgmu');
/**
 * Each side with its points, as basketball writes a result: "**Celtics 104, Knicks 99**" at a line's
 * start, or after a label's colon ("Game 2: Celtics 88, Knicks 91 (May 3)"); a bracket, a full stop or
 * the line's end after it.
 */
const POINTS_LINE = new RegExp(String.raw`(?:^|:[ \t]+)(?:[-*•][ \t]+)?(?:\*\*)?(${CLUB})[ \t]+\d{1,3},[ \t]+(${CLUB})[ \t]+\d{1,3}(?![\d,])(?=\*\*|[ \t]*\(|[.;]|[ \t]*\r?$)`, 'dgmu');
/** A table of players' figures, its first header cell the team (group 1), the others codes of figures, each with a capital ("| Celtics | MIN | PTS | 3PT |"). */
const FIGURES_HEADER = new RegExp(String.raw`^[ \t]*\|[ \t]*(${CLUB})[ \t]*((?:\|[ \t]*(?=[\d+/%-]*\p{Lu})[\p{Lu}\d+/%-]{1,5}[ \t]*){3,})\|?[ \t]*\r?$`, 'dgmu');
/** Headers of a players' table that name no team. */
const NOT_TEAM = new Set(['Player', 'Players', 'Name', 'Team', 'Pos', 'No']);

/** The sides named in the results of `text` (a sports report), in text order; none elsewhere. */
const resultsClubs = lastTextMemo((text: string): NamedSpan[] => {
  if (!isSportsReport(text)) return [];
  const out: NamedSpan[] = [];
  const read = (pattern: RegExp, groups = [1, 2]) => {
    for (const m of text.matchAll(pattern)) {
      for (const g of groups) if (!NOT_TEAM.has(m[g])) out.push({ type: 'organization', start: m.indices![g][0], end: m.indices![g][1] });
    }
  };
  // A table's row needs two bars at least; a score line needs a digit beside a score's mark.
  if (text.includes('|')) {
    read(TABLE_ROW);
    read(FIGURES_HEADER, [1]);
  }
  if (/\d[ \t]*[-–x×][ \t]*\d/u.test(text)) read(SCORE_LINE);
  if (/\d, \p{Lu}/u.test(text)) read(POINTS_LINE);
  return out.sort((a, b) => a.start - b.start);
});

/** A club's role in lower case between a club's name and a person's ("coach", "head coach", "point guard"), the person after it in group 1. */
const ROLE_AND_PERSON = /^[ \t]+(?:(?:head|assistant|interim|general|point|shooting|small|power)[ \t]+)?(?:coach|manager|boss|captain|guard|forward|centre|center|striker|midfielder|defender|goalkeeper|keeper|winger|player|president|chairman|owner|director)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:de|da|van|von|der|le|la|el|al)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]+){1,3})$/u;

/** Where the club ends and the person starts in a span reading "<club> <role> <person>", or null. */
function roleAndPerson(name: string, clubs: ReadonlySet<string>): { club: number; at: number } | null {
  for (const club of clubs) {
    if (!name.startsWith(club) || name[club.length] !== ' ') continue;
    const m = ROLE_AND_PERSON.exec(name.slice(club.length));
    if (m) return { club: club.length, at: name.length - m[1].length };
  }
  return null;
}

/** Whether `name` is written in capitals only ("CORINTHIANS"): prose writes the club otherwise. */
const inCapitals = (name: string): boolean => name === name.toUpperCase();

/**
 * Spans (sorted, apart) with the clubs of a sports report's results as organisations, in place of any
 * span overlapping one, and their other mentions as the clubs; see the file's comment. `isListedPlace`
 * tells the names the lists give a place.
 */
export function withResultsClubs(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  const clubs = resultsClubs(text);
  if (!clubs.length) return spans as NamedSpan[];
  const names = new Set<string>();
  for (const c of clubs) {
    const name = text.slice(c.start, c.end);
    if (!inCapitals(name)) names.add(name);
  }
  // A player's surname ("Santos" of "Carlos Santos") is the player's in prose.
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.type === 'person' && name.includes(' ')) names.delete(name.slice(name.lastIndexOf(' ') + 1));
  }
  const kept: NamedSpan[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < clubs.length && clubs[k].end <= s.start) k++;
    if (k < clubs.length && clubs[k].start < s.end) continue;
    const name = text.slice(s.start, s.end);
    // "Celtics coach Ann Lee" read as one name: the club, its person's role, the person.
    const person = s.type !== 'person' && name.includes(' ') ? roleAndPerson(name, names) : null;
    if (person) {
      kept.push({ type: 'organization', start: s.start, end: s.start + person.club }, { type: 'person', start: s.start + person.at, end: s.end });
      continue;
    }
    // A person by a club's name alone is the club; a place is, unless listed or after a word of place.
    const retype = names.has(name) && (s.type === 'person' || (s.type === 'place' && !isListedPlace(name) && !PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))));
    kept.push(retype ? { ...s, type: 'organization' } : s);
  }
  const withClubs = withAdded(kept, mapSpans(clubs, (c) => ({ ...c })));
  // Mentions no span holds (a club's name the model or a rule left out), for names that are no place.
  const added: NamedSpan[] = [];
  for (const name of names) {
    if (isListedPlace(name)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (!overlapsAny(withClubs, at, end) && !overlapsAny(added, at, end)) added.push({ type: 'organization', start: at, end });
    }
  }
  return withAdded(withClubs, added);
}
