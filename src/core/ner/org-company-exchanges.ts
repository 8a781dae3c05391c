import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A market named after its city: "the Port Lamont Stock Exchange", "the Dalian Commodity Exchange",
 * "the Kuala Lumpur Futures Exchange". The model finds the city and stops before the market's words,
 * which makes the exchange a place; a place or a name right before "Stock Exchange" and its kin is
 * the exchange's name, one organisation with them.
 */

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
