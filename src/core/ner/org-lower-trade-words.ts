import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { STOP } from './rule-tagger';

/**
 * Companies of Central and South-East Europe whose names end in a trade's word written in lower
 * case, as their languages write common nouns inside names: "Dunav osiguranje" and "Croatia
 * osiguranje" (insurance), "Komercijalna banka" (bank), "Česká spořitelna" (savings bank), "Česká
 * pojišťovna" (insurance), "Apatinska pivovara" (brewery). The model reads the capitalised word as a
 * person's or a place's name and stops before the lower-case word; the trade's word makes the whole
 * a company's name.
 */

/** Stems of the trades' words, found in one pass over the text. */
const TRADE_STEMS = /osiguranj|banka|spořiteln|sporiteľň|pojišťovn|poisťovň|pivovar|mlekar|zavarovalnic/g;
/** The trades' words themselves, as whole words. */
const TRADE_WORDS = new Set(['osiguranje', 'osiguranja', 'banka', 'spořitelna', 'sporiteľňa', 'pojišťovna', 'poisťovňa', 'pivovara', 'mlekara', 'zavarovalnica']);
/** A capitalised word of a name before the trade's word. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const LETTER = /[\p{L}\p{M}]/u;
/** Most capitalised words read back from the trade's word. */
const MOST_WORDS = 3;

/** The companies' names in `text`; searched once for the article's two readings. */
const namesIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  TRADE_STEMS.lastIndex = 0;
  for (let m = TRADE_STEMS.exec(text); m; m = TRADE_STEMS.exec(text)) {
    const at = m.index;
    let end = at + m[0].length;
    while (end < text.length && LETTER.test(text[end])) end++;
    if ((at > 0 && LETTER.test(text[at - 1])) || !TRADE_WORDS.has(text.slice(at, end))) continue;
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
});

/** Spans (sorted, apart) with the companies named with a lower-case trade's word found whole; see the file's comment. */
export function withLowerTradeWords(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : [...spans];
}
