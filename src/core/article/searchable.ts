import type { TextRange } from '../model/types';
import type { ArticleStructure } from './parse-article';

/** Stock exchanges as tickers name them. */
const EXCHANGES = '(?:TSXV?|NYSE(?: American| Arca)?|NASDAQ|Nasdaq|LSE|ASX|NSE|BSE|OTC(?:QX|QB)?|AMEX|HKEX|SGX|SIX|TASE|JSE|Euronext(?: [A-Z][a-z]+)?|XETRA|Xetra|KRX|KOSDAQ|TWSE|TYO|TSE|CSE|NZX|AIM)';

/**
 * Link targets, autolinks and bare URLs: text that names no entity a reader cares about. A target stops
 * at `]` and an autolink at `<`, so a long run of unclosed `](` or `<https://` stays linear.
 */
const LINKS = /\]\([^)\s\]]*\)|<https?:\/\/[^<>\s]*>|https?:\/\/[^\s)>\]]+|\bwww\.[^\s)>\]]+/gu;
/**
 * Stock tickers after their exchange in brackets, the exchange itself being a name: "(TSX: PFE; NYSE:
 * PFEN)", "(NASDAQ:ACME)". Sought apart from {@link LINKS}, only where a bracket and a colon stand: no
 * ticker starts inside a link, and one inside a link's range adds nothing to the holes.
 */
const TICKERS = new RegExp(`(?<=\\((?:[^()]{0,40}[;,]\\s*)?${EXCHANGES}\\s*:\\s*)[A-Z0-9][A-Z0-9.-]{0,9}(?=\\s*[;,)])`, 'gu');

/** The marks of a Markdown section heading inside the body ("## Rail, the forgotten route"): no part of a name. */
const HEADING_MARKS = /^#{1,6}[ \t]+/gmu;

/** The ranges of `pattern`'s matches in `slice`, offset by `start`, added to `holes`. */
function addMatches(pattern: RegExp, slice: string, start: number, holes: TextRange[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) holes.push({ start: start + m.index, end: start + m.index + m[0].length });
}

function subtract(ranges: TextRange[], holes: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const r of ranges) {
    let cursor = r.start;
    for (const h of holes) {
      if (h.end <= cursor || h.start >= r.end) continue;
      if (h.start > cursor) out.push({ start: cursor, end: h.start });
      cursor = Math.max(cursor, h.end);
    }
    if (cursor < r.end) out.push({ start: cursor, end: r.end });
  }
  return out;
}

function mergeSorted(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * The ranges where entities may be sought: headline, body, captions, credits and the date line's
 * further dates (its first is the publication date, found apart), minus photo credits,
 * URLs, markdown link targets and the marks of section headings. Sorted and non-overlapping.
 */
export function computeSearchable(text: string, s: ArticleStructure): TextRange[] {
  const kept = mergeSorted([...(s.title ? [s.title] : []), ...s.paragraphs, ...s.captions, ...s.credits, ...s.dateLineDates]);
  const holes: TextRange[] = s.photoCredits.map((c) => ({ start: c.start, end: c.end }));
  for (const r of kept) {
    const slice = text.slice(r.start, r.end);
    addMatches(LINKS, slice, r.start, holes);
    if (slice.includes('(') && slice.includes(':')) addMatches(TICKERS, slice, r.start, holes);
    if (slice.includes('#')) addMatches(HEADING_MARKS, slice, r.start, holes);
  }
  return subtract(kept, mergeSorted(holes)).filter((r) => text.slice(r.start, r.end).trim().length > 0);
}
