import type { NamedSpan } from './index';

/**
 * An institution's word alone as a sentence's first word, before a lower-case word, is a common noun
 * there, not the short name of one ("University exams were postponed", "University collections
 * across the country"): the model reads the capital as a name. "The University said", or a mention
 * inside a sentence ("staff at the University"), stands. A ministry's or an authority's word alone
 * after "the" ("has informed the Ministry", "The Authority has allocated") is a body's own way of
 * naming itself or one named in full nearby, as "the Company" is: no name of its own.
 */

/** Institutions' words that open sentences as common nouns. */
const HEAD_WORDS = new Set(['University', 'College', 'School', 'Hospital', 'Museum', 'Academy', 'Institute', 'Library']);
/** Bodies' words that "the" before them makes a common noun, however they are written. */
const BARE_WORDS = new Set(['Ministry', 'Authority']);
/** "the" or "The" right before a word. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/** A lower-case word right after the head word. */
const LOWER_AFTER = /^[ \t]+\p{Ll}/u;

/** Whether `at` opens a sentence: the text's or a line's start, or after a full stop, "!" or "?" and a space. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true;
  return k < at - 1 && (text[k] === '.' || text[k] === '!' || text[k] === '?' || ((text[k] === '"' || text[k] === '”') && k > 0 && /[.!?]/u.test(text[k - 1])));
}

/** Spans without an institution's word alone opening a sentence as a common noun, nor a ministry's or an authority's word alone after "the"; see the file's comment. */
export function withoutLoneHeadWords(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out = spans.filter((s) => {
    if (s.type !== 'organization') return true;
    const name = text.slice(s.start, s.end);
    if (BARE_WORDS.has(name)) return !THE_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start));
    return !(HEAD_WORDS.has(name) && opensSentence(text, s.start) && LOWER_AFTER.test(text.slice(s.end, s.end + 3)));
  });
  return out.length === spans.length ? [...spans] : out;
}
