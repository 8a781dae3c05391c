import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { ORG_WORDS } from './rule-tagger';

/**
 * A body whose full name adds a title-case description after a comma: "Gavi, the Vaccine Alliance",
 * "Aster, the Water Access Foundation,". The whole is one organisation's name, and the short name
 * alone is that organisation wherever else the article writes it (the model reads it as a person or
 * a place). Only a one-word short name and a description of capitalised words ending in an
 * organisation's word count: "Smith, the party's leader" and "Paris, the French capital" are not names.
 */

/** ", the" and one to three capitalised words ending in an organisation's word, then the end of the phrase. */
const DESCRIPTION = /^,[ \t]+the[ \t]+((?:\p{Lu}[\p{L}\p{M}-]*[ \t]+){0,2}(\p{Lu}[\p{L}\p{M}-]*))(?=[ \t]*[,.;:)]|[ \t]*$)/u;

/** Spans (sorted, apart) with the names of the file's comment made whole organisations, and their short names typed as such. */
export function withAppositiveNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  const short = new Set<string>();
  for (const s of spans) {
    if (text.charCodeAt(s.end) !== 44 || text.charCodeAt(s.end + 2) !== 116) continue;
    const name = text.slice(s.start, s.end);
    if (name.includes(' ')) continue;
    const m = DESCRIPTION.exec(text.slice(s.end, s.end + 60));
    if (!m || !ORG_WORDS.test(m[2])) continue;
    found.push({ type: 'organization', start: s.start, end: s.end + m[0].length });
    short.add(name);
  }
  if (!found.length) return [...spans];
  return withWholeNames(spans, found).map((s) => (s.type !== 'organization' && short.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s));
}
