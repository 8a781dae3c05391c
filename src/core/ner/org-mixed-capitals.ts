import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * A word of three or more capitals going on in small letters names a company or a body blended from
 * initials and a word ("SCZone", "JPMorgan", "SABMiller"): no person, place or common noun is written
 * so, while plurals and past tenses of initials ("ATMs", "NGOs", "OKed") take fewer small letters. The
 * model often finds nothing there; such a word is an organisation wherever the article writes it.
 */

/** Three or more capitals and then three or more small letters, the whole word; in ASCII, which a search of the whole text reads many times faster than any letter. */
const BLEND = /[A-Z]{3,}[a-z]{3,}/g;
/** A letter or a digit, which may not stand right before or after the word. */
const JOINED = /[\p{L}\p{N}]/u;

/** The blended names of `text` as organisations; searched once for the article's two readings. */
const blendsIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  BLEND.lastIndex = 0;
  for (let m = BLEND.exec(text); m; m = BLEND.exec(text)) {
    const end = m.index + m[0].length;
    if ((m.index > 0 && JOINED.test(text[m.index - 1])) || (end < text.length && JOINED.test(text[end]))) continue;
    found.push({ type: 'organization', start: m.index, end });
  }
  return found;
});

/** Spans (sorted, apart) with the blended names of the file's comment typed or added as organisations. */
export function withMixedCapitals(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const blends = blendsIn(text);
  if (!blends.length) return [...spans];
  const typed = mapSpans(spans, (s) => (s.type !== 'organization' && blends.some((b) => b.start === s.start && b.end === s.end) ? { ...s, type: 'organization' as const } : s));
  return withAdded(typed, blends.filter((b) => !overlapsAny(typed, b.start, b.end)));
}
