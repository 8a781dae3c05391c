import { findDates } from '../dates/find-dates';
import type { Article, Entity, TextRange } from '../model/types';
import { emptyTagger, type Tagger } from '../ner/index';
import { linkCanonicalNames } from './link-canonical';

export interface RecognizeOptions {
  /** The people/places/organisations tagger (the shipped model in the CLI and the extension). */
  tagger?: Tagger;
  /** Also find dates (default true). */
  dates?: boolean;
}

/** The stated date line is a date mention too; it is not inside the body ranges. */
function dateRanges(article: Article): TextRange[] {
  const ranges = [...article.searchable];
  if (article.publishedSpan && !article.publishedInferred) ranges.push(article.publishedSpan);
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * Finds the people, places, organisations and dates of an article, with exact offsets (sorted,
 * non-overlapping, `text === article.text.slice(start, end)`) and canonical names linked within it.
 */
export function recognize(article: Article, options: RecognizeOptions = {}): Entity[] {
  const { text } = article;
  const tagger = options.tagger ?? emptyTagger;
  const named: Entity[] = tagger.find(text, article.searchable).map((s) => ({
    type: s.type, text: text.slice(s.start, s.end), start: s.start, end: s.end, canonical: text.slice(s.start, s.end),
  }));
  const dates = options.dates === false ? [] : findDates(text, dateRanges(article), article.published);
  // A date wins over a name it overlaps ("May" the month, not a person).
  const merged = [...dates, ...named.filter((n) => !dates.some((d) => d.start < n.end && n.start < d.end))];
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  return linkCanonicalNames(merged);
}
