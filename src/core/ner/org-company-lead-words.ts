import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A capitalised common noun that opens a sentence and is glued to the name after it ("Rivals Vestas
 * and GE Vernova", "Analysts Ravi Shah and ...", "Carmaker Stellantis said"): the capital letter is the
 * sentence's, the noun describes the name, and a reader marks the name alone.
 */

/** Nouns that describe the companies they stand before: the name left is a company's. */
const COMPANY_NOUNS = new Set([
  'Rival', 'Rivals', 'Competitor', 'Competitors', 'Peer', 'Peers', 'Carmaker', 'Carmakers', 'Automaker', 'Automakers', 'Chipmaker',
  'Chipmakers', 'Drugmaker', 'Drugmakers', 'Lender', 'Lenders', 'Retailer', 'Retailers', 'Insurer', 'Insurers', 'Broadcaster',
  'Broadcasters', 'Miner', 'Miners', 'Brewer', 'Brewers', 'Conglomerate', 'Supermarket', 'Supermarkets', 'Grocer', 'Grocers',
]);
/** Labels that open a press release's lines before the issuer's name: "SOURCE Acme Corp.", the release's last line. */
export const RELEASE_LABELS: ReadonlySet<string> = new Set(['SOURCE']);
/** Nouns that describe people or companies: the name left keeps its type. */
const OTHER_NOUNS = new Set(['Shares', 'Analysts', 'Investors', 'Shareholders', 'Officials', 'Regulators', 'Suppliers', 'Customers', 'Clients']);

/** Whether `at` opens a sentence: the text's or a line's start, or after a sentence's end (and perhaps a quotation mark). */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '"' || text[k] === '“' || text[k] === '‘')) k--;
  if (k < 0) return true;
  const c = text[k];
  if (c === '\n' || c === '\r' || c === '!' || c === '?') return true;
  if (c !== '.') return false;
  // A full stop ends a sentence unless it ends an initial or a short abbreviation ("J.", "St.", "U.S.").
  let w = k;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, k);
  return !(word.length <= 2 && /^\p{Lu}/u.test(word)) && !word.includes('.');
}

/** Spans (sorted, apart) without a leading sentence-opening noun; see the file's comment. */
export function withoutLeadWords(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s) => {
    const space = text.indexOf(' ', s.start);
    if (space < 0 || space >= s.end - 1) return s;
    const first = text.slice(s.start, space);
    const company = COMPANY_NOUNS.has(first) || RELEASE_LABELS.has(first);
    if ((!company && !OTHER_NOUNS.has(first)) || !opensSentence(text, s.start)) return s;
    const start = space + 1;
    // Only before a capitalised word: "Rivals Vestas", not "Shares rose" (no name after the noun).
    if (text.charCodeAt(start) === 32 || text[start].toLowerCase() === text[start]) return s;
    return { type: company ? 'organization' : s.type, start, end: s.end };
  });
}
