import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { everyStartOf } from './word-led';
import { isLetterAt } from './whole-words';

/**
 * A market named after its city: "the Port Lamont Stock Exchange", "the Dalian Commodity Exchange",
 * "the Kuala Lumpur Futures Exchange". The model finds the city and stops before the market's words,
 * which makes the exchange a place; a place or a name right before "Stock Exchange" and its kin is
 * the exchange's name, one organisation with them. An exchange group's brand before a city names
 * its market there ("Nasdaq Stockholm", "Euronext Paris"): the brand and the city are one organisation,
 * not the city the model reads.
 */

/** Exchange groups that name their markets by brand and city, each with its space. */
const EXCHANGE_BRANDS = ['Nasdaq ', 'Euronext ', 'Cboe '];

/** The market's words after a city's name, ending there. */
const MARKET_AFTER = /^[ \t]+(?:Stock|Securities|Futures|Commodity|Commodities|Mercantile|Metal|Metals|Energy|Derivatives|Options|Grain|Bullion)[ \t]+Exchange(?![\p{L}\p{N}-])/u;

/** Spans (sorted, apart) with a name before a market's words taken with them as one organisation; see the file's comment. */
export function withExchanges(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  // Few articles name an exchange: one search rules the others out.
  if (!text.includes(' Exchange')) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s, k) => {
    if (text[s.end] !== ' ') return s;
    const market = MARKET_AFTER.exec(text.slice(s.end, s.end + 40));
    if (!market || s.end + market[0].length > (spans[k + 1]?.start ?? text.length)) return s;
    return { type: 'organization', start: s.start, end: s.end + market[0].length };
  });
}

/** Spans (sorted, apart) with a place after an exchange group's brand taken with it as one organisation ("Nasdaq Stockholm"). */
export function withBrandedExchanges(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names: NamedSpan[] = [];
  for (const brand of EXCHANGE_BRANDS) {
    for (const at of everyStartOf(text, brand)) {
      if (at > 0 && isLetterAt(text, at - 1)) continue;
      const from = at + brand.length;
      const place = spans.find((s) => s.start === from && s.type === 'place');
      if (place) names.push({ type: 'organization', start: at, end: place.end });
    }
  }
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
