import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Names joined by "and" before a plural word of land are places: "the Gojjam and Gondar areas",
 * "the Donetsk and Luhansk regions", "the Kayes and Koulikoro districts", "in Central and Eastern
 * provinces", "the Central and Makindye divisions" (a city's administrative divisions). The model finds the one it
 * knows and misses or mistypes the other; the plural noun says both are places.
 */

/**
 * The plural words of land; the names are read back from them. One pattern that opens with a space:
 * faster than a literal search per word, as spaces are everywhere.
 */
const GATES = / (?:areas|regions|provinces|districts|divisions|municipalities|neighbourhoods|neighborhoods|communes|zones|counties|oblasts|prefectures)/g;
/** How far back before the plural word the names are read. */
const LOOK_BACK = 90;
const LETTER = /[\p{L}\p{M}]/u;
/** "the" (or "in", "across"), one or two names, "and" and a name (each one or two capitalised words), ending the text before the plural word. */
const PAIR = /(?<![\p{L}\p{M}])(?:the|in|across)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?:,[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?))?,?[ \t]+and[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)$/u;

/** The plural words of land in a text, tried only where its words start (see `word-led.ts`). */
const gatesIn = wordLedMatches(GATES);

/** The names of the shape above, read back from each plural word of land. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const g of gatesIn(text)) {
    const at = g.index;
    if (LETTER.test(text[at + g[0].length] ?? ' ')) continue;
    const back = Math.max(0, at - LOOK_BACK);
    const m = PAIR.exec(text.slice(back, at));
    if (m) found.push(...namesOf(text, back + m.index, m));
  }
  return found.sort((a, b) => a.start - b.start);
});

/** A possessive inside a name read before the plural word: "Kyoto's " of "Kyoto's Gion". */
const POSSESSIVE = /['’]s[ \t]+/u;

/** The places of a match of {@link PAIR} found at `index`. */
function namesOf(text: string, index: number, m: RegExpExecArray): NamedSpan[] {
  const found: NamedSpan[] = [];
  let from = index;
  for (const whole of [m[1], m[2], m[3]]) {
    if (!whole) continue;
    // "in Kyoto's Gion and Higashiyama areas": the owner before a possessive is not part of the area's name.
    const owner = POSSESSIVE.exec(whole);
    const name = owner ? whole.slice(owner.index + owner[0].length) : whole;
    const start = text.indexOf(name, from);
    found.push({ type: 'place', start, end: start + name.length });
    from = start + name.length;
  }
  return found;
}

/** Spans (sorted, apart) with the names before a plural word of land put in as places; see the file's comment. */
export function withPluralAreas(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
