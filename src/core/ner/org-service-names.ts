import type { NamedSpan } from './index';

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
  return spans.map((s) => {
    if (s.type !== 'person') return s;
    const name = text.slice(s.start, s.end);
    const space = name.indexOf(' ');
    if (space < 6 || name.indexOf(' ', space + 1) >= 0) return s;
    const first = name.slice(0, space);
    return ACTIVITY.test(first) && !GIVEN.has(first) && isPlace(name.slice(space + 1)) ? { ...s, type: 'organization' } : s;
  });
}
