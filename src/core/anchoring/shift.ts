/**
 * One edit of a text, as editors report them: replace `deleteLength` characters at `offset` with
 * `insertText` (VS Code's `rangeOffset`, `rangeLength`, `text`). Offsets are UTF-16 code units.
 */
export interface TextEdit {
  offset: number;
  deleteLength: number;
  insertText: string;
}

/** A range of UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Moves a range through edits applied one after the other, each offset counted in the text left by
 * the previous ones (live typing): an edit before the range shifts it, an edit after leaves it, an
 * edit inside grows or shrinks it. `touched` says whether an edit reached the range's own text, in
 * which case it should be re-anchored by its quote once typing pauses.
 */
export function shiftRange(range: Span, edits: readonly TextEdit[]): { range: Span; touched: boolean } {
  let { start, end } = range;
  let touched = false;
  for (const e of edits) {
    const editEnd = e.offset + e.deleteLength;
    const delta = e.insertText.length - e.deleteLength;
    if (editEnd <= start) {
      // Typing exactly at the start goes in front of the range, as the user typed before the quote.
      start += delta;
      end += delta;
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

/** `shiftRange` over many ranges (each keeps its other fields), for an editor's change event. */
export function shiftAnchors<T extends Span>(anchors: readonly T[], edits: readonly TextEdit[]): Array<T & { touched: boolean }> {
  return anchors.map((a) => {
    const { range, touched } = shiftRange(a, edits);
    return { ...a, start: range.start, end: range.end, touched };
  });
}
