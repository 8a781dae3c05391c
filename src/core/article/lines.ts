import type { TextRange } from '../model/types';

/** One line of a text: `start..end` excludes the line break; `text` is the slice. */
export interface Line extends TextRange {
  text: string;
  /** Index of the line, 0-based. */
  index: number;
}

/**
 * Splits a text into lines with exact UTF-16 offsets. CRLF, lone CR and LF all end a line; a leading
 * BOM stays in the text (offsets must match the editor) but is not part of the first line's content.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let index = 0;
  // The next LF and the next CR, each found by a search of its own (far faster than reading every
  // character); most texts have no CR, which is then looked for once.
  let lf = text.indexOf('\n', start);
  let cr = text.indexOf('\r', start);
  for (;;) {
    const end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    lines.push({ start, end, text: text.slice(start, end), index: index++ });
    if (end >= text.length) return lines;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
}

/** The range of `line` without leading and trailing white space (empty lines give an empty range). */
export function trimmedRange(line: Line): TextRange {
  const leading = line.text.length - line.text.trimStart().length;
  const trailing = line.text.length - line.text.trimEnd().length;
  const start = line.start + leading;
  return { start, end: Math.max(start, line.end - trailing) };
}

/** True when the line holds only white space. */
export function isBlank(line: Line): boolean {
  return line.text.trim().length === 0;
}
