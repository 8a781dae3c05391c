import { lastTextMemo } from './last-text-memo';

/**
 * The numbered lines of a sports results list: "3. Kerremans (Soudal Quick-Step) +0:27", "1. Okafor-Lind
 * (Kenya) 2:04:11". The rules that read the competitor before the brackets and the team inside them
 * take the lines from here, so that both read the same lines.
 */

/** One numbered line with a bracket after the words that follow the number. */
export interface ResultLine {
  /** The words between the number and the bracket: the competitor's name, or a team's. */
  readonly name: string;
  readonly nameStart: number;
  /** What the brackets hold: a team, a country or its code. */
  readonly bracketed: string;
  readonly bracketedStart: number;
  /** Whether a time or a gap follows the brackets: "3hr 55min", "+0:04", "s.t.". */
  readonly timed: boolean;
}

/** A number, the words up to the first bracket, what the bracket holds, and perhaps a time or a gap. */
const RESULT_LINE = /^[ \t]*\d{1,3}[.)][ \t]+([^\n()]{2,60}?)[ \t]+\(([^()\n]{2,60})\)([ \t]+(?:\+?\d{1,2}:\d{2}|\d{1,3}(?:hr|h|min)\b|s\.t\.))?/dgmu;

/** The numbered results lines of `text`, searched once for all the rules that read them. */
export const resultLinesIn = lastTextMemo((text: string): ResultLine[] => {
  const lines: ResultLine[] = [];
  for (const m of text.matchAll(RESULT_LINE)) {
    const at = m.indices!;
    lines.push({ name: m[1], nameStart: at[1][0], bracketed: m[2], bracketedStart: at[2][0], timed: m[3] !== undefined });
  }
  return lines;
});
