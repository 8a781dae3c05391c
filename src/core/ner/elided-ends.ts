import type { EntityType } from '../model/types';
import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A name cut before a French or Catalan elision that ends it: the place "La Seu" of "La Seu
 * d'Urgell", the organisation "Red Cross of Côte" of "Red Cross of Côte d'Ivoire". The model ends a
 * name at the apostrophe; the elided word ("d'Urgell", "d'Ivoire") goes on with the name.
 */

/** An elided "de" and a capitalised word right after a name: " d'Urgell", " d’Ampezzo". */
const ELISION_AFTER = /^ d['’]\p{Lu}[\p{L}\p{M}-]*/u;

function reachOverElisions(text: string, spans: readonly NamedSpan[], type: EntityType): NamedSpan[] {
  return mapChangedSpans(spans, (s, k) => {
    // "d" one space after the name ends the test for nearly every name.
    if (s.type !== type || text[s.end + 1] !== 'd' || text[s.end] !== ' ') return s;
    const m = ELISION_AFTER.exec(text.slice(s.end, s.end + 40));
    if (!m) return s;
    const end = s.end + m[0].length;
    // Not over the next name.
    return spans[k + 1] && spans[k + 1].start < end ? s : { ...s, end };
  });
}

/** Spans (sorted, apart) with the organisations cut before an elision reaching over it; see the file's comment. */
export function withElidedEnds(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return reachOverElisions(text, spans, 'organization');
}

/** Spans (sorted, apart) with the places cut before an elision reaching over it; see the file's comment. */
export function withElidedPlaceEnds(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return reachOverElisions(text, spans, 'place');
}
