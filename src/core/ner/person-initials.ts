import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Results lists and team sheets name players by an initial and a surname ("H. Lefèvre-Duval / R.
 * Achterberg bt R. Balasubramanian / T. Ashworth 7-5 6-4"), which the model misses or cuts to the
 * surname. An initial, a full stop and a capitalised surname (hyphenated, or with a particle: "Á.
 * Núñez de Arco") is a person's name where its line holds two such names or more: one alone is as
 * often a sentence's end ("Plan B. Then") as a name.
 */

/** A capital and a full stop, a space, and a surname, read where `indexOf` found ". "; the character before is checked apart. */
const INITIAL_NAME = /(\p{Lu})\. (\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?: (?:de|da|dos|das|do|del|della|di|van|von|der|den|le|la|du|al|el|bin) \p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)?)(?![\p{L}\p{M}\p{N}.'’-])/uy;
/** What may stand before an initial: not a letter or a full stop ("U.S. Navy", "St. Louis"). */
const NOT_BEFORE = /[\p{L}\p{M}\p{N}.]/u;
const UPPER = /\p{Lu}/u;

/** The names of the shape above on lines that hold two of them or more. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes('. ')) return [];
  const found: NamedSpan[] = [];
  let line: NamedSpan[] = [];
  let lineEnd = -1;
  const flush = () => {
    if (line.length > 1) found.push(...line);
    line = [];
  };
  // Full stops and a space stand once a sentence; the pattern is tried only at those with a capital before.
  for (let dot = text.indexOf('. ', 1); dot >= 0; dot = text.indexOf('. ', dot + 2)) {
    const start = dot - 1;
    if (!UPPER.test(text[start]) || (start > 0 && NOT_BEFORE.test(text[start - 1]))) continue;
    INITIAL_NAME.lastIndex = start;
    const m = INITIAL_NAME.exec(text);
    if (!m) continue;
    // "J. P. Morgan": an initial before the initial makes another kind of name.
    if (start >= 3 && text[start - 2] === '.' && UPPER.test(text[start - 3])) continue;
    if (start > lineEnd) {
      flush();
      lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = text.length;
    }
    line.push({ type: 'person', start, end: start + m[0].length });
  }
  flush();
  return found;
});

/** Spans (sorted, apart) with the initial-and-surname names of results lists put in whole; see the file's comment. */
export function withInitialNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  if (!names.length) return spans as NamedSpan[];
  // "Z. Kowalczyk bt J. Okafor-Lindsey" read as one person is two names and the word between.
  const joined = (s: NamedSpan) => s.type === 'person' && names.filter((n) => s.start <= n.start && n.end <= s.end).length > 1;
  return withWholeNames(spans.filter((s) => !joined(s)), names);
}
