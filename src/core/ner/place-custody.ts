import type { NamedSpan } from './index';

/**
 * Prisons and detention centres are places where people are held, not the bodies that run them:
 * "remanded at the Kirikiri Custodial Centre", "died in the Delmont County Detention Center",
 * "moved to Belmarsh Prison". The model reads an organisation in "Centre" and "Center"; a name
 * ending in a word of custody and "Centre", or in "Prison" or "Jail", is a place. The service that
 * runs them keeps its type ("Prison Service", "Bureau of Prisons" end in other words).
 */

/** Last words of a prison's name. */
const PRISON_WORDS = new Set(['Prison', 'Jail', 'Gaol', 'Penitentiary']);
/** Words of custody before "Centre", "Center" or "Facility": "Custodial Centre", "Detention Center". */
const CUSTODY_WORDS = new Set(['Custodial', 'Detention', 'Correctional', 'Correction', 'Remand', 'Holding', 'Reception']);
const CENTRES = new Set(['Centre', 'Center', 'Facility', 'Complex', 'Institution', 'Unit']);

/** Whether a name of several words is a prison's or a detention centre's. */
function custodyName(name: string): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1];
  if (words.length < 2) return false;
  return PRISON_WORDS.has(last) || (CENTRES.has(last) && CUSTODY_WORDS.has(words[words.length - 2]));
}

/** Spans (sorted, apart) with prisons and detention centres typed as places; see the file's comment. */
export function withCustodyPlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return spans.map((s) => {
    // Most names do not end in "n", "l", "y", "e", "r" or "t": one character ends the test for them.
    if (s.type === 'place' || !'nlyert'.includes(text[s.end - 1])) return s;
    return custodyName(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s;
  });
}
