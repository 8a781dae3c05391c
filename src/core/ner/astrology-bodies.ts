import type { NamedSpan } from './index';
import { PLANETS } from './place-planets';

/**
 * In astrology ("Venus is conjunct Saturn", "natal Mars in the fourth house", "aspected by Rahu")
 * the planets and the lunar nodes are neither people nor places, though the model, seeing a
 * capitalised word act in a sentence, makes them people. A span that is one of them alone is
 * dropped in a text that reads as astrology; elsewhere ("Venus Williams", "rovers on Mars") they
 * are left as the other rules made them.
 */

/** The bodies astrology reads: the planets, and the lunar nodes of Vedic astrology. */
const BODIES = new Set([...PLANETS, 'Rahu', 'Ketu']);
/** Words only astrology uses: "conjunct" (not the "conjunction" of "in conjunction with"), "natal", a horoscope. */
const ASTROLOGY = /(?<![\p{L}])(?:conjunct|natal|aspected|horoscopes?|zodiac|astrolog\p{L}*|ascendant|nakshatras?|Rahu|Ketu)(?![\p{L}])/u;

/** Spans (sorted, apart) without the astrological bodies of a text on astrology; see the file's comment. */
export function withoutAstrologyBodies(text: string, spans: NamedSpan[]): NamedSpan[] {
  // Most texts tag no planet: the spans are read before the text is searched.
  if (!spans.some((s) => s.end - s.start <= 7 && BODIES.has(text.slice(s.start, s.end))) || !ASTROLOGY.test(text)) return spans;
  return spans.filter((s) => !(s.end - s.start <= 7 && BODIES.has(text.slice(s.start, s.end))));
}
