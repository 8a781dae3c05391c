import type { NamedSpan } from './index';
import { withoutOverlapping, withWholeNames } from './added-spans';
import { mapSpans } from './span-arrays';
import { lastTextMemo } from './last-text-memo';
import { isSportsReport } from './sports-clubs';
import { mayHoldTable, TABLE_SEPARATOR } from '../text/table-columns';

/**
 * The players of a Markdown table of figures in a sports report, read by the table's shape: a header
 * whose cells after the first are codes of figures ("| Celtics | MIN | PTS | REB | AST |"), then rows
 * whose first cell is a player and whose other cells are numbers ("| T. Okonkwo-Baird | 31 | 17 | 9 |
 * 2 |") or empty, and a last row for the coach ("| Coach: R. van der Berg | | |"). The model, seeing
 * no sentence there, misses an initial's name or cuts it to the surname; the row's shape says a
 * player. The header's team is read with the report's results (`sports-results-tables.ts`).
 */

/** Particles inside a name ("de", "van der", "al"). */
const PARTICLE = String.raw`(?:de|da|do|dos|del|di|du|van|von|der|den|le|la|el|al|bin|ter)`;
/** A surname: capitalised, perhaps "Mc"/"O'" and a second capital, perhaps hyphenated ("Okafor-Bell", "McAllister-Grey"). */
const SURNAME = String.raw`\p{Lu}['’]?[\p{Ll}\p{M}'’]*\p{Ll}[\p{Ll}\p{M}'’]*(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
/** A player: initials with full stops or given names, particles, and a surname ("N. Okafor", "R. Sáez de Ibarra", "Ana Lima"). */
const PLAYER = String.raw`(?:(?:(?:\p{Lu}\.[ \t]?){1,3}|${SURNAME})[ \t]+){0,2}(?:${PARTICLE}[ \t]+){0,2}${SURNAME}`;
/** A header of figures' codes after the first cell: three codes or more, each holding a capital ("MIN", "3PT", "FG%", "+/-"). */
const HEADER = /^[ \t]*\|[^|\n]+(?:\|[ \t]*(?:(?=[\d+/%-]*\p{Lu})[\p{Lu}\d+/%-]{1,5}|\+\/-)[ \t]*){3,}\|?[ \t]*\r?$/u;
/** A player's row: the player (group 1, perhaps after a coach's label) and cells of numbers or nothing. */
const ROW = new RegExp(String.raw`^[ \t]*\|[ \t]*(?:(?:Coach|Head coach|Manager):[ \t]+)?(${PLAYER})[ \t]*(?:\|[ \t]*(?:[+-]?\d{1,3}(?:[.:]\d{1,2})?%?|-)?[ \t]*){3,}\|?[ \t]*\r?$`, 'u');

/** The players named in the figures' tables of `text`, in text order. */
const tablePlayers = lastTextMemo((text): NamedSpan[] => {
  // A table's separator and a sports report, both cheap to rule out, before any line is read.
  if (!mayHoldTable(text)) return [];
  if (!isSportsReport(text)) return [];
  const found: NamedSpan[] = [];
  let inTable = false;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (!line.trimStart().startsWith('|')) inTable = false;
    else if (HEADER.test(line)) inTable = true;
    else if (inTable && !TABLE_SEPARATOR.test(line)) {
      const m = ROW.exec(line);
      if (m) {
        const start = at + m.index + m[0].indexOf(m[1]);
        found.push({ type: 'person', start, end: start + m[1].length });
      }
    }
    at = end + 1;
  }
  return found;
});

/** Spans (sorted, apart) with the players of figures' tables put in whole as people; see the file's comment. */
export function withStatsTableNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const players = tablePlayers(text);
  if (!players.length) return spans as NamedSpan[];
  // A surname cut from its initial, or a name read as a club or a town, gives way to the row's player.
  return withWholeNames(withoutOverlapping(spans, players), mapSpans(players, (p) => ({ ...p })));
}
