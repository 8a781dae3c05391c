import type { NamedSpan } from './index';
import { withoutOverlapping, withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { alignedColumnCells, columnCells, mayHoldTable } from '../text/table-columns';

/**
 * A leaderboard or start list written as a Markdown table, or a plain-text one lined up by spaces, whose header names a player's column
 * ("Player", "Name", "Golfer", "Athlete", "Rider", "Driver", "Sculler", "Skier"; a council vote's "Councillor", an
 * election's "Candidate"). Golf and athletics tables write a player
 * as an initial without a full stop and a surname ("| C Okonkwo-Reid | NIR |", "| J van den Berg | NED
 * |", "| O Vilaró i Puig | ESP |"), which the model, seeing no sentence, misses or cuts to the
 * surname. The column says what each cell is: the player's cell is a person, and the body's mentions
 * of a player named by an initial are the player's (see `mentionsOf`); the codes of a country's
 * column are places by `withCountryCodes` (place-country-codes.ts). Only texts holding a table's
 * separator and such a header pay more than one literal search.
 */

/** Headers of a player's column, lower-cased. */
/** Also the athletes of one sport ("Sculler", "Skier", "Jockey"), and a council vote's or an election's people ("Councillor", "Candidate"). */
const PLAYER_HEADERS: ReadonlySet<string> = new Set(['player', 'players', 'name', 'golfer', 'athlete', 'rider', 'driver', 'competitor', 'sculler', 'rower', 'skier', 'swimmer', 'runner', 'cyclist', 'skater', 'jumper', 'boxer', 'shooter', 'archer', 'climber', 'surfer', 'diver', 'gymnast', 'jockey', 'sprinter', 'councillor', 'councilor', 'candidate']);
/** A header holding a player's column, found before the table is read cell by cell. */
const HEADER_CUE = /\|[ \t]*(?:Player|Players|Name|Golfer|Athlete|Rider|Driver|Competitor|Sculler|Rower|Skier|Swimmer|Runner|Cyclist|Skater|Jumper|Boxer|Shooter|Archer|Climber|Surfer|Diver|Gymnast|Jockey|Sprinter|Councillor|Councilor|Candidate)[ \t]*\|/iu;
/** The same header in a table written without bars, its columns apart by two spaces or more ("Pos  Name      Nat  Time"). */
const ALIGNED_HEADER_CUE = /(?<= {2}|\t|^)(?:Player|Name|Golfer|Athlete|Rider|Driver|Competitor|Skier|Swimmer|Runner|Cyclist|Skater)(?= {2}|\t)/gimu;
/**
 * A player's cell: an initial (a full stop or none) or given names, particles in lower case or "Ó"
 * ("van der", "du", "i", "Ó"), and a capitalised surname, hyphens and apostrophes inside
 * ("T Ó Briain", "Park Ji-hoon", "R Høgh-Sørensen", "O Puigdevall i Serra").
 */
const PLAYER = /^(?:\p{Lu}\.?[ \t]+)?(?:(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{L}[\p{Ll}\p{M}'’]+)*|\p{Ll}{1,3})[ \t]+){0,3}\p{Lu}[\p{Ll}\p{M}'’]*(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{L}[\p{Ll}\p{M}'’]+)*$/u;

/** The players of the leaderboards of `text`, in text order. */
const leaderboardNames = lastTextMemo((text): NamedSpan[] => {
  const isHeader = (header: string) => PLAYER_HEADERS.has(header.toLowerCase());
  const cells = mayHoldTable(text) && HEADER_CUE.test(text) ? columnCells(text, isHeader) : [];
  // A table without bars holds two spaces or more between its columns.
  if (text.includes('  ')) cells.push(...alignedColumnCells(text, ALIGNED_HEADER_CUE, isHeader));
  const found: NamedSpan[] = [];
  for (const name of cells) {
    if (PLAYER.test(name.text) && name.text.includes(' ')) found.push({ type: 'person', start: name.start, end: name.start + name.text.length });
  }
  return found.sort((a, b) => a.start - b.start);
});

/** An initial without a full stop and the surnames after it: "C" and "McGinley-Boyd" of "C McGinley-Boyd". */
const INITIAL_AND_REST = /^(\p{Lu}) (\S.*)$/u;
/** Two surnames written without a particle, Spanish or Basque ("Aranburu Etxeberria"): the first is written alone too. */
const TWO_SURNAMES = /^(\p{Lu}[\p{Ll}\p{M}]+) \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
/** A capitalised word ending right before a space at `end`, as its start, or -1. */
function givenNameBefore(text: string, end: number): number {
  if (text[end] !== ' ') return -1;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  return start < end && /^\p{Lu}[\p{Ll}\p{M}]/u.test(text.slice(start, end)) ? start : -1;
}

/**
 * The body's mentions of the players a leaderboard names by an initial: the full name where a given
 * name starting with the initial comes before the surnames ("Ciarán McGinley-Boyd" of "C
 * McGinley-Boyd"), the surnames alone, and the first of two Spanish or Basque surnames alone
 * ("Aranburu" of "I Aranburu Etxeberria"), which the model reads as a town.
 */
function mentionsOf(text: string, players: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  const seen = new Set<string>();
  for (const p of players) {
    const m = p.type === 'person' ? INITIAL_AND_REST.exec(text.slice(p.start, p.end)) : null;
    if (!m || seen.has(m[0])) continue;
    seen.add(m[0]);
    const forms = [m[2]];
    const first = TWO_SURNAMES.exec(m[2]);
    if (first) forms.push(first[1]);
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        if ((at > 0 && WORD_CHAR.test(text[at - 1])) || WORD_CHAR.test(text[end] ?? '') || players.some((q) => q.start < end && at < q.end)) continue;
        // The first surname alone must end the name: "Aranburu" but not "Aranburu Etxeberria" again.
        if (form !== m[2] && /^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
        const given = form === m[2] ? givenNameBefore(text, at - 1) : -1;
        found.push({ type: 'person', start: given >= 0 && text[given] === m[1] ? given : at, end });
      }
    }
  }
  return found;
}

/** Spans (sorted, apart) with the players of leaderboards put in whole, and the players' mentions; see the file's comment. */
export function withLeaderboardNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = leaderboardNames(text);
  if (!found.length) return spans as NamedSpan[];
  const names = [...found, ...mentionsOf(text, found)].sort((a, b) => a.start - b.start);
  // A surname cut from its initial gives way to the column's reading.
  return withWholeNames(withoutOverlapping(spans, names), names.map((n) => ({ ...n })));
}
