import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Political lists and coalitions named "<X> Against <Y>" ("Serbia Against Violence", "Citizens
 * Against Corruption"), named before a word of politics in lower case ("coalition", "list",
 * "alliance", "movement"). The model reads the country's name in it as a place and leaves the rest;
 * the whole, without the lower-case word, is the organisation, though it holds a place's name.
 */

/** Capitalised words, " Against ", capitalised words, then a word of politics. */
const AGAINST = /(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,3}Against(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,3}(?=[ \t]+(?:coalition|list|alliance|movement|party|bloc|platform|campaign)(?![\p{L}]))/gu;
/** Function words that open a sentence, not a name: "The Serbia ...". */
const LEADING = /^(?:The|A|An|In|On|At|By|For|From|With|And|But)[ \t]+/u;

/** The names in `text`; searched once for the article's two readings. */
const namesIn = lastTextMemo((text: string): NamedSpan[] => {
  // A name holds " Against " with a capital: one literal search before the pattern.
  if (!text.includes(' Against ')) return [];
  const found: NamedSpan[] = [];
  AGAINST.lastIndex = 0;
  for (let m = AGAINST.exec(text); m; m = AGAINST.exec(text)) {
    const lead = LEADING.exec(m[0]);
    const start = m.index + (lead ? lead[0].length : 0);
    if (text.slice(start, m.index + m[0].length).startsWith('Against')) continue;
    found.push({ type: 'organization', start, end: m.index + m[0].length });
  }
  return found;
});

/** Spans (sorted, apart) with the "<X> Against <Y>" lists found whole; see the file's comment. */
export function withPartiesAgainst(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : [...spans];
}
