import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';

/**
 * Towns named after their springs, wells and falls ("Indian Wells", "Palm Springs", "Tunbridge
 * Wells", "Sioux Falls"): the model reads a company in them ("Wells Fargo" lies close). A name of
 * two or three words the model made an organisation, ending in such a word with no other word of
 * a business in it, is the town.
 */

/** Last words of towns' names that no company's name ends in. */
const TOWN_ENDINGS = new Set(['Wells', 'Springs', 'Falls']);

/** Spans (sorted, apart) with organisations named like towns above typed as places; see the file's comment. */
export function withTownEndings(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapSpans(spans, (s) => {
    // Most names do not end in "s": one character ends the test for them.
    if (s.type !== 'organization' || text[s.end - 1] !== 's') return s;
    const words = text.slice(s.start, s.end).split(' ');
    return words.length > 1 && words.length < 4 && TOWN_ENDINGS.has(words[words.length - 1]) ? { ...s, type: 'place' } : s;
  });
}
