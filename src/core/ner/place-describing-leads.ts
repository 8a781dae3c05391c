import type { NamedSpan } from './index';

/**
 * A capitalised word that describes a place, opening a sentence or a headline, is not part of its
 * name: "Landlocked Paraguay exports ...", "Downtown Albany wants ..." are "Paraguay" and "Albany".
 * The model takes the word in; the word is cut off when the rest is a place the lists hold or the
 * article names alone, so a district named with it stays whole ("Downtown Eastside"). The word alone, read as a place
 * ("Downtown lost it"), is dropped.
 */

/** Words that describe a place before its name. */
const DESCRIBING = new Set(['Landlocked', 'Downtown', 'Uptown', 'Neighbouring', 'Neighboring', 'Oil-rich', 'War-torn', 'Mountainous', 'Impoverished']);
/** First letters of {@link DESCRIBING}: most places are passed over with one look. */
const FIRST_LETTERS = 'LDUNOWMI';

/** Spans (sorted, apart) with describing words cut off the places they open; see the file's comment. */
export function withoutDescribingLeads(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  let places: Set<string> | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    let kept: NamedSpan | null = s;
    if (s.type === 'place' && FIRST_LETTERS.includes(text[s.start])) {
      const space = text.indexOf(' ', s.start);
      const alone = space < 0 || space >= s.end;
      if (DESCRIBING.has(text.slice(s.start, alone ? s.end : space))) {
        if (alone) kept = null;
        else {
          const rest = text.slice(space + 1, s.end);
          places ??= new Set(spans.filter((p) => p.type === 'place').map((p) => text.slice(p.start, p.end)));
          if (isListedPlace(rest) || places.has(rest)) kept = { ...s, start: space + 1 };
        }
      }
    }
    if (kept !== s && !out) out = spans.slice(0, k);
    if (out && kept) out.push(kept);
  }
  return out ?? (spans as NamedSpan[]);
}
