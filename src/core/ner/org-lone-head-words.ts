import type { NamedSpan } from './index';

/**
 * An institution's word alone as a sentence's first word, before a lower-case word, is a common noun
 * there, not the short name of one ("University exams were postponed", "University collections
 * across the country"): the model reads the capital as a name. "The University said", or a mention
 * inside a sentence ("staff at the University"), stands.
 */

/** Institutions' words that open sentences as common nouns. */
const HEAD_WORDS = new Set(['University', 'College', 'School', 'Hospital', 'Museum', 'Academy', 'Institute', 'Library']);
/** A lower-case word right after the head word. */
const LOWER_AFTER = /^[ \t]+\p{Ll}/u;

/** Whether `at` opens a sentence: the text's or a line's start, or after a full stop, "!" or "?" and a space. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true;
  return k < at - 1 && (text[k] === '.' || text[k] === '!' || text[k] === '?' || ((text[k] === '"' || text[k] === '”') && k > 0 && /[.!?]/u.test(text[k - 1])));
}

/** Spans without an institution's word alone opening a sentence as a common noun; see the file's comment. */
export function withoutLoneHeadWords(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out = spans.filter((s) => !(s.type === 'organization' && HEAD_WORDS.has(text.slice(s.start, s.end)) && opensSentence(text, s.start) && LOWER_AFTER.test(text.slice(s.end, s.end + 3))));
  return out.length === spans.length ? [...spans] : out;
}
