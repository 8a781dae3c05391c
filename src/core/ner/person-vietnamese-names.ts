import { isStyleWord } from './honorifics';
import type { NamedSpan } from './index';
import { lastTextMemo } from './last-text-memo';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * Vietnamese names written with their tone marks ("Đỗ Thị Ngọc Lan", "Trần Văn Hải"), of which the
 * model often finds only the given name at the end ("Lan"), the other words being unknown to it. The
 * words of such a name have one syllable each; written before a person's span on the same line,
 * capitalised, with a letter only Vietnamese uses among them, they are the rest of the name.
 */

/** Letters only Vietnamese writes: "đ", "ư", "ơ", "ă" and the vowels with two marks or a dot below. */
const VIETNAMESE_LETTER = /[\u1EA0-\u1EF9ĐđƯưƠơĂă]/u;
/** One syllable of a name: a capital and up to six more letters or marks ("Nguyễn", "Thị", "Đỗ"). */
const SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u;
/** The most words a Vietnamese name has before its given name. */
const MOST_WORDS_BEFORE = 4;

/** Whether a text writes any Vietnamese letter: most do not, and are passed over at once. */
const hasVietnamese = lastTextMemo((text: string): boolean => VIETNAMESE_LETTER.test(text));

/** Whether `word` may be one syllable of a name: not a function word, title, style, place or organisation word. */
function syllableOfName(word: string): boolean {
  return SYLLABLE.test(word) && !STOP.has(word) && !isTitleWord(word) && !isStyleWord(word) && !PLACES.has(word) && !ORG_WORDS.test(word);
}

/** The start of the name widened back over the syllables before `s`, or `s.start` (see the file's comment). */
function widenedStart(text: string, s: NamedSpan, floor: number): number {
  let start = s.start;
  for (let n = 0; n < MOST_WORDS_BEFORE && text[start - 1] === ' '; n++) {
    const from = text.lastIndexOf(' ', start - 2) + 1;
    // A line break inside the "word" fails the syllable's pattern: a name does not cross lines.
    if (from < floor || !syllableOfName(text.slice(from, start - 1))) break;
    start = from;
  }
  return start < s.start && VIETNAMESE_LETTER.test(text.slice(start, s.end)) ? start : s.start;
}

/** Person spans (sorted, apart) widened back over the Vietnamese syllables of their names; see the file's comment. */
export function withVietnameseNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!hasVietnamese(text)) return spans as NamedSpan[];
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'person' || text[s.start - 1] !== ' ') continue;
    const start = widenedStart(text, s, k > 0 ? spans[k - 1].end : 0);
    if (start === s.start) continue;
    out ??= [...spans];
    out[k] = { ...s, start };
  }
  return out ?? (spans as NamedSpan[]);
}
