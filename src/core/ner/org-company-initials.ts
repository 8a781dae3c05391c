import type { NamedSpan } from './index';
import { ORGS, PLACES } from './rule-tagger';

/**
 * A company whose name ends in another company's initials, such as a joint venture or a business
 * spun off and named after its owners ("Aker BP", "Repsol YPF"): the name lists know the initials
 * as the other company and cut the name there, leaving two organisations side by side with one space
 * between them. No text writes two companies that way, so they are one name. The word before must be
 * a capitalised word (not in capitals, not a listed organisation or place), which keeps "EU IMF" and
 * "Gazprom BP" apart.
 */

/** Initials of a company: two to four capitals. */
const INITIALS = /^\p{Lu}{2,4}$/u;
/** One capitalised word with small letters after its first. */
const WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** Spans (sorted, apart) with a company's word and the initials after it joined; see the file's comment. */
export function withInitialsEndings(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    // Most neighbours are not two organisations one space apart: those tests end the look for them.
    if (a.type !== 'organization' || b.type !== 'organization' || b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    const first = text.slice(a.start, a.end);
    if (!WORD.test(first) || ORGS.has(first) || PLACES.has(first) || !INITIALS.test(text.slice(b.start, b.end))) continue;
    out ??= [...spans];
    out[k] = { ...a, end: b.end };
    out[k + 1] = { ...b, start: -1 };
    k++;
  }
  return out ? out.filter((s) => s.start >= 0) : (spans as NamedSpan[]);
}
