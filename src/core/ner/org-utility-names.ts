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

/**
 * The stems sought in the text, each in one pass: "Energo" opening a word, "(ele)ctrica" and "gaz"
 * ending one. A word ending in "nergo" ("Ukrenergo") is read among the model's spans instead, as
 * "nergo" starts with a frequent letter and a search for it would cost a pass as long as the rest.
 */
const STEMS = ['Energo', 'ctrica', 'gaz'];
/** A blend: a capital, then small letters only, seven letters or more ("Energocom", not "ENERGO" nor "Gaz"). */
const BLEND = /^\p{Lu}\p{Ll}{6,}$/u;
const LETTER = /[\p{L}\p{M}]/u;

/** The blend around `at`, or null: the word of letters there, when it is a blend standing alone. */
function blendAround(text: string, at: number, stemEnd: number): NamedSpan | null {
  let start = at;
  let end = stemEnd;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  while (end < text.length && LETTER.test(text[end])) end++;
  if (/[\p{N}'’-]/u.test(text[start - 1] ?? '') || /[\p{N}-]/u.test(text[end] ?? '')) return null;
  return BLEND.test(text.slice(start, end)) ? { type: 'organization', start, end } : null;
}

/** The blends in `text` and among `spans`, each once, in text order. */
function blendsIn(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const stem of STEMS) {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      const stemEnd = at + stem.length;
      // "gaz" and "electrica" end the word ("Naftogaz", "Moldelectrica"; not "magazine", "electrical", "Costa Rica").
      if (stem !== 'Energo' && LETTER.test(text[stemEnd] ?? '')) continue;
      if (stem === 'ctrica' && !text.startsWith('le', at - 2)) continue;
      const blend = blendAround(text, at, stemEnd);
      if (blend) found.push(blend);
    }
  }
  for (const s of spans) {
    if (!text.endsWith('nergo', s.end) || text.endsWith('Energo', s.end)) continue;
    const blend = blendAround(text, s.end - 5, s.end);
    if (blend && blend.start === s.start) found.push(blend);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Spans (sorted, apart) with the blended utilities' names as organisations; see the file's comment.
 * `isPlace` tells a listed place.
 */
export function withUtilityNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const blends = blendsIn(text, spans);
  if (!blends.length) return spans as NamedSpan[];
  const names = blends.filter((b) => {
    if (isPlace(text.slice(b.start, b.end))) return false;
    const placed = spans.some((s) => s.type === 'place' && s.start === b.start && s.end === b.end);
    return !placed || !PLACE_BEFORE.test(text.slice(Math.max(0, b.start - 12), b.start));
  });
  return names.length ? withWholeNames(spans, names) : [...spans];
}
