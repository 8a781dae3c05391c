import { tableCells, type TableCell } from './table-cells';

/**
 * The cells of one column of the pipe tables of a text (Markdown or plain text), the column chosen by
 * its header: rules that read what a column holds (players, parties, clubs) share the walk over the
 * text's lines, and only texts holding a table's separator row read any line.
 */

/** A table's separator row ("|---|:--:|"). */
export const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{3,}/u;

/** Whether `text` may hold a pipe table: the opening of a separator row ("|---", "| ---", "|:--"), a cheap test before any line is read. */
export function mayHoldTable(text: string): boolean {
  return text.includes('|---') || text.includes('| ---') || text.includes('|:--');
}

/**
 * The cells, in text order, of the column whose header cell `isHeader` accepts in each table of
 * `text` (it is also shown the whole header row, for a column that counts only beside another): a
 * table's first row whose cells hold such a header chooses the column, separator rows are passed
 * over, and a line that is no table row ends the table.
 */
export function columnCells(text: string, isHeader: (header: string, row: readonly TableCell[]) => boolean): TableCell[] {
  const found: TableCell[] = [];
  let column = -1;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (!line.trimStart().startsWith('|')) column = -1;
    else if (column < 0) {
      const row = tableCells(line, at);
      column = row.findIndex((c) => isHeader(c.text, row));
    }
    else if (!TABLE_SEPARATOR.test(line)) {
      const cell = tableCells(line, at)[column];
      if (cell) found.push(cell);
    }
    at = end + 1;
  }
  return found;
}

/** A line of dashes under a table written without bars ("----  -------"), the twin of {@link TABLE_SEPARATOR}. */
const ALIGNED_SEPARATOR = /^[ \t]*-{3,}[- \t]*\r?$/u;

/** What parts the columns of a plain-text table written without bars: two spaces or more, or a tab. */
const COLUMN_GAP = / {2,}|\t+/gu;

/** The cells of one line of a table written without bars ("1    C. Okafor-Lind     KEN  2:04:11"), apart by {@link COLUMN_GAP}. */
function alignedCells(line: string, at: number): TableCell[] {
  const cells: TableCell[] = [];
  const lead = line.length - line.trimStart().length;
  let from = lead;
  COLUMN_GAP.lastIndex = lead;
  for (let m = COLUMN_GAP.exec(line); m; m = COLUMN_GAP.exec(line)) {
    cells.push({ text: line.slice(from, m.index), start: at + from });
    from = m.index + m[0].length;
  }
  const rest = line.slice(from).trimEnd();
  if (rest) cells.push({ text: rest, start: at + from });
  return cells;
}

/**
 * The cells of one column of the tables written without bars in `text`, their columns lined up by
 * spaces ("Pos  Name         Nat  Time" over "1    C. Okafor-Lind  KEN  2:04:11"), the column chosen
 * by its header. A header row has three cells or more, one of which `isHeader` accepts; the rows
 * under it with as many cells give that column's cell, a line of dashes is passed over, and a blank
 * line or a row of another shape ends the table. `cue` (global) finds where a header may stand, so
 * a text without one reads no line.
 */
export function alignedColumnCells(text: string, cue: RegExp, isHeader: (header: string) => boolean): TableCell[] {
  const found: TableCell[] = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    const header = alignedCells(text.slice(start, end), start);
    const column = header.length >= 3 ? header.findIndex((c) => isHeader(c.text)) : -1;
    cue.lastIndex = end;
    if (column < 0) continue;
    for (let at = end + 1; at < text.length; ) {
      let next = text.indexOf('\n', at);
      if (next < 0) next = text.length;
      const line = text.slice(at, next);
      if (!ALIGNED_SEPARATOR.test(line)) {
        const cells = alignedCells(line, at);
        if (cells.length !== header.length) break;
        found.push(cells[column]);
      }
      at = next + 1;
      cue.lastIndex = at;
    }
  }
  return found;
}
