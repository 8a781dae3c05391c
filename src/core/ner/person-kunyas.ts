import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { SPEECH_AFTER, VERB_AFTER_LENGTH } from './person-verbs';

/**
 * Arabic kunyas: "Umm Ahmad" (mother of Ahmad) and "Abu Khalil" (father of Khalil) name a person,
 * as news from the Levant and the Gulf often calls women and elders. The model reads them as places,
 * after "Umm Qasr" and "Abu Dhabi". One that speaks ("Umm Ahmad said", "Abu Khalil told") in one
 * mention, and no name list holds, is a person in every mention: a place after a comma is not read
 * as the last of a list of places here ("Back in Jabal al-Nasr, Umm Ahmad said").
 */

/** A kunya of two words: "Umm" or "Abu" and a capitalised name. */
const KUNYA = /^(?:Umm|Abu|Abou) \p{Lu}[\p{Ll}\p{M}]+$/u;

/** Spans with the kunyas that act as people typed as people; `isListed` tells a name the lists know. Sorted, apart. */
export function withKunyaPeople(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  if (!text.includes('Umm ') && !text.includes('Abu ') && !text.includes('Abou ')) return spans as NamedSpan[];
  const people = new Set<string>();
  for (const s of spans) {
    if (s.type === 'person' || s.end - s.start > 24) continue;
    const name = text.slice(s.start, s.end);
    if (KUNYA.test(name) && SPEECH_AFTER.test(text.slice(s.end, s.end + VERB_AFTER_LENGTH)) && !isListed(name)) people.add(name);
  }
  if (!people.size) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s) => (s.type !== 'person' && people.has(text.slice(s.start, s.end)) ? { ...s, type: 'person' as const } : s));
}
