import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { wordBefore } from './word-before';

/**
 * Organisations named for their members with a plural possessive before the organisation's word:
 * "the Progressives Governors' Forum", "the National Farmers' Union", "the Nigeria Governors’ Forum".
 * The model stops at the apostrophe or finds nothing; the whole name is one organisation.
 */

/** An organisation's word right after the possessive, ending the name. */
const ORG_WORD_AFTER = /^[ \t]+(?:Forum|Association|Union|Council|Federation|Alliance|Conference|Caucus|Guild|Club|League|Society|Congress|Front|Movement|Trust|Fund|Network|Coalition|Party|Assembly|Institute)(?![\p{L}\p{N}-]|[ \t]+\p{Lu})/u;
/** The members' word: capitalised, plural ("Governors", "Farmers"). */
const MEMBERS = /^\p{Lu}\p{Ll}+s$/u;
/** A capitalised word of the name before the members' word ("Progressives", "National"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}-]*$/u;
/** Capitalised words that open sentences and phrases, not names. */
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'To', 'Of', 'And', 'But', 'As']);
const APOSTROPHES = ["s' ", 's’ '];
const LETTER = /\p{L}/u;

/** The organisation whose members' possessive ends at `apostrophe` ("Governors" + "'"), or null. */
function nameAt(text: string, apostrophe: number): NamedSpan | null {
  const after = ORG_WORD_AFTER.exec(text.slice(apostrophe + 1, apostrophe + 16));
  if (!after) return null;
  // The members' word, read back over its letters ("Governors").
  let start = apostrophe;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  if (!MEMBERS.test(text.slice(start, apostrophe))) return null;
  // Up to three capitalised words before it, one space apart, without the words that open sentences.
  for (let n = 0; n < 3; n++) {
    const word = wordBefore(text, start, true);
    if (!word || !NAME_WORD.test(word.word) || OPENERS.has(word.word)) break;
    start = word.start;
  }
  return { type: 'organization', start, end: apostrophe + 1 + after[0].length };
}

/**
 * Spans (sorted, apart) with the organisations named for their members made whole; spans inside such
 * a name give way, and one reaching out of it stands.
 */
export function withMembersOrganisations(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names: NamedSpan[] = [];
  for (const mark of APOSTROPHES) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 3)) {
      const found = nameAt(text, at + 1);
      if (found) names.push(found);
    }
  }
  return withWholeNames(spans, names);
}
