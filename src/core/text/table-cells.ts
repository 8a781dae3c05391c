/** A cell of a pipe table's row: its text without the spaces around it, and where that text starts. */
export interface TableCell {
  text: string;
  start: number;
}

/**
 * The cells of a pipe-table row (Markdown or plain text: "| 1 | C Byrne | NIR |") that starts at
 * offset `at`, each closed by a bar, with where each cell's text starts in the whole text.
 */
export function tableCells(line: string, at: number): TableCell[] {
  const cells: TableCell[] = [];
  let from = line.indexOf('|') + 1;
  for (let bar = line.indexOf('|', from); bar >= 0; bar = line.indexOf('|', from)) {
    const raw = line.slice(from, bar);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: at + from + lead });
    from = bar + 1;
  }
  return cells;
}
