import type { NamedSpan } from './index';

/**
 * A minister's portfolio named after "Minister of" or "Minister for" is part of the title, not a
 * body: "The Minister of Water Resources and Energy", "Minister for Digital Affairs". The model reads
 * the capitalised portfolio as an organisation's name ("Water Resources"); the ministry itself
 * ("Ministry of Water Resources and Energy") is named with "Ministry" and stays.
 */

/** The words before a portfolio, each ending in its space. */
const BEFORE = ['Minister of ', 'Minister for ', 'Ministers of ', 'Ministers for ', 'Minister of the ', 'Minister for the '];

/** Whether the organisation `s` stands right after a minister's title, as its portfolio. */
function isPortfolio(text: string, s: NamedSpan): boolean {
  // The space and the last letter of "of", "for" or "the" before the name are the cheap first test.
  if (s.type !== 'organization' || text.charCodeAt(s.start - 1) !== 32) return false;
  const c = text.charCodeAt(s.start - 2);
  return (c === 102 || c === 114 || c === 101) && BEFORE.some((w) => text.endsWith(w, s.start));
}

/** Spans (sorted, apart) without the organisations standing as a minister's portfolio; see the file's comment. */
export function withoutPortfolios(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return spans.some((s) => isPortfolio(text, s)) ? spans.filter((s) => !isPortfolio(text, s)) : [...spans];
}
