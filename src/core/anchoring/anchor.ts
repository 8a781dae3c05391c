import search from 'approx-string-match';

/** What an annotation stores to find its text again: the quote is the truth, offsets are a hint. */
export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type AnchorKind = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export type AnchorResult =
  | { anchor: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; text: string }
  | { anchor: 'orphan'; start: null; end: null; text: null };

/** How much context is kept around a quote, and compared when re-anchoring. */
export const CONTEXT_LENGTH = 32;
/** Weight of the text just before the quote matching the stored prefix. */
const PREFIX_WEIGHT = 2;
/** Weight of the text just after the quote matching the stored suffix. */
const SUFFIX_WEIGHT = 2;
/** Weight of being close to the stored offset: a tie-breaker between equally good contexts. */
const POSITION_WEIGHT = 1;
/** Fuzzy matches may differ from the quote by at most this share of its length… */
const MAX_ERROR_RATE = 0.25;
/** …and never by more than this many edits, which bounds the search. */
const MAX_ERRORS = 64;
/** How far from its old offset a moved quote is first looked for (UTF-16 code units). */
const NEAR_WINDOW = 4096;
/** More exact occurrences than this are not all scored (a quote like "the" in a huge text). */
const MAX_CANDIDATES = 2000;

/** Characters of `a` and `b` that agree, counting from their ends (`fromEnd`) or starts. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) {
    const x = fromEnd ? a[a.length - 1 - i] : a[i];
    const y = fromEnd ? b[b.length - 1 - i] : b[i];
    if (x !== y) break;
    same++;
  }
  return n === 0 ? 0 : same / n;
}

function score(text: string, start: number, end: number, sel: QuoteSelector): number {
  let s = 0;
  if (sel.prefix) s += PREFIX_WEIGHT * agreement(text.slice(Math.max(0, start - sel.prefix.length), start), sel.prefix, true);
  if (sel.suffix) s += SUFFIX_WEIGHT * agreement(text.slice(end, end + sel.suffix.length), sel.suffix, false);
  if (sel.start !== undefined) s += POSITION_WEIGHT * (1 - Math.min(1, Math.abs(start - sel.start) / Math.max(1, text.length)));
  return s;
}

/**
 * Finds an annotation's text in the current article: the stored offsets if the text there still
 * equals the quote; else the exact quote that best fits the stored context and position; else the
 * closest approximate match; else nothing (an orphan, which the caller keeps, never deletes).
 */
export function anchorQuote(text: string, sel: QuoteSelector): AnchorResult {
  const { quote } = sel;
  if (!quote) return { anchor: 'orphan', start: null, end: null, text: null };
  const hinted = sel.start !== undefined && sel.end !== undefined;
  if (hinted && text.slice(sel.start, sel.end) === quote) return { anchor: 'exact', start: sel.start!, end: sel.end!, text: quote };

  // Most edits move a quote only a little: an occurrence near the old offset whose context still
  // matches in full is the answer, without scanning the whole article.
  if (hinted) {
    const perfect = (sel.prefix ? PREFIX_WEIGHT : 0) + (sel.suffix ? SUFFIX_WEIGHT : 0);
    for (let i = text.indexOf(quote, Math.max(0, sel.start! - NEAR_WINDOW)); i >= 0 && i <= sel.start! + NEAR_WINDOW; i = text.indexOf(quote, i + 1)) {
      if (score(text, i, i + quote.length, { ...sel, start: undefined }) >= perfect) return { anchor: 'moved', start: i, end: i + quote.length, text: quote };
    }
  }

  let best: { start: number; score: number } | null = null;
  let found = 0;
  for (let i = text.indexOf(quote); i >= 0 && found < MAX_CANDIDATES; i = text.indexOf(quote, i + 1), found++) {
    const s = score(text, i, i + quote.length, sel);
    if (!best || s > best.score) best = { start: i, score: s };
  }
  if (best) {
    // Without stored offsets nothing moved: the quote was simply found.
    return { anchor: hinted ? 'moved' : 'exact', start: best.start, end: best.start + quote.length, text: quote };
  }

  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  if (maxErrors < 1) return { anchor: 'orphan', start: null, end: null, text: null };
  const matches = search(text, quote, maxErrors);
  let fuzzy: { start: number; end: number; score: number } | null = null;
  for (const m of matches.slice(0, MAX_CANDIDATES)) {
    // Fewer edits matter most; context and position decide between equals.
    const s = (1 - m.errors / (maxErrors + 1)) * 10 + score(text, m.start, m.end, sel);
    if (!fuzzy || s > fuzzy.score) fuzzy = { start: m.start, end: m.end, score: s };
  }
  if (!fuzzy) return { anchor: 'orphan', start: null, end: null, text: null };
  return { anchor: 'fuzzy', start: fuzzy.start, end: fuzzy.end, text: text.slice(fuzzy.start, fuzzy.end) };
}

/** The selector to store for a range: the quote and up to 32 characters of context either side. */
export function describeRange(text: string, start: number, end: number): Required<QuoteSelector> {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
