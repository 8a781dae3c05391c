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
 * `text`: a table's first row whose cells hold such a header chooses the column, separator rows are
 * passed over, and a line that is no table row ends the table.
 */
export function columnCells(text: string, isHeader: (header: string) => boolean): TableCell[] {
  const found: TableCell[] = [];
  let column = -1;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (!line.trimStart().startsWith('|')) column = -1;
    else if (column < 0) column = tableCells(line, at).findIndex((c) => isHeader(c.text));
    else if (!TABLE_SEPARATOR.test(line)) {
      const cell = tableCells(line, at)[column];
      if (cell) found.push(cell);
    }
    at = end + 1;
  }
  return found;
}
