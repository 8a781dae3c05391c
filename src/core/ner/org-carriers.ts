import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { DEMONYMS, PLACES } from './rule-tagger';

/**
 * Railway companies and airlines named after the country they serve, which the model reads as a
 * place: "Georgian Railway", "Royal Railway", "Kenya Railways" (a company that runs the trains, not
 * the track), "Air Côte d'Ivoire", "Air Senegal", "Air Tanzania" (a country's airline, "Air" before
 * the country's name), and any airline named "Air" and one word ("Air North", "Air Austral"), which
 * the model reads as a person. A railway's name is a span ending in "Railway" or "Railways" after a
 * capitalised word, or a nation's word and "Railway(s)" where the model found nothing ("Georgian Railway
 * suspended the trains"); an airline's is "Air" and the country the model found right after it, or a span of "Air" and a word.
 */

/** The words that end a railway company's name. */
const RAILWAY_WORDS = [' Railway', ' Railways'];
/** What goes on after "Railway": a longer word or name ("Railwayman", "Railway Station", "Railway Company"), read by the rules for those. */
const GOES_ON = /^(?:[\p{L}\p{N}'’-]|[ \t]+(?:Station|Stations|Line|Bridge|Museum|Street|Road|Avenue|Company|Corporation|Authority|Ministry)(?![\p{L}]))/u;

/** "Air" and one capitalised word, not an air force's rank ("Air Marshal", "Air Commodore"): an airline's whole name. */
const AIRLINE = /^Air (?!(?:Marshal|Commodore|Chief|Vice|Force)$)\p{Lu}[\p{Ll}\p{M}]+$/u;

/** Countries the name lists lack as written with an apostrophe or accents. */
export const COUNTRIES_AS_WRITTEN = new Set(["Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire", 'Cote d’Ivoire', 'São Tomé', 'Cabo Verde', 'Türkiye', 'Timor-Leste', 'Guinea-Bissau']);

/** Whether `name` is a country or a nation's word, by the lists or as the article's other places. */
type IsPlace = (name: string) => boolean;

/**
 * Spans (sorted, apart) with railway companies and countries' airlines typed or put in whole as
 * organisations; see the file's comment. `isPlace` tells a listed place ("Senegal").
 */
export function withCarriers(text: string, spans: readonly NamedSpan[], isPlace: IsPlace): NamedSpan[] {
  const railways = text.includes('Railway');
  const airlines = text.includes('Air ');
  if (!railways && !airlines) return spans as NamedSpan[];
  const found: NamedSpan[] = [];
  const out = mapChangedSpans(spans, (s) => {
    if (s.type === 'organization') return s;
    // "Air" + " Senegal": the country's airline.
    if (airlines && s.start >= 4 && text.startsWith('Air ', s.start - 4) && !/[\p{L}\p{N}'’-]/u.test(text[s.start - 5] ?? '') && isNation(text.slice(s.start, s.end), isPlace)) {
      found.push({ type: 'organization', start: s.start - 4, end: s.end });
      return s;
    }
    // "Air North", "Air Austral": a span of "Air" and one more word, read as a person or a place, is an airline.
    if (airlines && text.startsWith('Air ', s.start) && AIRLINE.test(text.slice(s.start, s.end))) return { ...s, type: 'organization' as const };
    if (railways && RAILWAY_WORDS.some((w) => text.endsWith(w, s.end)) && !GOES_ON.test(text.slice(s.end, s.end + 12))) return { ...s, type: 'organization' as const };
    return s;
  });
  if (railways) found.push(...nationsRailways(text, out, isPlace));
  return found.length ? withWholeNames(out, found) : out;
}

/** "Georgian Railway", "Kenya Railways": a nation's word and a railway's word no span covers, as organisations. */
function nationsRailways(text: string, spans: readonly NamedSpan[], isPlace: IsPlace): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (let at = text.indexOf(' Railway'); at >= 0; at = text.indexOf(' Railway', at + 8)) {
    const end = at + (text.startsWith('s', at + 8) ? 9 : 8);
    let start = at;
    while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1])) start--;
    if (start === at || /[\p{L}\p{N}'’.-]/u.test(text[start - 1] ?? '') || GOES_ON.test(text.slice(end, end + 12))) continue;
    if (!isNation(text.slice(start, at), isPlace) || spans.some((s) => s.start < end && s.end > start)) continue;
    found.push({ type: 'organization', start, end });
  }
  return found;
}

/** Whether `name` names a country or its people: "Senegal", "Côte d'Ivoire", "Tanzania". */
function isNation(name: string, isPlace: IsPlace): boolean {
  return PLACES.has(name) || DEMONYMS.has(name) || COUNTRIES_AS_WRITTEN.has(name) || isPlace(name);
}
