import { parseArticle } from '../../../src/core/article/parse-article';
import type { Article } from '../../../src/core/model/types';

/** A short story's lines (headline, byline, date, two paragraphs), for tests that add page furniture after it. */
export const FERRY_STORY: readonly string[] = [
  'Harbour board approves the new ferry terminal',
  '',
  'By Elin Varga',
  '12 May 2026',
  '',
  'The harbour board in Tromsø approved the new ferry terminal on Tuesday after three years of hearings.',
  '',
  'Work is due to start in the autumn, the board said in a statement.',
];

/** The text of an article's searched ranges, one per line. */
export function searchedText(a: Article): string {
  return a.searchable.map((r) => a.text.slice(r.start, r.end)).join('\n');
}

/** Whether the parser searches any of `part` (its first occurrence) in `text`. */
export function isSearched(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return parseArticle(text).searchable.some((r) => r.start < at + part.length && at < r.end);
}
