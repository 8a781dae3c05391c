import type { TextRange } from '../model/types';
import type { ArticleStructure } from './parse-article';

/** Stock exchanges as tickers name them. */
const EXCHANGES = '(?:TSXV?|NYSE(?: American| Arca)?|NASDAQ|Nasdaq|LSE|ASX|NSE|BSE|OTC(?:QX|QB)?|AMEX|HKEX|SGX|SIX|TASE|JSE|Euronext(?: [A-Z][a-z]+)?|XETRA|Xetra|KRX|KOSDAQ|TWSE|TYO|TSE|CSE|NZX|AIM)';

/**
 * Link targets, autolinks, bare URLs and stock ticker symbols: text that names no entity a reader cares about. A target
 * stops at `]` and an autolink at `<`, so a long run of unclosed `](` or `<https://` stays linear.
 */
const NOT_PROSE = new RegExp(
  [
    '\\]\\([^)\\s\\]]*\\)|<https?:\\/\\/[^<>\\s]*>|https?:\\/\\/[^\\s)>\\]]+|\\bwww\\.[^\\s)>\\]]+',
    // Stock tickers after their exchange in brackets, the exchange itself being a name: "(TSX: PFE;
    // NYSE: PFEN)", "(NASDAQ:ACME)".
    `(?<=\\((?:[^()]{0,40}[;,]\\s*)?${EXCHANGES}\\s*:\\s*)[A-Z0-9][A-Z0-9.-]{0,9}(?=\\s*[;,)])`,
  ].join('|'),
  'gu',
);

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
 * URLs and markdown link targets. Sorted and non-overlapping.
 */
export function computeSearchable(text: string, s: ArticleStructure): TextRange[] {
  const kept = mergeSorted([...(s.title ? [s.title] : []), ...s.paragraphs, ...s.captions, ...s.credits, ...s.dateLineDates]);
  const holes: TextRange[] = s.photoCredits.map((c) => ({ start: c.start, end: c.end }));
  for (const r of kept) {
    const slice = text.slice(r.start, r.end);
    NOT_PROSE.lastIndex = 0;
    for (let m = NOT_PROSE.exec(slice); m; m = NOT_PROSE.exec(slice)) {
      holes.push({ start: r.start + m.index, end: r.start + m.index + m[0].length });
    }
  }
  return subtract(kept, mergeSorted(holes)).filter((r) => text.slice(r.start, r.end).trim().length > 0);
}
