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
  for (let i = start; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code === 10 || code === 13 || code === -1) {
      lines.push({ start, end: i, text: text.slice(start, i), index: index++ });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
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
