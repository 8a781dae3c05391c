/** `text` cut to at most `max` characters, with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `text` on one line (runs of white space made one space), cut to at most `max` characters. */
export function clipLine(text: string, max: number): string {
  return clipText(text.replace(/\s+/gu, ' '), max);
}
