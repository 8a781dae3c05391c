import search from 'approx-string-match';

/** What an annotation stores to find its text again: the quote is the truth, offsets are a hint. */
export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** UTF-16 offsets where the quote was when last written. */
  start?: number;
  end?: number;
}

/**
 * How an annotation was found: at its stored offsets (`exact`; also a hand-written quote found
 * without offsets), as the same words elsewhere (`moved`), as similar words (`fuzzy`), or not at
 * all (`orphan`, which callers keep and show, never delete).
 */
export type AnchorKind = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export type AnchorResult =
  | { anchor: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; text: string }
  | { anchor: 'orphan'; start: null; end: null; text: null };

/** How much context is kept around a quote, and compared when re-anchoring. */
export const CONTEXT_LENGTH = 32;
/** Weight of the text just before a candidate matching the stored prefix (0..1 agreement). */
const PREFIX_WEIGHT = 2;
/** Weight of the text just after a candidate matching the stored suffix (0..1 agreement). */
const SUFFIX_WEIGHT = 2;
/** Weight of closeness to the stored offset: a tie-breaker between equally good contexts. */
const POSITION_WEIGHT = 1;
/**
 * Weight of the words themselves in a fuzzy match (0..1, fewer edits = more). Larger than all
 * context weights together, so a closer wording always beats a better context.
 */
const QUOTE_WEIGHT = 10;
/** Fuzzy matches may differ from the quote by at most this share of its length… */
const MAX_ERROR_RATE = 0.25;
/** …and never by more than this many edits, which bounds the search time. */
const MAX_ERRORS = 64;
/** An exact match whose context fits less than this share of the stored context is doubtful… */
const WEAK_CONTEXT = 0.25;
/** …and loses to a reworded match near the old offset whose context fits at least this share. */
const STRONG_CONTEXT = 0.75;
/** How far (beyond the quote's own length) a rewording "in place" may have moved, in code units. */
const IN_PLACE_SLACK = 64;
/** How far either side of its old offset a quote is looked for first (UTF-16 code units). */
const NEAR_WINDOW = 4096;
/** More exact occurrences than this are not all scored (a quote like "the" in a huge text). */
const MAX_CANDIDATES = 2000;

const ORPHAN: AnchorResult = { anchor: 'orphan', start: null, end: null, text: null };

/** Share (0..1) of `a` and `b` that agrees, counting from their ends (`fromEnd`) or their starts. */
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

/** How well the surroundings of `[start, end)` fit the stored context and position. */
function contextScore(text: string, start: number, end: number, sel: QuoteSelector, withPosition: boolean): number {
  let s = 0;
  if (sel.prefix) s += PREFIX_WEIGHT * agreement(text.slice(Math.max(0, start - sel.prefix.length), start), sel.prefix, true);
  if (sel.suffix) s += SUFFIX_WEIGHT * agreement(text.slice(end, end + sel.suffix.length), sel.suffix, false);
  if (withPosition && sel.start !== undefined) s += POSITION_WEIGHT * (1 - Math.min(1, Math.abs(start - sel.start) / Math.max(1, text.length)));
  return s;
}

/** The context score of a place whose surroundings equal the stored prefix and suffix. */
function perfectContext(sel: QuoteSelector): number {
  return (sel.prefix ? PREFIX_WEIGHT : 0) + (sel.suffix ? SUFFIX_WEIGHT : 0);
}

/**
 * The quote as it would be written with the article's line endings: a sidecar written beside a
 * CRLF checkout must still find its quote after git hands out LF files, and the other way round.
 */
function withLineEndingsOf(text: string, quote: string): string {
  if (!quote.includes('\n')) return quote;
  const lf = quote.replace(/\r\n/gu, '\n');
  return text.includes('\r\n') ? lf.replace(/\n/gu, '\r\n') : lf;
}

/** The exact occurrence that fits best, with how well its surroundings fit (0..perfectContext). */
function findExact(text: string, quote: string, sel: QuoteSelector, hinted: boolean): { start: number; context: number } | null {
  // Most edits move a quote only a little: the occurrence nearest the old offset whose context
  // still matches in full is the answer, without scanning the whole article.
  if (hinted) {
    const perfect = perfectContext(sel);
    const from = Math.max(0, sel.start! - NEAR_WINDOW);
    // Search a slice: `indexOf` on the whole text would run on to the end after the last hit.
    const near = text.slice(from, sel.start! + NEAR_WINDOW + quote.length);
    let nearest: number | null = null;
    for (let j = near.indexOf(quote), seen = 0; j >= 0 && seen < MAX_CANDIDATES; j = near.indexOf(quote, j + 1), seen++) {
      const i = from + j;
      const closer = nearest === null || Math.abs(i - sel.start!) < Math.abs(nearest - sel.start!);
      if (closer && contextScore(text, i, i + quote.length, sel, false) >= perfect) nearest = i;
    }
    if (nearest !== null) return { start: nearest, context: perfect };
  }
  let best: { start: number; score: number } | null = null;
  let seen = 0;
  for (let i = text.indexOf(quote); i >= 0 && seen < MAX_CANDIDATES; i = text.indexOf(quote, i + 1), seen++) {
    const s = contextScore(text, i, i + quote.length, sel, true);
    if (!best || s > best.score) best = { start: i, score: s };
  }
  return best ? { start: best.start, context: contextScore(text, best.start, best.start + quote.length, sel, false) } : null;
}

function findFuzzy(text: string, quote: string, sel: QuoteSelector, hinted: boolean, nearOnly = false): { start: number; end: number; context: number } | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  if (maxErrors < 1) return null;
  const pick = (from: number, to: number) => {
    let best: { start: number; end: number; score: number; context: number } | null = null;
    for (const m of search(text.slice(from, to), quote, maxErrors).slice(0, MAX_CANDIDATES)) {
      const start = m.start + from;
      const end = m.end + from;
      // Looking for a rewording in place, exact copies were judged already and context leads.
      if (nearOnly && m.errors === 0) continue;
      const s = (nearOnly ? 1 : QUOTE_WEIGHT) * (1 - m.errors / (maxErrors + 1)) + contextScore(text, start, end, sel, true);
      if (!best || s > best.score) best = { start, end, score: s, context: contextScore(text, start, end, sel, false) };
    }
    return best;
  };
  // An approximate search is linear in the text searched: try near the old place first, and
  // search the whole article only when the words are not there.
  if (nearOnly) {
    // The search returns only the matches with fewest errors, so an exact copy in the window
    // would hide the rewording: look only just around the old place.
    const slack = IN_PLACE_SLACK + quote.length;
    return pick(Math.max(0, sel.start! - slack), Math.min(text.length, sel.end! + slack));
  }
  if (hinted && text.length > 4 * NEAR_WINDOW) {
    const near = pick(Math.max(0, sel.start! - NEAR_WINDOW), Math.min(text.length, sel.end! + NEAR_WINDOW));
    if (near) return near;
  }
  return pick(0, text.length);
}

/**
 * Finds an annotation's text in the current article: the stored offsets if the text there still
 * equals the quote (`exact`); else the exact quote that best fits the stored context, nearest the
 * old offsets (`moved`); else the closest approximate wording (`fuzzy`); else nothing (`orphan`).
 * Pure and synchronous; offsets are UTF-16 code units, as in editors and JavaScript strings.
 */
export function anchorAnnotation(text: string, sel: QuoteSelector): AnchorResult {
  if (!sel.quote) return ORPHAN;
  const hinted = sel.start !== undefined && sel.end !== undefined && sel.start <= sel.end;
  // The stored offsets are trusted when the quote and its context are still there: the same words
  // with other context may be another occurrence that moved onto the old place.
  if (hinted && text.slice(sel.start, sel.end) === sel.quote && contextScore(text, sel.start!, sel.end!, sel, false) >= perfectContext(sel)) {
    return { anchor: 'exact', start: sel.start!, end: sel.end!, text: sel.quote };
  }

  let quote = sel.quote;
  let exact = findExact(text, quote, sel, hinted);
  if (exact === null && quote.includes('\n')) {
    quote = withLineEndingsOf(text, quote);
    exact = quote === sel.quote ? null : findExact(text, quote, sel, hinted);
  }
  if (exact !== null) {
    // The same words elsewhere with little of their context may be another sentence, while the
    // annotated one was reworded in place (a figure corrected): then the reworded place wins.
    const perfect = perfectContext(sel);
    if (hinted && perfect > 0 && exact.context < WEAK_CONTEXT * perfect) {
      const inPlace = findFuzzy(text, quote, sel, true, true);
      if (inPlace && inPlace.context >= STRONG_CONTEXT * perfect) return { anchor: 'fuzzy', start: inPlace.start, end: inPlace.end, text: text.slice(inPlace.start, inPlace.end) };
    }
    // Without stored offsets nothing moved: a hand-written quote was simply found.
    const unchanged = !hinted || (exact.start === sel.start && exact.start + quote.length === sel.end);
    return { anchor: unchanged ? 'exact' : 'moved', start: exact.start, end: exact.start + quote.length, text: quote };
  }
  const fuzzy = findFuzzy(text, quote, sel, hinted);
  if (!fuzzy) return ORPHAN;
  return { anchor: 'fuzzy', start: fuzzy.start, end: fuzzy.end, text: text.slice(fuzzy.start, fuzzy.end) };
}

/** The selector to store for a range: its text and up to 32 characters of context either side. */
export function describeRange(text: string, start: number, end: number): Required<QuoteSelector> {
  const from = clampToCodePoint(text, Math.max(0, start - CONTEXT_LENGTH), 1);
  const to = clampToCodePoint(text, Math.min(text.length, end + CONTEXT_LENGTH), -1);
  return { quote: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}

/**
 * Moves an offset off the middle of a surrogate pair (towards the quote), so stored context never
 * starts or ends with half an emoji, which YAML would have to write as an escape.
 */
function clampToCodePoint(text: string, offset: number, direction: 1 | -1): number {
  const code = text.charCodeAt(offset);
  const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return lowSurrogate && offset > 0 && offset < text.length ? offset + (direction === 1 ? 1 : -1) : offset;
}
