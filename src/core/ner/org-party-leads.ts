import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A party's or a body's standing written before its name in lower case is no part of the name: "the
 * opposition Party of Socialists", "the ruling Justice Party", "the junior coalition partner Free
 * Voters". The model sometimes takes that word into the organisation's span; it is cut off.
 */

/** Words of standing in lower case before an organisation's name. */
const LEADS = new Set(['opposition', 'ruling', 'governing', 'rival', 'junior', 'senior', 'main', 'coalition', 'breakaway', 'banned', 'outlawed', 'defunct', 'state-owned', 'state-run']);

/** Spans (sorted, apart) with the words of standing of the file's comment cut off the organisations. */
export function withoutPartyLeads(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s) => {
    const c = text.charCodeAt(s.start);
    if (s.type !== 'organization' || c < 97 || c > 122) return s;
    let start = s.start;
    // One or two such words ("junior coalition"), each followed by a space.
    for (let n = 0; n < 2; n++) {
      const space = text.indexOf(' ', start);
      if (space < 0 || space >= s.end - 1 || !LEADS.has(text.slice(start, space))) break;
      start = space + 1;
    }
    return start > s.start && /\p{Lu}/u.test(text[start]) ? { ...s, start } : s;
  });
}
