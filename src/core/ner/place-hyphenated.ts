import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { previousWord } from './word-before';
import { CAPITALISED } from './name-words';

/**
 * French places named in hyphenated parts, which the model misses or cuts: a commune with a
 * particle between its parts ("Saint-Sauveur-sur-Tinée", "Bourg-en-Bresse", "Aix-les-Bains") or a
 * region of three names ("Auvergne-Rhône-Alpes", "Provence-Alpes-Côte"). A word of place must lead
 * ("in", "to", "near"), since teams and people bear hyphenated names too ("Red Bull-Bora-Hansgrohe",
 * "Lamptey-Quaye"); two capitalised parts without a particle ("Lefebvre-Aubry") are never taken.
 */

/** Lower-case particles between the parts of a French place's name. */
const PARTICLES = new Set(['sur', 'sous', 'en', 'lès', 'lez', 'le', 'la', 'les', 'de', 'du', 'des', 'et', 'aux', 'au', 'd']);
/** Words of place before the name. */
const LEADS = new Set(['in', 'to', 'at', 'near', 'from', 'towards', 'toward', 'outside', 'into', 'via', 'through', 'around', 'across', 'of', 'between']);
const NAME_CHAR = /[\p{L}\p{M}-]/u;

/** Whether a hyphenated word is shaped as above: three parts or more, capitalised at both ends, particles or capitalised parts between. */
function frenchCompound(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 3 || !CAPITALISED.test(parts[0]) || !CAPITALISED.test(parts[parts.length - 1])) return false;
  return parts.every((p) => PARTICLES.has(p) || CAPITALISED.test(p));
}

/** The hyphenated words of `text` shaped as French places' names, as [start, end]; found by the hyphens, without a search over every word. */
const compoundsIn = lastTextMemo((text): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    // Hyphens between words only: a letter before and after ("-sur-", "-Rhône").
    const c = text.charCodeAt(at + 1);
    if (!(c >= 97 && c <= 122) && !(c >= 65 && c <= 90) && c < 192) continue;
    let start = at;
    while (start > 0 && NAME_CHAR.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && NAME_CHAR.test(text[end])) end++;
    const word = text.slice(start, end);
    if (frenchCompound(word)) found.push([start, end]);
    at = end;
  }
  return found;
});

/** Spans (sorted, apart) with the French places above put in whole as places; see the file's comment. */
export function withHyphenatedPlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names: NamedSpan[] = [];
  for (const [start, end] of compoundsIn(text)) {
    if (LEADS.has(previousWord(text, start)?.word.toLowerCase() ?? '')) names.push({ type: 'place', start, end });
  }
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
