import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { lastTextMemo } from './last-text-memo';
import { ROLE } from './role-names';
import { previousWord } from './word-before';

/**
 * Chinese and Korean names written surname first with a hyphenated given name ("Leung Kwok-hung",
 * "Kim Jong-un", "Hwang Hee-Chan"), which the model cuts to the surname or misses; and a given name
 * and a double surname the model missed ("the engineer Geneviève Thibodeau-Lacroix"), taken when a
 * role or a title stands before or a person's words follow (", who", " said", ", 58,").
 */

/** A hyphenated given name right after a person's name: " Kwok-hung", " Hee-Chan". */
const GIVEN_AFTER = /^ \p{Lu}\p{Ll}{1,6}-\p{L}\p{Ll}{1,6}(?![\p{L}\p{N}-])/u;
/** Surname and hyphenated given name in lower case after the hyphen, found nowhere by the model: "Lau Siu-lai". */
const FULL_NAME = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}{1,5}) \p{Lu}\p{Ll}{1,6}-(\p{Ll}{1,6})(?![\p{L}\p{N}-])/gu;
/** Words after a hyphen that make a modifier, not a name ("Tel Aviv-based", "Hong Kong-born"). */
const MODIFIERS = new Set(['based', 'born', 'led', 'run', 'made', 'held', 'owned', 'era', 'style', 'like', 'wide', 'bound', 'free', 'only', 'long', 'old', 'year', 'backed', 'linked', 'area', 'up', 'in', 'out', 'off', 'on', 'day', 'term', 'time', 'class', 'level', 'scale']);

/** The mentions of {@link FULL_NAME} in a text. */
const fullNamesIn = lastTextMemo((text) => [...text.matchAll(FULL_NAME)]);
/** A given name and a double surname: "Geneviève Thibodeau-Lacroix", "Yakubu Gassol-Mbaya". */
const DOUBLE_SURNAME = /(\p{Lu}[\p{Ll}\p{M}]+) \p{Lu}[\p{Ll}\p{M}]+-\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{N}'’-])/gu;
const doubleSurnamesIn = lastTextMemo((text) => [...text.matchAll(DOUBLE_SURNAME)]);
/** Role nouns before a person's name ("the engineer", "lawyer"), read from `ROLE`'s plain words. */
const ROLES = new Set([...ROLE.split('|').filter((r) => /^[a-z]+$/u.test(r)), 'architect', 'entrepreneur', 'businessman', 'businesswoman', 'banker', 'designer', 'historian', 'chef']);
/** A person's words after the name: ", who", " said", ", 58,", ", a lawyer". */
const PERSON_AFTER = /^(?:,[ \t]+(?:who|an?|the)[ \t]|,[ \t]+\d{1,3},|[ \t]+(?:said|says|told|added)(?![\p{L}]))/u;

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
  for (const m of doubleSurnamesIn(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if ((start > 0 && /[\p{L}\p{N}'’.-]/u.test(text[start - 1])) || overlapsAny(out, start, end) || overlapsAny(added, start, end)) continue;
    if (STOP.has(m[1]) || PLACES.has(m[1]) || isTitleWord(m[1]) || ORG_WORDS.test(m[1])) continue;
    const before = previousWord(text, start)?.word ?? '';
    if (ROLES.has(before) || isTitleWord(before.replace(/\.$/u, '')) || PERSON_AFTER.test(text.slice(end, end + 12))) added.push({ type: 'person', start, end });
  }
  return withAdded(out, added);
}
