import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { nextWholeWord, wordCharTest } from './whole-words';

/**
 * A river or a sea named in full once ("the Tapajós River", "the Caspian Sea") is then written
 * without its feature word: "the upper Tapajós", "across the Caspian". The model misses the short
 * form, which looks like nothing it knows. After "the" (and perhaps one lower-case word) the name
 * alone is the place, unless a capitalised word follows it: "the Irish Open" is no sea.
 */

/** Feature words a river or a sea drops on second mention. */
const FEATURES = [' River', ' Sea'];
/** "the" or "the upper" right before the short form. */
const THE_BEFORE = /(?:^|[^\p{L}])the[ \t]+(?:\p{Ll}+[ \t]+)?$/u;
/** A capitalised word right after the short form: it opens a longer name ("the Irish Open" beside "the Irish Sea"). */
const CAPITALISED_AFTER = /^[ \t]\p{Lu}/u;
const JOINS = wordCharTest("'-", /[\p{L}\p{M}\p{N}'’-]/u);

/** Spans (sorted, apart) with the short forms of rivers and seas named in full put in as places; see the file's comment. */
export function withRiverShortForms(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const shorts = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'place') continue;
    const name = text.slice(s.start, s.end);
    const feature = FEATURES.find((f) => name.endsWith(f));
    if (feature && name.length > feature.length) shorts.add(name.slice(0, -feature.length));
  }
  if (!shorts.size) return spans as NamedSpan[];
  const added: NamedSpan[] = [];
  for (const short of shorts) {
    for (let at = nextWholeWord(text, short, 0, JOINS, JOINS, 1); at >= 0; at = nextWholeWord(text, short, at + 1, JOINS, JOINS, 1)) {
      const end = at + short.length;
      if (!THE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || CAPITALISED_AFTER.test(text.slice(end, end + 3)) || overlapsAny(spans, at, end)) continue;
      added.push({ type: 'place', start: at, end });
    }
  }
  return withAdded(spans as NamedSpan[], added);
}
