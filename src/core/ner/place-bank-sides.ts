import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';

/**
 * The bank of a river or a lake named with a compass word and "Bank" after a place's name is a
 * place, often a power station's or a border post's site: "the plant at Kariba North Bank", "Kafue
 * South Bank". The model reads a lender in "Bank"; a lender is not named after a side of a river
 * ("First National Bank" has no compass word before "Bank"). "West Bank" and "Left Bank" alone are
 * places the lists know and are not read here.
 */

/** The side before "Bank": "North", "South", "East", "West", "Left", "Right". */
const SIDES = new Set(['North', 'South', 'East', 'West', 'Left', 'Right']);
/** " Bank" closing a name, with the side and at least one word before it: "Kariba North Bank". */
const SIDE_BANK = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)* (\p{Lu}\p{Ll}+) Bank$/u;

/** Spans (sorted, apart) with the sides of rivers above typed as places; see the file's comment. */
export function withBankSides(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapSpans(spans, (s) => {
    // Most names do not end in "Bank": two characters end the test for them.
    if (s.type === 'place' || text[s.end - 1] !== 'k' || text[s.end - 4] !== 'B') return s;
    const m = SIDE_BANK.exec(text.slice(s.start, s.end));
    return m && SIDES.has(m[1]) ? { ...s, type: 'place' } : s;
  });
}
