import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';

/**
 * An organisation's name cut before a French elision in the place that ends it: "Red Cross of Côte"
 * of "Red Cross of Côte d'Ivoire", "Bank of Val" of "Bank of Val d'Oise". The model ends a name at
 * the apostrophe; the elided word ("d'Ivoire") goes on with the name.
 */

/** An elided "de" and a capitalised word right after a name: " d'Ivoire", " d’Azur". */
const ELISION_AFTER = /^[ \t]d['’]\p{Lu}[\p{L}\p{M}-]*/u;

/** Spans (sorted, apart) with the organisations cut before an elision reaching over it; see the file's comment. */
export function withElidedEnds(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapSpans(spans, (s, k) => {
    if (s.type !== 'organization' || text[s.end + 1] !== 'd' || text[s.end] !== ' ') return s;
    const m = ELISION_AFTER.exec(text.slice(s.end, s.end + 40));
    const end = m ? s.end + m[0].length : s.end;
    // Not over the next name.
    return m && !(spans[k + 1] && spans[k + 1].start < end) ? { ...s, end } : s;
  });
}
