import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * Arenas named after a sponsor with their city after the venue's word: "the Telekom Center Athens",
 * "the Mercedes-Benz Arena Berlin", "Spark Dome Vienna". The model reads the sponsor's company in
 * them; a venue's word followed by a city the lists know, closing the name, makes the name a place.
 * Centres of research or care named the same way ("Cancer Center Boston") are the bodies. An arena or
 * a stadium named after a sponsor without a city ("the Nokia Arena", "Allianz Stadium") is the venue
 * too, as is a ground named so in Portuguese ("Allianz Parque"): bodies and teams do not end their
 * names with those words.
 */

/** Words for a venue before the city: "Center", "Arena". */
const VENUES = new Set(['Center', 'Centre', 'Arena', 'Dome', 'Stadium', 'Coliseum', 'Pavilion', 'Hall']);
/** Words of institutes, hospitals and offices whose "Center" is a body, not a hall. */
const BODY_WORDS = new Set(['Medical', 'Research', 'Cancer', 'Health', 'Science', 'Sciences', 'Data', 'Training', 'Policy', 'Innovation', 'Study', 'Studies', 'Trade', 'Business', 'Financial', 'Operations', 'Command', 'Control', 'Service', 'Services', 'Support', 'Information', 'Media', 'Press']);

/** Venue words that end only venues' names, without a city after them. */
const ARENAS = new Set(['Arena', 'Stadium', 'Coliseum', 'Velodrome', 'Parque', 'Ballpark', 'Fieldhouse']);

/** Spans (sorted, apart) with the sponsored arenas above typed as places; `isListedPlace` tells a city the lists know. */
export function withCityVenues(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  return mapChangedSpans(spans, (s) => {
    if (s.type !== 'organization') return s;
    const last = text.lastIndexOf(' ', s.end - 1);
    if (last > s.start && ARENAS.has(text.slice(last + 1, s.end)) && !text.slice(s.start, last).split(' ').some((w) => BODY_WORDS.has(w))) return { ...s, type: 'place' };
    const before = text.lastIndexOf(' ', last - 1);
    // A venue's word right before the last: at least three words, found by two searches back from the end.
    if (last <= s.start || before <= s.start || !VENUES.has(text.slice(before + 1, last))) return s;
    const words = text.slice(s.start, before).split(' ');
    if (words.some((w) => BODY_WORDS.has(w)) || !isListedPlace(text.slice(last + 1, s.end))) return s;
    return { ...s, type: 'place' };
  });
}
