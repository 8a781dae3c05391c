import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { PLACES, STOP } from './rule-tagger';
import { lastTextMemo } from './last-text-memo';

/**
 * Chinese and Korean names written surname first with a hyphenated given name ("Leung Kwok-hung",
 * "Kim Jong-un", "Hwang Hee-Chan"), which the model cuts to the surname or misses.
 */

/** A hyphenated given name right after a person's name: " Kwok-hung", " Hee-Chan". */
const GIVEN_AFTER = /^ \p{Lu}\p{Ll}{1,6}-\p{L}\p{Ll}{1,6}(?![\p{L}\p{N}-])/u;
/** Surname and hyphenated given name in lower case after the hyphen, found nowhere by the model: "Lau Siu-lai". */
const FULL_NAME = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}{1,5}) \p{Lu}\p{Ll}{1,6}-(\p{Ll}{1,6})(?![\p{L}\p{N}-])/gu;
/** Words after a hyphen that make a modifier, not a name ("Tel Aviv-based", "Hong Kong-born"). */
const MODIFIERS = new Set(['based', 'born', 'led', 'run', 'made', 'held', 'owned', 'era', 'style', 'like', 'wide', 'bound', 'free', 'only', 'long', 'old', 'year', 'backed', 'linked', 'area', 'up', 'in', 'out', 'off', 'on', 'day', 'term', 'time', 'class', 'level', 'scale']);

/** The mentions of {@link FULL_NAME} in a text. */
const fullNamesIn = lastTextMemo((text) => [...text.matchAll(FULL_NAME)]);

/** Person spans go on over a hyphenated given name, and such names the model missed are added. Spans sorted, apart. */
export function withHyphenatedNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out = spans.map((s, k) => {
    if (s.type !== 'person') return s;
    const m = GIVEN_AFTER.exec(text.slice(s.end, s.end + 16));
    const next = spans[k + 1];
    if (!m || MODIFIERS.has(m[0].slice(m[0].indexOf('-') + 1).toLowerCase()) || (next && next.start < s.end + m[0].length)) return s;
    return { ...s, end: s.end + m[0].length };
  });
  if (!text.includes('-')) return out;
  const added: NamedSpan[] = [];
  for (const m of fullNamesIn(text)) {
    if (STOP.has(m[1]) || PLACES.has(m[1]) || MODIFIERS.has(m[2])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!overlapsAny(out, start, end)) added.push({ type: 'person', start, end });
  }
  return withAdded(out, added);
}
