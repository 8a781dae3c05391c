import type { TextRange } from '../model/types';
import { tableCells } from '../text/table-cells';

/** A header cell naming a column of years. */
const YEAR_HEADER = /^(?:years?|season|yr)$/iu;
/** A cell holding a year and nothing else. */
const YEAR_CELL = /^(?:1[89]|20)\d{2}$/u;
/** The row under a Markdown table's header: dashes and colons between pipes ("|---|:--:|"). */
const SEPARATOR_ROW = /^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/u;
/** How many rows back the separator row of a table is looked for. */
const MAX_ROWS = 200;

/** A year found in a table: offsets in the text, and the year as its value. */
export interface TableYear {
  start: number;
  end: number;
  value: string;
}

/**
 * The years of the tables in `range`: those of a "Year" column (see `yearColumnCells`) and those
 * heading the columns (see `headerYears`).
 */
export function tableYears(text: string, range: TextRange): TableYear[] {
  const bar = text.indexOf('|', range.start);
  if (bar < 0 || bar >= range.end) return [];
  const inColumn = yearColumnCells(text, range);
  const heading = headerYears(text, range, bar);
  return heading.length ? [...inColumn, ...heading] : inColumn;
}

/**
 * The years heading the columns of a pipe table, Markdown or plain text ("Item | 2026 | 2025" over
 * rows of figures): a row that opens a table, with every cell but the first a year, two at least,
 * names the year each column's figures belong to.
 */
function headerYears(text: string, range: TextRange, firstBar: number): TableYear[] {
  const out: TableYear[] = [];
  let lineStart = text.lastIndexOf('\n', firstBar) + 1;
  let previousHadBar = lineStart > 0 && text.slice(previousLineStart(text, lineStart), lineStart).includes('|');
  while (lineStart < range.end) {
    const lineEnd = lineEndAt(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const hasBar = line.includes('|');
    const nextHasBar = hasBar && text.slice(lineEnd + 1, lineEndAt(text, lineEnd + 1)).includes('|');
    if (hasBar && !previousHadBar && nextHasBar) out.push(...yearsHeadingRow(line, lineStart));
    previousHadBar = hasBar;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The years of a header row whose cells after the first are all years (none otherwise). */
function yearsHeadingRow(line: string, at: number): TableYear[] {
  const parts: TableYear[] = [];
  let from = 0;
  for (let bar = line.indexOf('|'); from <= line.length; bar = line.indexOf('|', from)) {
    const end = bar < 0 ? line.length : bar;
    const raw = line.slice(from, end);
    const text = raw.trim();
    if (text || (from > 0 && bar >= 0)) parts.push({ start: at + from + raw.length - raw.trimStart().length, end: 0, value: text });
    if (bar < 0) break;
    from = bar + 1;
  }
  const years = parts.slice(1);
  if (years.length < 2 || !years.every((p) => YEAR_CELL.test(p.value))) return [];
  return years.map((p) => ({ start: p.start, end: p.start + p.value.length, value: p.value }));
}

/**
 * The years filling the cells of a Markdown table's "Year" column in `range` ("| 2023 | 4,120 |"
 * under "| Year | Kings counted |"): a bare number elsewhere is a count, but under that header it is
 * the year of the row. The header may lie before `range`, a paragraph of its own.
 */
function yearColumnCells(text: string, range: TextRange): TableYear[] {
  let at = range.start;
  while (at < range.end && (text[at] === ' ' || text[at] === '\t')) at++;
  if (text[at] !== '|') return [];
  const columns = yearColumns(text, at);
  if (!columns.length) return [];
  const out: TableYear[] = [];
  for (let lineStart = at; lineStart < range.end; ) {
    const lineEnd = Math.min(range.end, lineEndAt(text, lineStart));
    const line = text.slice(lineStart, lineEnd);
    if (!SEPARATOR_ROW.test(line.trim())) {
      tableCells(line, lineStart).forEach((cell, column) => {
        if (columns.includes(column) && YEAR_CELL.test(cell.text)) out.push({ start: cell.start, end: cell.start + cell.text.length, value: cell.text });
      });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The columns (0-based) headed as years in the table holding the row at `rowStart`; none when it has no header. */
function yearColumns(text: string, rowStart: number): number[] {
  const header = headerRow(text, rowStart);
  if (header === null) return [];
  return tableCells(header, 0).flatMap((cell, column) => (YEAR_HEADER.test(cell.text.replace(/[*_]/gu, '').trim()) ? [column] : []));
}

/** The header row of the table holding the row at `rowStart`: the row above its separator row, which may be `rowStart`'s own. */
function headerRow(text: string, rowStart: number): string | null {
  const firstEnd = lineEndAt(text, rowStart);
  if (firstEnd < text.length && SEPARATOR_ROW.test(text.slice(firstEnd + 1, lineEndAt(text, firstEnd + 1)).trim())) return text.slice(rowStart, firstEnd);
  // Back over the table's rows, with no blank line between, to the separator row.
  for (let lineStart = rowStart, rows = 0; lineStart > 0 && rows < MAX_ROWS; rows++) {
    const line = text.slice(lineStart, lineEndAt(text, lineStart)).trim();
    if (!line.startsWith('|')) return null;
    if (SEPARATOR_ROW.test(line)) {
      const above = previousLineStart(text, lineStart);
      return above < 0 ? null : text.slice(above, lineEndAt(text, above));
    }
    lineStart = previousLineStart(text, lineStart);
  }
  return null;
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Where the line before the one starting at `lineStart` starts; -1 at the text's start. */
function previousLineStart(text: string, lineStart: number): number {
  if (lineStart <= 0) return -1;
  return text.lastIndexOf('\n', lineStart - 2) + 1;
}
