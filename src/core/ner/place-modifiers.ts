import type { NamedSpan } from './index';

/**
 * A place's name inside a compound adjective is not marked ("Munich-based", "Hong Kong-born"). When
 * the name has two words, the model may still mark the first ("San" of "San Francisco-based",
 * "Santa" of "Santa Clara-based"); such a place, right before a capitalised word hyphened to a
 * modifier, is dropped.
 */

/** A capitalised word hyphened to a modifier after a space: " Francisco-based", " Kong-born". */
const MODIFIER_AFTER = /^[ \t]\p{Lu}[\p{L}\p{M}]*[-–](?:based|born|bred|bound|headquartered|listed|registered|made|owned|run)(?![\p{L}\p{N}])/u;

/** A first word that is a name hyphened to a modifier: "Kathmandu-based", "Tel Aviv-born" (the end of it). */
const MODIFIER_WORD = /^[\p{L}\p{M}.'’]+[-–](?:based|born|bred|bound|headquartered|listed|registered|made|owned|run|led|backed|funded|controlled|linked|affiliated|sponsored)$/u;
/** A capital letter: what the name after the modifier starts with. */
const UPPER = /\p{Lu}/u;

/**
 * "the Kathmandu-based International Centre for ...": when the model takes the compound adjective
 * into the name after it, the name starts after the compound. Spans keep their order.
 */
export function withoutLeadingModifiers(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // The first word, read up to its space: most have no hyphen and end the test there.
    let space = s.start;
    let dash = false;
    for (; space < s.end && text[space] !== ' '; space++) if (text[space] === '-' || text[space] === '–') dash = true;
    if (!dash || space >= s.end - 1 || !UPPER.test(text[space + 1]) || !MODIFIER_WORD.test(text.slice(s.start, space))) continue;
    out ??= [...spans];
    out[k] = { ...s, start: space + 1 };
  }
  return out ?? (spans as NamedSpan[]);
}

/** Spans (sorted, apart) without the places that are the first word of a compound adjective; see the file's comment. */
export function withoutPlaceModifiers(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out = spans.filter((s) => s.type !== 'place' || text[s.end] !== ' ' || !MODIFIER_AFTER.test(text.slice(s.end, s.end + 40)));
  return out.length === spans.length ? (spans as NamedSpan[]) : out;
}
