import { findDates } from '../dates/find-dates';
import { mapSpans } from '../ner/span-arrays';
import { overlapsAny } from '../ner/added-spans';
import type { Article, Entity, TextRange, TextSpan } from '../model/types';
import { emptyTagger, type NamedSpan, type Tagger } from '../ner/index';
import { countAtMost, countBelow } from '../text/sorted-offsets';
import { withCreditNames } from './credit-names';
import { linkCanonicalNames } from './link-canonical';

/** Options for {@link recognize}. */
export interface RecognizeOptions {
  /** The people/places/organisations tagger (the shipped model in the CLI and the extension). */
  tagger?: Tagger;
  /** Also find dates (default true). */
  dates?: boolean;
}

/** The stated date line is a date mention too, even where it is not among the searchable ranges. */
function dateRanges(article: Article): TextRange[] {
  const ranges = mapSpans(article.searchable, ({ start, end }) => ({ start, end }));
  const span = article.publishedSpan;
  if (span && !article.publishedInferred && !ranges.some((r) => r.start <= span.start && span.end <= r.end)) ranges.push({ start: span.start, end: span.end });
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * The dateline ("YEREVAN –", "NAIROBI, Kenya (AP) —") names places: each of its comma-separated parts
 * is a place, whatever the tagger made of it, and is added when the tagger missed it; the wire mark
 * (after a place or alone: "Nov 21 (Reuters) -") is an organisation the tagger missed.
 */
function withDateline(article: Article, spans: NamedSpan[]): NamedSpan[] {
  const out = withDatelinePlaces(article.dateline, spans);
  const agency = article.datelineAgency;
  if (agency && !overlapsAny(out, agency.start, agency.end)) out.push({ type: 'organization', start: agency.start, end: agency.end });
  return out.sort((a, b) => a.start - b.start);
}

/** The spans with each part of the dateline place a place (a copy, unsorted). */
function withDatelinePlaces(d: TextSpan | null, spans: NamedSpan[]): NamedSpan[] {
  if (!d || d.end <= d.start) return [...spans];
  const out = mapSpans(spans, (s) => (s.start < d.end && d.start < s.end ? { ...s, type: 'place' as const } : s));
  let offset = d.start;
  for (const part of d.text.split(',')) {
    const lead = part.length - part.trimStart().length;
    const start = offset + lead;
    const end = start + part.trim().length;
    if (end > start && !overlapsAny(out, start, end)) out.push({ type: 'place', start, end });
    offset += part.length + 1;
  }
  return out;
}

/** A date of one word ("May", "Friday."), which a name around it outranks. */
const ONE_WORD = /^\p{L}+\.?$/u;

/**
 * Whether a range lies inside a longer name. Names sorted by start with the running furthest end
 * answer it by binary search, so articles with thousands of names and dates stay linear.
 */
function namesAround(named: readonly TextRange[]): (range: TextRange) => boolean {
  const sorted = [...named].sort((a, b) => a.start - b.start);
  const starts = sorted.map((n) => n.start);
  const furthest: number[] = [];
  for (const n of sorted) furthest.push(Math.max(n.end, furthest.length ? furthest[furthest.length - 1] : -1));
  return (range) => {
    // A name starting before the range and reaching its end is longer; one starting with it must end past it.
    const before = countBelow(starts, range.start);
    if (before > 0 && furthest[before - 1] >= range.end) return true;
    const upTo = countAtMost(starts, range.start);
    return upTo > 0 && furthest[upTo - 1] > range.end;
  };
}

/**
 * Finds the people, places, organisations and dates of an article, with exact offsets (sorted,
 * non-overlapping, `text === article.text.slice(start, end)`) and canonical names linked within the
 * article. Names come from `options.tagger` over `article.searchable`; dates are resolved against
 * `article.published`. Pure and fast enough to run on every edit.
 */
export function recognize(article: Article, options: RecognizeOptions = {}): Entity[] {
  const { text } = article;
  const tagger = options.tagger ?? emptyTagger;
  const tagged = tagger === emptyTagger ? [] : withCreditNames(text, article.credits, tagger.find(text, article.searchable));
  const spans = withDateline(article, tagged);
  const named: Entity[] = mapSpans(
    spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length),
    (s) => {
      // One slice for both fields: the linker sets the canonical name later.
      const written = text.slice(s.start, s.end);
      return { type: s.type, text: written, start: s.start, end: s.end, canonical: written };
    },
  );
  const insideLongerName = namesAround(named);
  const found = options.dates === false ? [] : findDates(text, dateRanges(article), article.published, article.captions);
  // A name wins over a lone month or weekday word inside it ("June Carter", "Black Friday Sale"):
  // the tagger saw the whole name, the date finder only the word.
  const dates = found.filter((d) => !(ONE_WORD.test(d.text) && insideLongerName(d)));
  // Otherwise a date wins over a name it overlaps ("May" the month, not a person), and a name over a
  // later one it overlaps. Dates are sorted and apart, names taken in order: one sweep finds both.
  const merged: Entity[] = [...dates];
  let next = 0;
  let namesEnd = -1;
  for (const n of named.sort((a, b) => a.start - b.start || b.end - a.end)) {
    while (next < dates.length && dates[next].end <= n.start) next++;
    if (n.start < namesEnd || (next < dates.length && dates[next].start < n.end)) continue;
    merged.push(n);
    namesEnd = n.end;
  }
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  return linkCanonicalNames(merged, { text, dateline: article.dateline });
}
