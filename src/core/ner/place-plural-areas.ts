import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Names joined by "and" before a plural word of land are places: "the Gojjam and Gondar areas",
 * "the Donetsk and Luhansk regions", "the Kayes and Koulikoro districts". The model finds the one it
 * knows and misses or mistypes the other; the plural noun says both are places.
 */

/** The plural words of land, searched for first: most texts hold none. */
const GATES = [' areas', ' regions', ' provinces', ' districts', ' zones', ' counties', ' oblasts', ' prefectures'];
/** "the", one or two names, "and" and a name (each one or two capitalised words), then the plural word. */
const PAIR = /\bthe[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?:,[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?))?,?[ \t]+and[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)[ \t]+(?:areas|regions|provinces|districts|zones|counties|oblasts|prefectures)\b/gu;

/** The names of the shape above, searched only when a plural word of land is in the text. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  if (!GATES.some((g) => text.includes(g))) return [];
  const found: NamedSpan[] = [];
  for (const m of text.matchAll(PAIR)) {
    let from = m.index;
    for (const name of [m[1], m[2], m[3]]) {
      if (!name) continue;
      const start = text.indexOf(name, from);
      found.push({ type: 'place', start, end: start + name.length });
      from = start + name.length;
    }
  }
  return found;
});

/** Spans (sorted, apart) with the names before a plural word of land put in as places; see the file's comment. */
export function withPluralAreas(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
