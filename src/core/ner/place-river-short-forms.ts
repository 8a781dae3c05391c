import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { nextWholeWord, wordCharTest } from './whole-words';
import { lastTextMemo } from './last-text-memo';

/**
 * A river or a sea named in full once ("the Tapajós River", "the Caspian Sea") is then written
 * without its feature word: "the upper Tapajós", "across the Caspian". The model misses the short
 * form, which looks like nothing it knows. After "the" (and perhaps one lower-case word) the name
 * alone is the place, unless a capitalised word follows it: "the Irish Open" is no sea. A river never
 * named in full is known by what only a river does: it bursts its banks ("Vere burst its banks") and
 * has a mouth, banks or tributaries ("below the Vere's mouth"); that mention and every one after
 * "the" are the place.
 */

/** Feature words a river or a sea drops on second mention. */
const FEATURES = [' River', ' Sea'];
/** "the" or "the upper" right before the short form. */
const THE_BEFORE = /(?:^|[^\p{L}])the[ \t]+(?:\p{Ll}+[ \t]+)?$/u;
/** A capitalised word right after the short form: it opens a longer name ("the Irish Open" beside "the Irish Sea"). */
const CAPITALISED_AFTER = /^[ \t]\p{Lu}/u;
/** What only a river has, after its name and a possessive: "the Vere's mouth". */
const RIVER_PARTS = ['mouth', 'banks', 'estuary', 'tributaries', 'floodplain', 'catchment'];
/** A possessive's apostrophe, its "s" and the space after it, which stand before such a part. */
const POSSESSIVES = ["'s ", '’s '];
/** A river's name and the verb before " its banks": "Vere burst", "the Aragvi overflowed". */
const BANKS_VERB_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}]+) (?:burst|broke|breached|overtopped|overflowed|topped)$/du;
/** "the" and a river's name before its possessive: "the Vere". */
const THE_NAME_BEFORE = /(?:^|[^\p{L}])the (\p{Lu}[\p{Ll}\p{M}]+)$/du;
const JOINS = wordCharTest("'-", /[\p{L}\p{M}\p{N}'’-]/u);

/** Spans (sorted, apart) with the short forms of rivers and seas named in full put in as places; see the file's comment. */
export function withRiverShortForms(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const shorts = new Set<string>();
  const added: NamedSpan[] = [];
  for (const [start, end] of riversByTheirParts(text)) {
    shorts.add(text.slice(start, end));
    if (!overlapsAny(spans, start, end)) added.push({ type: 'place', start, end });
  }
  for (const s of spans) {
    if (s.type !== 'place') continue;
    // Read in the text: most places end with neither word, and their names are not copied.
    for (const feature of FEATURES) {
      if (!text.endsWith(feature, s.end)) continue;
      if (s.end - s.start > feature.length) shorts.add(text.slice(s.start, s.end - feature.length));
      break;
    }
  }
  if (!shorts.size) return spans as NamedSpan[];
  for (const short of shorts) {
    for (let at = nextWholeWord(text, short, 0, JOINS, JOINS, 1); at >= 0; at = nextWholeWord(text, short, at + 1, JOINS, JOINS, 1)) {
      const end = at + short.length;
      if (!THE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || CAPITALISED_AFTER.test(text.slice(end, end + 3)) || overlapsAny(spans, at, end) || overlapsAny(added, at, end)) continue;
      added.push({ type: 'place', start: at, end });
    }
  }
  return withAdded(spans as NamedSpan[], added);
}

/**
 * Where rivers are named by what only a river has (see the file's comment): start and end of each
 * name, those before " its banks" first, then by {@link RIVER_PARTS}' order. Found from the few places
 * the words " its banks" and a possessive ("'s ", "’s ") stand, read back from there; the same for
 * both readings of an article.
 */
const riversByTheirParts = lastTextMemo((text: string): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  const read = (into: Array<[number, number]>, pattern: RegExp, from: number, to: number) => {
    const m = pattern.exec(text.slice(from, to));
    if (m?.indices?.[1]) into.push([from + m.indices[1][0], from + m.indices[1][1]]);
  };
  for (let at = text.indexOf(' its banks'); at >= 0; at = text.indexOf(' its banks', at + 1)) read(found, BANKS_VERB_BEFORE, Math.max(0, at - 40), at);
  // The possessives of an article, read once for all the parts: the names before each part, in the order of the text.
  let byPart: Array<Array<[number, number]>> | undefined;
  for (const apostrophe of POSSESSIVES) {
    for (let at = text.indexOf(apostrophe); at >= 0; at = text.indexOf(apostrophe, at + 1)) {
      const part = RIVER_PARTS.findIndex((p) => text.startsWith(p, at + 3));
      if (part < 0) continue;
      byPart ??= RIVER_PARTS.map(() => []);
      read(byPart[part], THE_NAME_BEFORE, Math.max(0, at - 40), at);
    }
  }
  if (byPart) {
    // Both apostrophes' names in the order of the text within each part.
    for (const names of byPart) found.push(...names.sort((a, b) => a[1] - b[1]));
  }
  return found;
});
