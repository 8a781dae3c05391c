import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * Places and bodies named after a ruler keep the ruler's title: "King Shaka International
 * Airport", "King Fahd Causeway Authority", "Sultan Qaboos University". The model reads the title as
 * a person's and leaves it out ("Shaka International Airport"); a place or an organisation of
 * several words right after it takes it back. A person keeps it out ("King Charles", "Prince
 * Harry"): the title is not a part of a person's name.
 */

/** A ruler's title right before a name: "King ", "Prince ", "Sultan ". */
export const RULER_BEFORE = /(?<![\p{L}])(?:King|Queen|Prince|Princess|Sultan|Emir|Sheikh|Shaikh)[ \t]$/u;
/** The last letters of the titles: a name after any other letter needs no further test. */
const TITLE_ENDS = 'gnesrh';

/** Spans (sorted, apart) with a ruler's title before a place or a body put into its name; see the file's comment. */
export function withRulerTitles(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s, k) => {
    if (s.type !== 'place' && s.type !== 'organization') return s;
    const gap = text.charCodeAt(s.start - 1);
    if ((gap !== 32 && gap !== 9) || !TITLE_ENDS.includes(text[s.start - 2])) return s;
    const space = text.indexOf(' ', s.start);
    if (space < 0 || space >= s.end) return s;
    const title = RULER_BEFORE.exec(text.slice(Math.max(0, s.start - 10), s.start));
    if (!title || (k > 0 && spans[k - 1].end > s.start - title[0].length)) return s;
    return { ...s, start: s.start - title[0].length };
  });
}
