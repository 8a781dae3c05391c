import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { STOP } from './rule-tagger';

/**
 * Companies of Central and South-East Europe whose names end in a trade's word written in lower
 * case, as their languages write common nouns inside names: "Dunav osiguranje" and "Croatia
 * osiguranje" (insurance), "Komercijalna banka" (bank), "Česká spořitelna" (savings bank), "Česká
 * pojišťovna" (insurance), "Apatinska pivovara" (brewery). The model reads the capitalised word as a
 * person's or a place's name and stops before the lower-case word; the trade's word makes the whole
 * a company's name.
 */

/** The trades' words themselves, as whole words. */
const TRADE_WORDS = new Set(['osiguranje', 'osiguranja', 'banka', 'spořitelna', 'sporiteľňa', 'pojišťovna', 'poisťovňa', 'pivovara', 'mlekara', 'zavarovalnica']);
/** A capitalised word of a name before the trade's word. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const LETTER = /[\p{L}\p{M}]/u;
/** Most capitalised words read back from the trade's word. */
const MOST_WORDS = 3;

/** First letters of the trades' words, by character code: a span's next word is read only after one. */
const FIRST_LETTERS = new Set([...TRADE_WORDS].map((w) => w.charCodeAt(0)));

/**
 * The companies' names whose capitalised words end a span of `spans` right before a trade's word:
 * the model finds the capitalised word ("Dunav" as a person), so the spans lead to the names without
 * a search of the whole text.
 */
function namesAfterSpans(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const s of spans) {
    if (text.charCodeAt(s.end) !== 32 || !FIRST_LETTERS.has(text.charCodeAt(s.end + 1))) continue;
    const at = s.end + 1;
    let end = at;
    while (end < text.length && LETTER.test(text[end])) end++;
    if (!TRADE_WORDS.has(text.slice(at, end))) continue;
    let start = at;
    for (let n = 0; n < MOST_WORDS && text[start - 1] === ' '; n++) {
      let from = start - 1;
      while (from > 0 && text[from - 1] !== ' ' && text[from - 1] !== '\n' && text[from - 1] !== '\t') from--;
      const word = text.slice(from, start - 1);
      if (!NAME_WORD.test(word) || STOP.has(word)) break;
      start = from;
    }
    if (start < at) found.push({ type: 'organization', start, end });
  }
  return found;
}

/** Spans (sorted, apart) with the companies named with a lower-case trade's word found whole; see the file's comment. */
export function withLowerTradeWords(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesAfterSpans(text, spans);
  return names.length ? withWholeNames(spans, names) : [...spans];
}
