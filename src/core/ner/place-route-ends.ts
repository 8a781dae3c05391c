import type { NamedSpan } from './index';
import { previousWord } from './word-before';

/**
 * The two ends of a way described in words are both places: "south through Meghri to Iran", "along
 * National Road 2 to Takhmao", "diverted at Nateete onto Sentema Road", "the flyover from Kitgum
 * House to Jinja Road". The model knows one end and reads a person or a company in the other, an
 * unknown town or a building. Where "through", "via" or "along" leads the first name, "at" leads it
 * before "onto", or "from" leads it and one end is a road or a terminal ("from Kirkwall Airport to
 * Westray"), or the way opens a row of a table written without bars ("Frankton to Wānaka    55 min"),
 * and one end is a place, the other end is a place too, unless the name lists know it ("via
 * Amazon to Britain"); so are the names listed with the far end ("to Westray and Papa Westray").
 */

/** The words between the two ends. */
const JOINS = new Set([' to ', ' into ', ' onto ', ' towards ']);
/** Words before the first end. */
const LEADS = new Set(['through', 'via', 'along', 'at', 'from']);
/** Last words of a road's or a terminal's name, which let "from" lead. */
const ROAD_WORDS = /[ \t](?:Road|Street|Avenue|Boulevard|Highway|Motorway|Expressway|Lane|Way|Bridge|Junction|Roundabout|Square|Airport|Harbour|Harbor|Pier|Terminal|Station)(?:[ \t]\d+)?$/u;
/** Two spaces or a tab: the gap to a table's next column after a trip's far end. */
const COLUMN_GAP_AFTER = /^(?: {2}|\t)/u;
/** What joins the names of a list at the far end: "to Westray and Papa Westray". */
const LIST_JOINS = new Set([', ', ' and ', ', and ']);

/** Spans (sorted, apart) with the other end of a way typed as a place; see the file's comment. `listType` gives a name's listed type. */
export function withRouteEnds(text: string, spans: readonly NamedSpan[], listType: (name: string) => NamedSpan['type'] | null): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    // One look at the gap's length passes over nearly every pair of names.
    const gap = b.start - a.end;
    if (gap < 4 || gap > 9 || (a.type === 'place') === (b.type === 'place')) continue;
    const join = text.slice(a.end, b.start);
    if (!JOINS.has(join)) continue;
    const lead = previousWord(text, a.start)?.word;
    // "Frankton to Wānaka      55 min": a trip opening a row of a table written without bars.
    const tableTrip = join === ' to ' && (a.start === 0 || text[a.start - 1] === '\n') && COLUMN_GAP_AFTER.test(text.slice(b.end, b.end + 3));
    if (!tableTrip && (!lead || !LEADS.has(lead) || (lead === 'at' && join !== ' onto '))) continue;
    const place = a.type === 'place' ? a : b;
    const other = place === a ? b : a;
    const otherName = text.slice(other.start, other.end);
    if (lead === 'from' && !ROAD_WORDS.test(text.slice(a.start, a.end)) && !ROAD_WORDS.test(text.slice(b.start, b.end))) continue;
    if (listType(otherName) || otherName.split(' ').length > 2) continue;
    out ??= [...spans];
    out[place === a ? k + 1 : k] = { ...other, type: 'place' };
    if (place !== a) continue;
    // The names listed after the far end go with it: "to Westray and Papa Westray".
    for (let j = k + 2; j < spans.length && LIST_JOINS.has(text.slice(spans[j - 1].end, spans[j].start)); j++) {
      const name = text.slice(spans[j].start, spans[j].end);
      if (spans[j].type === 'place' || listType(name) || name.split(' ').length > 2) break;
      out[j] = { ...spans[j], type: 'place' };
    }
  }
  return out ?? (spans as NamedSpan[]);
}
