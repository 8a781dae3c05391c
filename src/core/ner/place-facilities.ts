import type { NamedSpan } from './index';
import { lastTextMemo } from './last-text-memo';
import { mapChangedSpans } from './span-arrays';
import { anyWordStartsWith } from './word-start-positions';

/**
 * Prisons, detention centres, airports, bus and transport hubs and venues named "Centre" (a
 * convention, event or health centre) are places, not the bodies that run them: "remanded at the Kirikiri Custodial Centre", "died in the Delmont County Detention
 * Center", "moved to Belmarsh Prison", "left through the Murtala Muhammed International Airport",
 * "buses leave the Downtown Transport Centre", "the Ratna Park Bus Terminal". The model reads an
 * organisation in "Centre", "Center" and "International"; a name ending in a word of custody or of
 * transport and "Centre" (or "Terminal", "Station"), in "Prison" or "Jail", or in "Airport" is a place. The bodies that run them keep their
 * type ("Prison Service", "Bureau of Prisons", "Airports Authority" end in other words). An airport
 * named after a person, where the model found the person only ("Blaise Diagne" of "Blaise Diagne
 * International Airport"), is the airport, whole. Waterworks named after a person or a place ("the
 * Harvey O. Banks Pumping Plant", "the Edmonston Pumping Plant") are places too, and so, whole,
 * where the model found a part of the name only ("Harvey O."). So are grounds named by their use
 * ("Walker Lines Industrial Estate", "the Suez Canal Economic Zone") and a town's "Law Courts".
 */

/** Last words of a prison's or an airport's name. */
const LAST_WORDS = new Set(['Prison', 'Jail', 'Gaol', 'Penitentiary', 'Airport', 'Airfield', 'Aerodrome']);
/**
 * Last words of a building's, a campus's or a wetland's name the model reads as an organisation's
 * ("the Corning Tower", "the Harriman State Office Campus", "the Elephant Marsh"); only for a name
 * typed as an organisation, as a person may bear such a surname ("John Tower").
 */
const ORG_READ_PLACES = new Set(['Tower', 'Campus', 'Marsh', 'Swamp', 'Wetlands', 'Forebay']);
/** Words of custody before "Centre", "Center" or "Facility": "Custodial Centre", "Detention Center". */
const CUSTODY_WORDS = new Set(['Custodial', 'Detention', 'Correctional', 'Correction', 'Remand', 'Holding', 'Reception']);
const CENTRES = new Set(['Centre', 'Center', 'Facility', 'Complex', 'Institution', 'Unit']);
/**
 * Words of a venue or a campus before "Centre" or "Center": halls one goes to for a show, a game,
 * a market or care, and launch sites ("the Queenstown Event Centre", "Civic Center", "the Kennedy
 * Space Center", "the Istiaia Health Centre"). Research, law or service centres stay bodies.
 */
const VENUE_CENTRE_WORDS = new Set(['Convention', 'Exhibition', 'Conference', 'Event', 'Events', 'Games', 'Market', 'Shopping', 'Civic', 'Leisure', 'Aquatic', 'Aquatics', 'Sports', 'Health', 'Medical', 'Space', 'Launch']);
const VENUE_CENTRES = new Set(['Centre', 'Center']);
/** Words of transport before a hub's last word: "Transport Centre", "Bus Terminal", "Transit Station". */
const TRANSPORT_WORDS = new Set(['Transport', 'Transportation', 'Transit', 'Bus', 'Coach', 'Ferry']);
const HUBS = new Set(['Centre', 'Center', 'Terminal', 'Station', 'Interchange', 'Hub', 'Park']);
/** Grounds named by their use, the use's word before the last ("Industrial Estate", "Business Park", "Economic Zone"), and the court buildings ("Law Courts"); a zone's body is named otherwise ("Business Improvement Zone"). */
const GROUNDS = new Map([
  ['Estate', new Set(['Industrial', 'Business', 'Trading', 'Housing'])],
  ['Park', new Set(['Industrial', 'Business', 'Science', 'Technology', 'Retail', 'Enterprise'])],
  ['Zone', new Set(['Economic', 'Industrial', 'Free', 'Processing', 'Enterprise'])],
  ['Courts', new Set(['Law'])],
]);
/** Last words of a waterworks' name after "Pumping": "Pumping Plant", "Pumping Station". */
const PUMPING_ENDS = new Set(['Plant', 'Station']);

/** Whether a name of several words is a prison's, a detention centre's, a venue's or an airport's. */
function facilityName(name: string): boolean {
  // The last two words, read in place: most names are not facilities' and need no array of words.
  const lastSpace = name.lastIndexOf(' ');
  if (lastSpace < 0) return false;
  const last = name.slice(lastSpace + 1);
  const spaceBefore = lastSpace > 0 ? name.lastIndexOf(' ', lastSpace - 1) : -1;
  const before = name.slice(spaceBefore + 1, lastSpace);
  return LAST_WORDS.has(last) || (PUMPING_ENDS.has(last) && before === 'Pumping') || (CENTRES.has(last) && CUSTODY_WORDS.has(before)) || (VENUE_CENTRES.has(last) && VENUE_CENTRE_WORDS.has(before)) || (HUBS.has(last) && TRANSPORT_WORDS.has(before) && spaceBefore >= 0) || (spaceBefore >= 0 && !!GROUNDS.get(last)?.has(before));
}

/** Whether the text names waterworks ("Pumping Plant"): most do not, and their spans skip the pattern. */
const namesPumpingWorks = lastTextMemo((text) => anyWordStartsWith(text, ['Pumping ']) && text.includes(' Pumping '));

/** The words after a person's name that make it an airport's: " International Airport", " Airport". */
const AIRPORT_AFTER = /^ (?:International )?Airport(?![\p{L}\p{N}])/u;
/** Up to two more capitalised words, then "Pumping Plant" or "Pumping Station", after a part of a name. */
const PUMPING_AFTER = /^(?: \p{Lu}[\p{Ll}\p{M}]+){0,2} Pumping (?:Plant|Station)(?![\p{L}\p{N}])/u;

/** Spans (sorted, apart) with prisons, detention centres and airports typed as places; see the file's comment. */
export function withFacilityPlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const pumping = namesPumpingWorks(text);
  return mapChangedSpans(spans, (s, k) => {
    // "Harvey O." of "Harvey O. Banks Pumping Plant": the whole waterworks.
    if (pumping && text[s.end] === ' ') {
      const works = PUMPING_AFTER.exec(text.slice(s.end, s.end + 48));
      const next = spans[k + 1];
      if (works && !(next && next.start < s.end + works[0].length)) return { type: 'place', start: s.start, end: s.end + works[0].length };
    }
    // "Blaise Diagne International Airport": one character ("I" or "A") ends the test for most people.
    if (s.type === 'person' && text[s.end] === ' ' && (text[s.end + 1] === 'I' || text[s.end + 1] === 'A')) {
      const airport = AIRPORT_AFTER.exec(text.slice(s.end, s.end + 24));
      const next = spans[k + 1];
      if (airport && !(next && next.start < s.end + airport[0].length)) return { type: 'place', start: s.start, end: s.end + airport[0].length };
    }
    // Most names do not end in "n", "l", "y", "e", "r", "t", "d", "b", "k" or "s": one character ends the test for them.
    if (s.type === 'organization' && 'rsphy'.includes(text[s.end - 1]) && text.lastIndexOf(' ', s.end - 1) > s.start && ORG_READ_PLACES.has(text.slice(text.lastIndexOf(' ', s.end - 1) + 1, s.end))) return { ...s, type: 'place' };
    if (s.type === 'place' || !'nlyertdbks'.includes(text[s.end - 1])) return s;
    return facilityName(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s;
  });
}
