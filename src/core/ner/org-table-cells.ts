import type { NamedSpan } from './index';
import { withoutOverlapping, withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { isTitleWord, ORG_WORDS, STOP } from './rule-tagger';
import { columnCells, mayHoldTable } from '../text/table-columns';
import type { TableCell } from '../text/table-cells';

/**
 * "| 5 | Mooloolaba Outrigger Canoe Club | Queensland |": a table's cell holds one name, and the model,
 * with no sentence around it, often keeps only the words up to an organisation's head word ("Outrigger
 * Canoe Club", "Ōpua Canoe Club" after a person "Kai"). An organisation ending its cell with such a
 * word takes in the capitalised words before it in the cell, and the spans the model found there. A
 * column headed "Party" or "Club" holds organisations, whatever the model read in its cells (a party
 * named after its country, "Democratic Montenegro"; a crew named after its town), and so do a
 * transfers table's "From" and "To" columns (clubs named after their towns). A column headed
 * "Home", "Town" or "Country" holds places: a name the model read as a person's in one of its cells
 * ("| Porto-Vello, Tarsia |", a town with a hyphen, with no sentence around it) is a place.
 */

/** Headers of a column of organisations. */
const ORGANISATION_HEADERS = /\|[ \t]*(?:Party|Parties|Club|Clubs|Company|Companies|Organi[sz]ation)[ \t]*\|/u;
/** A cell that names an organisation: one to six words, the first capitalised, no figure alone. */
const NAME_CELL = /^\p{Lu}[^\s|]*(?:[ \t]+[^\s|]+){0,5}$/u;

/** A transfers table's header: the selling and the buying club's columns, a cheap test of the whole text. */
const TRANSFER_HEADERS = /\|[ \t]*From[ \t]*\|[ \t]*To[ \t]*\|/u;
const TRANSFER_HEADER_BESIDE = /\|[ \t]*(?:Player|Fee)[ \t]*\|/u;
/** Cells of those columns that name no club: a player with none, a loan's or a fee's word. */
const NO_CLUB_CELL = /^(?:Free(?: agent)?|Unattached|Released|Retired|Loan|Undisclosed|None|Unknown|N\/A)$/iu;

/** Whether a table's header row is a transfers table's: "From" right before "To", beside a player's or a fee's column (a timetable has neither). */
function isTransfersRow(row: readonly TableCell[]): boolean {
  return row.some((c, i) => c.text === 'From' && row[i + 1]?.text === 'To') && row.some((c) => c.text === 'Player' || c.text === 'Fee');
}

/** The cells of the columns of organisations in the tables of `text`, in text order. */
const columnOrganisations = lastTextMemo((text): NamedSpan[] => {
  if (!mayHoldTable(text)) return [];
  const organisations = ORGANISATION_HEADERS.test(text);
  // "| Player | From | To | Fee |": the clubs a player left and joined.
  const transfers = TRANSFER_HEADERS.test(text) && TRANSFER_HEADER_BESIDE.test(text);
  if (!organisations && !transfers) return [];
  // One column is read per walk over the tables: the buying clubs' column is read apart.
  const cells = columnCells(text, (header, row) => (organisations && ORGANISATION_HEADERS.test(`|${header}|`)) || (transfers && header === 'From' && isTransfersRow(row)));
  if (transfers) cells.push(...columnCells(text, (header, row) => header === 'To' && isTransfersRow(row)));
  const found: NamedSpan[] = [];
  for (const cell of cells) {
    if (NAME_CELL.test(cell.text) && !NO_CLUB_CELL.test(cell.text)) found.push({ type: 'organization', start: cell.start, end: cell.start + cell.text.length });
  }
  return transfers ? found.sort((a, b) => a.start - b.start) : found;
});

/** Headers of a column of places; a council's or a parliament's seats are places ("| Ward |", "| Riding |"). */
const PLACE_HEADERS = /\|[ \t]*(?:Home|Hometown|Home[ \t]+town|Town|City|Country|Venue|Location|Region|Base|Ward|Riding|Constituency)[ \t]*\|/u;
/** Headers of a column of seats: each cell is one seat's whole name, often a person's ("Daniel McIntyre", "Mynarski") or joined places ("Charleswood-Tuxedo-Westwood"). */
const SEAT_HEADERS = new Set(['Ward', 'Riding', 'Constituency']);

/** The cells of the columns of places in the tables of `text`, in text order. */
const columnPlaces = lastTextMemo((text): NamedSpan[] => {
  if (!mayHoldTable(text) || !PLACE_HEADERS.test(text)) return [];
  return columnCells(text, (header) => PLACE_HEADERS.test(`|${header}|`)).map((cell) => ({ type: 'place', start: cell.start, end: cell.start + cell.text.length }));
});

/**
 * The name cells of the columns of seats, whole ("Point Douglas", not the model's "Douglas"); a title
 * ("Mayor") or a function word is no seat. The header cells ("Ward", a surname too) are returned apart: no name.
 */
const columnSeats = lastTextMemo((text): { seats: NamedSpan[]; headers: TableCell[] } => {
  const headers: TableCell[] = [];
  const seats: NamedSpan[] = [];
  if (!mayHoldTable(text) || !PLACE_HEADERS.test(text)) return { seats, headers };
  const isSeatHeader = (header: string, row: readonly TableCell[]) => {
    if (!SEAT_HEADERS.has(header)) return false;
    headers.push(row.find((c) => c.text === header)!);
    return true;
  };
  for (const cell of columnCells(text, isSeatHeader)) {
    if (NAME_CELL.test(cell.text) && !cell.text.includes(',') && !isTitleWord(cell.text) && !STOP.has(cell.text)) seats.push({ type: 'place', start: cell.start, end: cell.start + cell.text.length });
  }
  return { seats, headers };
});

/** Spans with the people inside a cell of a column of places made places, and the seats' cells whole places; `spans` itself when none is. */
function withCellPlaces(text: string, named: NamedSpan[]): NamedSpan[] {
  const cells = columnPlaces(text);
  if (!cells.length) return named;
  const { seats, headers } = columnSeats(text);
  const notHeaders = headers.length ? named.filter((s) => !headers.some((h) => h.start === s.start && h.start + h.text.length === s.end)) : named;
  const spans = seats.length ? withWholeNames(withoutOverlapping(notHeaders, seats), seats.map((c) => ({ ...c }))) : notHeaders;
  let out: NamedSpan[] | null = null;
  let c = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    while (c < cells.length && cells[c].end < s.end) c++;
    if (s.type === 'person' && c < cells.length && cells[c].start <= s.start) (out ??= [...spans])[i] = { ...s, type: 'place' };
  }
  return out ?? spans;
}

/** How far back in a cell the words before a name are read. */
const MOST_BEFORE = 60;
/** The capitalised words (one to three) between a cell's bar and a name: "Mooloolaba ", "Hui ", "Kai ". */
const WORDS_BEFORE = /\|[ \t]+((?:\p{Lu}[\p{L}\p{M}ʻʼ'’.-]*[ \t]+){1,3})$/u;

/** Whether only spaces or tabs, then a cell's closing bar, follow `end`. */
function endsCell(text: string, end: number): boolean {
  let k = end;
  while (text[k] === ' ' || text[k] === '\t') k++;
  return text[k] === '|';
}

/** Where the cell's name starts when the words before `s` in its cell are capitalised words, or `s.start`. */
function cellStart(text: string, s: NamedSpan): number {
  const from = Math.max(0, s.start - MOST_BEFORE);
  const before = text.slice(Math.max(from, text.lastIndexOf('\n', s.start) + 1), s.start);
  const m = WORDS_BEFORE.exec(before);
  if (!m || m[1].trim().split(/[ \t]+/u).some((w) => STOP.has(w))) return s.start;
  return s.start - m[1].length;
}

/** Spans (sorted, apart) with an organisation cut inside its table cell made the cell's whole name; see the file's comment. */
export function withWholeCellNames(text: string, named: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes('|')) return [...named];
  const cells = columnOrganisations(text);
  const spans = cells.length ? withWholeNames(withoutOverlapping(named, cells), cells.map((c) => ({ ...c }))) : named;
  let out: NamedSpan[] | null = null;
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i];
    // Cheap gates: an organisation, a space before it and a bar closing its cell after it.
    const gap = text.charCodeAt(s.start - 1);
    if (s.type !== 'organization' || (gap !== 32 && gap !== 9) || !endsCell(text, s.end)) continue;
    const name = text.slice(s.start, s.end);
    if (!ORG_WORDS.test(name.slice(name.lastIndexOf(' ') + 1))) continue;
    const start = cellStart(text, s);
    if (start === s.start) continue;
    // Spans over the words before must lie inside them.
    let j = i;
    while (j > 0 && spans[j - 1].end > start) j--;
    if (j < i && spans[j].start < start) continue;
    (out ??= [...spans]).splice(j, i - j + 1, { ...s, start });
    i = j;
  }
  return withCellPlaces(text, out ?? [...spans]);
}
