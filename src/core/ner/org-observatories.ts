import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * An observatory that speaks is the institution, not the building on its hill: "the Kandilli
 * Observatory said", "according to the Royal Observatory", "the Hong Kong Observatory warned". The
 * model reads such names as places; one a reader visits ("a trip to the Griffith Observatory") stays one.
 */

const HEAD = 'Observatory';
/** A verb of saying or measuring right after the name, or an acronym in brackets: " said", " recorded", " (KOERI)". */
const SPEAKS_AFTER = /^(?:['’]s)?[ \t]+(?:said|says|reported|reports|recorded|records|measured|estimated|warned|warns|issued|announced|confirmed|put|registered|detected|data|director|chief|head|spokes(?:man|woman|person))(?![\p{L}])|^[ \t]+\(\p{Lu}{2,8}\)/u;
/** "according to" (and "the") right before the name, or "said" and "the" before it in a quote's tag ("..., said the X Observatory"). */
const SPEAKS_BEFORE = /(?:[Aa]ccording[ \t]+to|said|says)[ \t]+(?:the[ \t]+)?$/u;

/** Spans (sorted, apart) with the observatories the words around them make an institution typed as organisations. */
export function withObservatories(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes(HEAD)) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s) => {
    if (s.type !== 'place' || !text.startsWith(HEAD, s.end - HEAD.length) || s.end - s.start === HEAD.length) return s;
    const cued = SPEAKS_AFTER.test(text.slice(s.end, s.end + 16)) || SPEAKS_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start));
    return cued ? { ...s, type: 'organization' as const } : s;
  });
}
