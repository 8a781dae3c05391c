import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * Public services named by what they do and the country or province they serve: "Elections Ontario",
 * "Statistics Norway", "Services Australia", "Investissement Québec", "Transports Québec". The model
 * reads a capitalised word before a place's name as a given name and the two as a person; a first
 * word that is a noun of an activity by its ending ("-tions", "-ment", "-ics", "-ices", "-ports")
 * makes the two an organisation.
 */

/** Endings of nouns of an activity, English and French, which given names do not have. */
const ACTIVITY = /^\p{Lu}[\p{Ll}\p{M}]+(?:tions?|ments?|ics|ices|ports)$/u;
/** Given names that end like such nouns. */
const GIVEN = new Set(['Clement', 'Clements', 'Armament']);

/**
 * Spans (sorted, apart) with two-word people whose first word is a noun of an activity and whose
 * second a listed place (`isPlace`) retyped as organisations; see the file's comment.
 */
export function withServiceNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  return mapChangedSpans(spans, (s) => {
    if (s.type !== 'person') return s;
    // The letter before the first space ends every such noun in "s", "t" or "n": most names are ruled out by it.
    const space = text.indexOf(' ', s.start);
    const last = text[space - 1];
    if (space - s.start < 6 || space >= s.end || (last !== 's' && last !== 't' && last !== 'n')) return s;
    const name = text.slice(s.start, s.end);
    const first = name.slice(0, space - s.start);
    if (name.indexOf(' ', first.length + 1) >= 0) return s;
    return ACTIVITY.test(first) && !GIVEN.has(first) && isPlace(name.slice(first.length + 1)) ? { ...s, type: 'organization' } : s;
  });
}
