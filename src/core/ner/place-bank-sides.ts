import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * The bank of a river or a lake named with a compass word and "Bank" after a place's name is a
 * place, often a power station's or a border post's site: "the plant at Kariba North Bank", "Kafue
 * South Bank". The model reads a lender in "Bank"; a lender is not named after a side of a river
 * ("First National Bank" has no compass word before "Bank"). "West Bank" and "Left Bank" alone are
 * places the lists know and are not read here.
 */

/** A side of a river named last in a name: "Kariba North Bank", "Left Bank". */
const BANK_SIDE = /(?:^|[ \t])(?:North|South|East|West|Left|Right)[ \t]+Bank$/u;
/** A capitalised name of at least one word before the side: "Kariba North Bank", not "North Bank". */
const NAMED_SIDE = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)* \p{Lu}\p{Ll}+ Bank$/u;

/**
 * Whether `name` ends in a river's bank named by its side ("Kariba North Bank", a power station by
 * the river): a place, though "Bank" ends lenders' names, so organisation words must not claim it.
 */
export function endsInBankSide(name: string): boolean {
  return name.endsWith(' Bank') && BANK_SIDE.test(name);
}

/** Spans (sorted, apart) with the sides of rivers above typed as places; see the file's comment. */
export function withBankSides(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s) => {
    // Most names do not end in "Bank": two characters end the test for them.
    if (s.type === 'place' || text[s.end - 1] !== 'k' || text[s.end - 4] !== 'B') return s;
    const name = text.slice(s.start, s.end);
    return endsInBankSide(name) && NAMED_SIDE.test(name) ? { ...s, type: 'place' } : s;
  });
}
