import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { otherMentions, withAdded } from './added-spans';
import { DEMONYMS, PLACES, STOP } from './rule-tagger';

/**
 * A person's party or employer written as initials right next to their name: "Gary Chan of DAB",
 * "Ann Lee of the FTU", "DAB's Starry Lee". Initials there name an organisation, in every mention.
 */

/** Initials after a person's name and "of": " of DAB", " of the FTU". */
const OF_INITIALS = /^[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}{2,6})(?![\p{L}\p{N}.&'’-])/u;
/** Initials and a possessive before a person's name: "DAB's ". */
const INITIALS_OWNING = /(?<![\p{L}\p{N}.&-])(\p{Lu}{2,6})['’]s[ \t]+$/u;

/**
 * Spans (sorted, apart) with the initials next to people's names typed as organisations, and their
 * other mentions the model missed added. `isPlace` tells initials that name a place ("of NY").
 */
export function withAffiliations(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const names = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const after = OF_INITIALS.exec(text.slice(s.end, s.end + 16))?.[1];
    const before = INITIALS_OWNING.exec(text.slice(Math.max(0, s.start - 10), s.start))?.[1];
    for (const name of [after, before]) if (name && !PLACES.has(name) && !STOP.has(name) && !DEMONYMS.has(name) && !isPlace(name)) names.add(name);
  }
  // Initials the model read as a place somewhere ("of the UK") stay what they are.
  for (const s of spans) if (s.type === 'place') names.delete(text.slice(s.start, s.end));
  if (!names.size) return [...spans];
  const out = mapSpans(spans, (s) => (names.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s));
  return withAdded(out, otherMentions(text, names, out, () => 'organization'));
}
