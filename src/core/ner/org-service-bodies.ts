import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * Public bodies named after the service they give, which the model reads as places for the place
 * words in them (or as people, "Sydney Water said"): a district of a service ("the Metropolitan Water District of Southern California",
 * "Riverside Unified School District", "the Westlands Irrigation District") is a body, not an area;
 * and a name ending in a utility's word that speaks ("Valley Water said", "Severn Power warned") is
 * the utility, as a place does not, as a town's hall that speaks is its council ("Tbilisi City Hall
 * said"); a name ending in a transport service's word ("Winnipeg Transit",
 * "Metro Transport") is the operator wherever it stands, as no place is named so. Only the model's place spans are read, so no text is searched.
 */

/** The services whose districts are bodies: "Water District", "School District", "Irrigation District". */
const SERVICE_DISTRICT = /(?:^|[ \t])(?:Water|School|Irrigation|Sanitation|Utility|Utilities|Fire|Transit|Hospital|Conservation|Sewer|Drainage|Flood[ \t]+Control|Reclamation)[ \t]+District(?![\p{L}])/u;
/** The last words of a utility's name, and of a town's hall that speaks for its council ("Tbilisi City Hall said"). */
const UTILITY_ENDS = [' Water', ' Power', ' Electric', ' Energy', ' Gas', ' City Hall', ' Town Hall'];
/** The last words of a transport operator's name. */
const OPERATOR_ENDS = [' Transit', ' Transport'];
/** The last words of {@link OPERATOR_ENDS} and {@link UTILITY_ENDS} but "Power", a surname ("Samantha Power said"). */
const SERVICE_LAST_WORDS = new Set(['Transit', 'Transport', 'Water', 'Electric', 'Energy', 'Gas', 'Hall']);
/** Right after a name, a verb only a body uses: "said", "warned". */
const SPEAKS_AFTER = /^[ \t]+(?:said|says|warned|warns|announced|announces|told|tells|confirmed|confirms|urged|urges)(?![\p{L}])/u;

/** Whether the span `s` names a body by its service; see the file's comment. */
function isServiceBody(text: string, s: NamedSpan): boolean {
  const name = text.slice(s.start, s.end);
  if (name.includes(' District') && SERVICE_DISTRICT.test(name)) return true;
  if (OPERATOR_ENDS.some((w) => name.endsWith(w))) return true;
  return UTILITY_ENDS.some((w) => name.endsWith(w)) && SPEAKS_AFTER.test(text.slice(s.end, s.end + 16));
}

/** Whether the span `s`, a place or a person the model read, names a body by its service. */
function isReadServiceBody(text: string, s: NamedSpan): boolean {
  if (s.type === 'place') return isServiceBody(text, s);
  if (s.type !== 'person') return false;
  // A person's name ends in none of the services' words but rarely: its last word is looked at first.
  const last = text.slice(text.lastIndexOf(' ', s.end - 1) + 1, s.end);
  return SERVICE_LAST_WORDS.has(last) && isServiceBody(text, s);
}

/** Spans with the places and people that name a body by its service typed as organisations; see the file's comment. */
export function withServiceBodies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!spans.some((s) => isReadServiceBody(text, s))) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s) => (isReadServiceBody(text, s) ? { ...s, type: 'organization' as const } : s));
}
