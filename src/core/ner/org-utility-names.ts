import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { PLACE_BEFORE } from './name-cues';

/**
 * Power and gas companies of Eastern Europe and Central Asia named by one word that blends a country
 * or a trade with the utility's stem: "Energocom", "Ukrenergo", "Moldelectrica", "Transelectrica",
 * "Naftogaz", "Moldovagaz", "Uzbekneftegaz". The model reads an unknown blend as a place or misses
 * it; the stem makes it a company. A listed place ("Energodar") and a word after a word of place ("in
 * Energodar") stay places, and a word inside a longer name is left to that name.
 */

/** The stems, sought in the text one by one: a stem anywhere in the word, or at its end for "gaz". */
const STEMS = ['nergo', 'lectrica', 'gaz'];
/** A blend: a capital, then small letters only, seven letters or more ("Energocom", not "ENERGO" nor "Gaz"). */
const BLEND = /^\p{Lu}\p{Ll}{6,}$/u;
const LETTER = /[\p{L}\p{M}]/u;

/** The blends in `text`, each once, in text order. */
function blendsIn(text: string): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const stem of STEMS) {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      let start = at;
      let end = at + stem.length;
      if (stem === 'gaz' && LETTER.test(text[end] ?? '')) continue;
      while (start > 0 && LETTER.test(text[start - 1])) start--;
      while (end < text.length && LETTER.test(text[end])) end++;
      if (/[\p{N}'’-]/u.test(text[start - 1] ?? '') || /[\p{N}-]/u.test(text[end] ?? '')) continue;
      if (BLEND.test(text.slice(start, end)) && !found.some((f) => f.start === start)) found.push({ type: 'organization', start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Spans (sorted, apart) with the blended utilities' names as organisations; see the file's comment.
 * `isPlace` tells a listed place.
 */
export function withUtilityNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  if (!text.includes('nergo') && !text.includes('lectrica') && !text.includes('gaz')) return [...spans];
  const names = blendsIn(text).filter((b) => {
    if (isPlace(text.slice(b.start, b.end))) return false;
    const placed = spans.some((s) => s.type === 'place' && s.start === b.start && s.end === b.end);
    return !placed || !PLACE_BEFORE.test(text.slice(Math.max(0, b.start - 12), b.start));
  });
  return names.length ? withWholeNames(spans, names) : [...spans];
}
