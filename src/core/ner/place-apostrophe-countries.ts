import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * "Côte d'Ivoire", the country's own and official name, has the shape of a person's name with an
 * elided particle ("Lucien d'Orval"), and the name lists, which split words at the apostrophe, do not
 * hold it: the model and the rules for such names read a person. Every mention, with or without its
 * accent and with either apostrophe, is the country, unless a longer name holds it ("Air Côte
 * d'Ivoire", "Red Cross of Côte d'Ivoire"), which stands (a name cut at the apostrophe is made whole
 * before, by `withElidedEnds` in elided-ends.ts), or a rule before typed the name itself as its
 * national team (see cycling-teams.ts).
 */

/** The country's name as written: accent or none, straight or curly apostrophe. */
const COUNTRY = /C[ôo]te d['’]Ivoire(?![\p{L}\p{M}])/gu;

/** Spans (sorted, apart) with each mention of the country put in as a place; see the file's comment. */
export function withApostropheCountries(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  // One literal search spares the pattern for nearly every article.
  if (!text.includes('Ivoire')) return spans as NamedSpan[];
  const names: NamedSpan[] = [];
  for (const m of text.matchAll(COUNTRY)) {
    if (m.index > 0 && /[\p{L}\p{M}]/u.test(text[m.index - 1])) continue;
    const end = m.index + m[0].length;
    if (spans.some((s) => s.start === m.index && s.end === end && s.type === 'organization')) continue;
    names.push({ type: 'place', start: m.index, end });
  }
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
