import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { ORG_WORDS, STOP } from './rule-tagger';
import { PERSON_NAME_WORD as WORD } from './name-words';

/**
 * A Markdown byline that opens its line with the writer's name in bold and says where it was
 * written: "**Marta Oyelaran-Fisk** at Wimbledon", "**Tom Ferris** in Kyiv". The model reads
 * such a line as a Title Case headline and names nothing in it. Two or three capitalised words in
 * bold at a line's start, before "at" or "in" and a place that ends the line, near the top of the text, are the writer's name;
 * so are those of more writers on the line ("**Ann Lee** in Bonn and **Tom Ferris** in Kyiv"). The
 * same holds for a name after "By" ("**By Kofi Mensah** | Accra", "By **Kofi Mensah**"), for a
 * place, a reading time or a date line after a bar or a dot ("**Ann Lee** · 4 min read", "**Ann
 * Lee** · Updated: 2026-03-02 10:15", "**Ann Lee** · 2026-03-02T10:15:00+02:00", "**Ann Lee** · Accra - 3 MAR
 * 2026 - 09:00"), after a bold tag of the piece's kind ("**ANALYSIS** · By **Ann Lee**"), and for two bold names joined by "and" alone on their line
 * ("**Ann Lee** and **Tom Ferris**"). A live page's byline without bold marks names two writers or
 * more, each with where they write, and nothing else on its line ("Ann Lee in Bonn and Tom Ferris
 * in Kyiv"): one name and a place alone could be a heading ("Floods in Texas").
 */

/** A bold name of two or three words, perhaps after "By" inside the bold; the name is the first group. */
const BOLD_NAME = String.raw`\*\*(?:By[ \t]+)?(${WORD}(?: ${WORD}){1,2})\*\*`;
/** A place of one to four capitalised words. */
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}?`;
/** "at" or "in" and a place. */
const WHERE = String.raw`[ \t]+(?:at|in)[ \t]+${PLACE}`;
/** After the names, a bar or a dot and a place or a reading time: "| Accra", "· 5 min read", "· Accra - 3 MAR 2026 - 09:00". */
const TAIL = String.raw`[ \t]*[|·•][ \t]*(?:\d{1,2}[ \t]+min(?:ute)?s?[ \t]+read|(?:Updated|Published|Posted|Last updated):?[ \t]+\d[^\n]*|\d{4}-\d{2}-\d{2}(?:T[\d:.+-]+Z?)?[ \t]*|${PLACE}(?:[ \t]+[-–—][ \t]+\d[^\n]*)?)`;
/** A bold tag in capitals and a bar or a dot before a byline, which says the piece's kind: "**ANALYSIS** · ". */
const KIND = String.raw`(?:\*\*\p{Lu}{3,}(?: \p{Lu}{2,})*\*\*[ \t]*[|·•][ \t]*)?`;
/**
 * A line of such bylines, joined by "and" or commas: "**Ann Lee** in Bonn and **Tom Ferris** in
 * Kyiv"; group 2 is set when the line says where, group 3 when it joins names, group 5 for a tail.
 */
const BYLINE = new RegExp(String.raw`^${KIND}(?:By[ \t]+)?${BOLD_NAME}(${WHERE})?((?:(?:,[ \t]+|,?[ \t]+and[ \t]+)${BOLD_NAME}(?:${WHERE})?)+)?(${TAIL})?[ \t]*\r?$`, 'gmu');
/** A plain line of two bylines or more, each with its place: "Ann Lee in Bonn and Tom Ferris in Kyiv". */
const PLAIN_BYLINE = new RegExp(String.raw`^${WORD}(?: ${WORD}){1,2}${WHERE}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)${WORD}(?: ${WORD}){1,2}${WHERE})+[ \t]*\r?$`, 'gmu');
/** Each writer's name on a plain byline line, before "in" or "at". */
const PLAIN_NAME = new RegExp(String.raw`(?:^|,[ \t]+|[ \t]and[ \t]+)(${WORD}(?: ${WORD}){1,2})[ \t]+(?:at|in)[ \t]`, 'gu');
/** "By" opening a byline, after a tag of its kind or not. */
const BY = /^(?:\*\*\p{Lu}[^*\n]*\*\*[ \t]*[|·•][ \t]*)?(?:\*\*)?By[ \t]/u;
/** Each writer's name on a byline line. */
const NAME = new RegExp(BOLD_NAME, 'gu');
/** How far into the text a byline is sought: it stands under the headline. */
const BYLINE_REACH = 1500;

/** The writers' names of such bylines, searched only when the text holds bold marks. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  const top = text.slice(0, BYLINE_REACH);
  if (top.includes(' and ') && top.includes(' in ')) found.push(...plainBylineNames(top));
  if (!text.includes('**')) return found;
  for (const line of text.slice(0, BYLINE_REACH).matchAll(BYLINE)) {
    // A bold line of two words alone ("**Key Findings**") is a heading: a place, a second name, a tail or "By" tells a byline.
    if (!line[2] && !line[3] && !line[5] && !BY.test(line[0])) continue;
    for (const m of line[0].matchAll(NAME)) {
      // "**Key Findings** in Brief", "**Bank Holiday** in London": a function or organisation word names no one.
      if (m[1].split(' ').some((w) => STOP.has(w) || ORG_WORDS.test(w))) continue;
      const start = line.index + m.index + m[0].indexOf(m[1]);
      found.push({ type: 'person', start, end: start + m[1].length });
    }
  }
  return found;
});

/** The writers' names of plain byline lines in `top`, the text's first lines. */
function plainBylineNames(top: string): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const line of top.matchAll(PLAIN_BYLINE)) {
    const names = [...line[0].matchAll(PLAIN_NAME)];
    // "The Rain in Bonn and ...", "Central Bank in Rome and ...": no function or organisation word in any name.
    if (names.some((m) => m[1].split(' ').some((w) => STOP.has(w) || ORG_WORDS.test(w)))) continue;
    for (const m of names) {
      const start = line.index + m.index + m[0].indexOf(m[1]);
      found.push({ type: 'person', start, end: start + m[1].length });
    }
  }
  return found;
}

/** Spans (sorted, apart) with the writers of bold bylines put in as people; see the file's comment. */
export function withBoldBylines(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
