/** One edit of a text, as editors report them: replace `deleteLength` characters at `offset`. */
export interface TextEdit {
  offset: number;
  deleteLength: number;
  insertText: string;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Moves ranges through edits applied in order (live typing): an edit before a range shifts it, an
 * edit after leaves it, an edit inside grows or shrinks it. The second result says whether the edit
 * touched the range's own text, in which case it should be re-anchored by its quote.
 */
export function shiftRange(range: Span, edits: readonly TextEdit[]): { range: Span; touched: boolean } {
  let { start, end } = range;
  let touched = false;
  for (const e of edits) {
    const editEnd = e.offset + e.deleteLength;
    const delta = e.insertText.length - e.deleteLength;
    if (editEnd <= start) {
      // Inserting exactly at the start goes before the range, as the user typed in front of it.
      if (e.offset < start || e.deleteLength > 0 || e.offset === start) {
        start += delta;
        end += delta;
      }
    } else if (e.offset >= end) {
      continue;
    } else {
      touched = true;
      start = Math.min(start, e.offset);
      end = Math.max(start, end + delta);
    }
  }
  return { range: { start, end }, touched };
}

/** `shiftRange` over many ranges. */
export function shiftAnchors<T extends Span>(anchors: readonly T[], edits: readonly TextEdit[]): Array<T & { touched: boolean }> {
  return anchors.map((a) => {
    const { range, touched } = shiftRange(a, edits);
    return { ...a, start: range.start, end: range.end, touched };
  });
}
