import type { NamedSpan } from './index';

/**
 * A place's name inside a compound adjective is not marked ("Munich-based", "Hong Kong-born"). When
 * the name has two words, the model may still mark the first ("San" of "San Francisco-based",
 * "Santa" of "Santa Clara-based"); such a place, right before a capitalised word hyphened to a
 * modifier, is dropped.
 */

/** A capitalised word hyphened to a modifier after a space: " Francisco-based", " Kong-born". */
const MODIFIER_AFTER = /^[ \t]\p{Lu}[\p{L}\p{M}]*[-–](?:based|born|bred|bound|headquartered|listed|registered|made|owned|run)(?![\p{L}\p{N}])/u;

/** Spans (sorted, apart) without the places that are the first word of a compound adjective; see the file's comment. */
export function withoutPlaceModifiers(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const kept = (s: NamedSpan) => s.type !== 'place' || text[s.end] !== ' ' || !MODIFIER_AFTER.test(text.slice(s.end, s.end + 40));
  // Most articles have no such place: their spans are handed on without a copy.
  return spans.every(kept) ? (spans as NamedSpan[]) : spans.filter(kept);
}
