import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { ORG_WORDS } from './rule-tagger';
import { anyWordStartsWith } from './word-start-positions';

/**
 * Hotels are places, named in full: "the Hotel Metropole Brussels", "the Hotel Sacher Wien". The
 * model reads the brand inside as a company and the city at the end as a place ("Hotel" + org
 * "Sacher" + place "Wien"); "Hotel" and the capitalised words after it, after "the", "at" or "in",
 * are one place over those parts. A name with an organisation's word in it ("the Hotel Workers
 * Union") is left alone. The hotels' owners are companies: a name ending in "Hotels", or in "Hotels
 * & Resorts" ("Sunrise Hotels & Resorts"), is an organisation, whole, never a place.
 */

/** "Hotel" and one to four capitalised words after it. Sought only in texts holding "Hotel ". */
const HOTEL = /Hotel((?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){1,4})/gu;
/** Words before a hotel's name that show a building is meant: "the", "at", "in". */
const LEADS = /(?:^|[^\p{L}])(?:the|The|at|in)[ \t]+$/u;
/** Capitalised function words that end a hotel's name in a title-case line. */
const ENDS = new Set(['The', 'On', 'In', 'At', 'And', 'Of', 'For', 'To', 'With', 'By', 'As', 'From', 'After', 'Before', 'Is', 'Are', 'Was', 'Will']);
/** " & Resorts" or " and Resorts" after a chain's "Hotels". */
const RESORTS_AFTER = /^[ \t]+(?:&|and)[ \t]+Resorts(?![\p{L}])/u;

/** The hotels' names of `text` as places, found once per text. */
const hotelsIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes('Hotel ')) return [];
  const found: NamedSpan[] = [];
  for (const m of text.matchAll(HOTEL)) {
    const start = m.index;
    if (!LEADS.test(text.slice(Math.max(0, start - 5), start))) continue;
    const words = m[1].trim().split(/[ \t]/u);
    // A function word ends the name ("the Hotel Savoy On Friday" in a title-case line).
    const stop = words.findIndex((w) => ENDS.has(w));
    const kept = stop < 0 ? words : words.slice(0, stop);
    if (!kept.length || kept.some((w) => ORG_WORDS.test(w))) continue;
    const end = start + 'Hotel'.length + 1 + kept.join(' ').length;
    if (text.slice(start, end) !== `Hotel ${kept.join(' ')}`) continue;
    found.push({ type: 'place', start, end });
  }
  return found;
});

/** Whether `s` ends in the word "Hotels". */
function endsInHotels(text: string, s: NamedSpan): boolean {
  return text.charCodeAt(s.end - 1) === 115 && text.slice(s.end - 7, s.end) === ' Hotels';
}

/** Spans (sorted, apart) with hotels put in whole as places and hotel chains typed as companies; see the file's comment. */
export function withHotels(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const hotels = hotelsIn(text);
  const out = hotels.length ? withWholeNames(spans, hotels) : [...spans];
  // "Hotels" after a space is looked up in the index of word starts before the text is searched.
  if (!anyWordStartsWith(text, ['Hotels']) || !text.includes(' Hotels')) return out;
  return mapChangedSpans(out, (s, k) => {
    if (!endsInHotels(text, s)) return s;
    const resorts = RESORTS_AFTER.exec(text.slice(s.end, s.end + 16));
    const next = out[k + 1];
    const end = resorts && !(next && next.start < s.end + resorts[0].length) ? s.end + resorts[0].length : s.end;
    return s.type === 'organization' && end === s.end ? s : { ...s, type: 'organization', end };
  });
}
