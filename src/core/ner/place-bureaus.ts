import type { NamedSpan } from './index';

/**
 * A news agency's bureau is named after its city ("Amman Bureau", "Nairobi Bureau" under a byline):
 * the city is the place a reader marks, and "Bureau" is a word of the byline, not an organisation's
 * name. A span of a known place and "Bureau" becomes the place.
 */

/** Spans (sorted, apart) with "<city> Bureau" cut to the city, a place. `isListedPlace` tells a place the lists know. */
export function withBureauCities(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  if (!text.includes(' Bureau')) return spans as NamedSpan[];
  let places: Set<string> | undefined;
  return spans.map((s) => {
    if (s.type !== 'organization' || !text.startsWith(' Bureau', s.end - 7)) return s;
    const city = text.slice(s.start, s.end - 7);
    if (city.includes(' ')) return s;
    places ??= new Set(spans.filter((p) => p.type === 'place').map((p) => text.slice(p.start, p.end)));
    return places.has(city) || isListedPlace(city) ? { type: 'place', start: s.start, end: s.end - 7 } : s;
  });
}
