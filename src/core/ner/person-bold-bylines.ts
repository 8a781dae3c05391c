import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { ORG_WORDS, STOP } from './rule-tagger';

/**
 * A Markdown byline that opens its line with the writer's name in bold and says where it was
 * written: "**Marta Oyelaran-Fisk** at Wimbledon", "**Tom Ferris** in Kyiv". The model reads
 * such a line as a Title Case headline and names nothing in it. Two or three capitalised words in
 * bold at a line's start, before "at" or "in" and a place that ends the line, near the top of the text, are the writer's name;
 * so are those of more writers on the line ("**Ann Lee** in Bonn and **Tom Ferris** in Kyiv").
 */

/** One capitalised word of a name: "Marta", "Oyelaran-Fisk", "O'Neill", "McAllister". */
const PART = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:\p{Lu}\p{Ll}+)?`;
const WORD = `${PART}(?:-${PART})*`;
/** A bold name of two or three words; the name is the first group. */
const BOLD_NAME = String.raw`\*\*(${WORD}(?: ${WORD}){1,2})\*\*`;
/** "at" or "in" and a place of one to four capitalised words. */
const WHERE = String.raw`[ \t]+(?:at|in)[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}?`;
/** A line of such bylines, joined by "and" or commas: "**Ann Lee** in Bonn and **Tom Ferris** in Kyiv". */
const BYLINE = new RegExp(String.raw`^${BOLD_NAME}${WHERE}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)${BOLD_NAME}${WHERE})*[ \t]*\r?$`, 'gmu');
/** Each writer's name on a byline line. */
const NAME = new RegExp(BOLD_NAME, 'gu');
/** How far into the text a byline is sought: it stands under the headline. */
const BYLINE_REACH = 1500;

/** The writers' names of such bylines, searched only when the text holds bold marks. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes('**')) return [];
  const found: NamedSpan[] = [];
  for (const line of text.slice(0, BYLINE_REACH).matchAll(BYLINE)) {
    for (const m of line[0].matchAll(NAME)) {
      // "**Key Findings** in Brief", "**Bank Holiday** in London": a function or organisation word names no one.
      if (m[1].split(' ').some((w) => STOP.has(w) || ORG_WORDS.test(w))) continue;
      const start = line.index + m.index + 2;
      found.push({ type: 'person', start, end: start + m[1].length });
    }
  }
  return found;
});

/** Spans (sorted, apart) with the writers of bold bylines put in as people; see the file's comment. */
export function withBoldBylines(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
