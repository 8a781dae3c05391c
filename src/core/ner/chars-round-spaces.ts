/**
 * The characters on either side of the spaces and tabs round a name: one character is a cheap first
 * look before a pattern anchored there ("ethnic " before a name ends in "c", " villages" after it
 * opens with "v"), sparing most names the pattern.
 */

/** The character before the spaces and tabs (none or more) that end at `at`, or '' at the text's start. */
export function charBeforeSpaces(text: string, at: number): string {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i > 0 ? text[i - 1] : '';
}

/** The character after the spaces and tabs (none or more) that start at `at`, or '' at the text's end. */
export function charAfterSpaces(text: string, at: number): string {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] ?? '';
}
