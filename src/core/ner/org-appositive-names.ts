import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { ORG_WORDS } from './rule-tagger';

/**
 * A body whose full name adds a title-case description after a comma: "Gavi, the Vaccine Alliance",
 * "Aster, the Water Access Foundation,". The whole is one organisation's name, and the short name
 * alone is that organisation wherever else the article writes it (the model reads it as a person or
 * a place). Only a one-word short name and a description of capitalised words ending in an
 * organisation's word count: "Smith, the party's leader" and "Paris, the French capital" are not names.
 */

/** ", the" and one to four capitalised words ending in an organisation's word, then the end of the phrase. */
const DESCRIPTION = /^,[ \t]+the[ \t]+((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,3}(\p{Lu}[\p{L}\p{M}-]*))(?=[ \t]*[,.;:)]|[ \t]*$)/u;

/**
 * Where the organisation's full name ends when the one-word name `[start, end)` of `text` is the
 * short name of the file's comment ("Gavi" of "Gavi, the Vaccine Alliance,"), or -1. Both the early
 * reading of all names and the late one of the people the later rules made read this.
 */
export function appositiveNameEnd(text: string, start: number, end: number): number {
  // A comma and "t" right after the name are the cheap first test.
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 2) !== 116) return -1;
  if (text.slice(start, end).includes(' ')) return -1;
  const m = DESCRIPTION.exec(text.slice(end, end + 80));
  return m && ORG_WORDS.test(m[2]) ? end + m[0].length : -1;
}

/** Spans (sorted, apart) with the names of the file's comment made whole organisations, and their short names typed as such. */
export function withAppositiveNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  const short = new Set<string>();
  for (const s of spans) {
    const end = appositiveNameEnd(text, s.start, s.end);
    if (end < 0) continue;
    found.push({ type: 'organization', start: s.start, end });
    short.add(text.slice(s.start, s.end));
  }
  if (!found.length) return spans as NamedSpan[];
  return mapChangedSpans(withWholeNames(spans, found), (s) => (s.type !== 'organization' && short.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s));
}
