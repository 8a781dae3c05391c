import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * "The Crown" in court reports from the UK, Ireland, Australia, New Zealand and Canada is the state
 * as prosecutor, an organisation: "the Crown prosecutor", "it is asserted by the Crown that", "the
 * Crown's case", "The Crown alleges". The model, trained on other prose, leaves it out. "The" leads
 * it in only at a sentence's start (inside one, "The Crown" is a television series), a capitalised word after it
 * makes a longer name the other rules read ("the Crown Prosecution Service", "the Crown Prince"),
 * while "the Crown jewels" and its dependencies and lands are things, not the prosecutor.
 */

/** Words after "the Crown" that make it a thing or a territory, not the prosecutor. */
const THINGS_AFTER = /^[ \t]+(?:jewels?|dependenc(?:y|ies)|colon(?:y|ies)|lands?|estate|prince|princess|court|green|glass)(?![\p{L}])/u;
/** What may follow "Crown" for the word to end there: not a letter, a digit or a hyphen. */
const WORD_GOES_ON = /[\p{L}\p{N}-]/u;
const UPPER = /\p{Lu}/u;

/** Whether `pos` opens a sentence: the text's or a line's start, or after a full stop, a question or an exclamation mark, perhaps with a quote. */
function sentenceStart(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '"' || text[p] === '“')) p--;
  return p < 0 || text[p] === '\n' || text[p] === '.' || text[p] === '?' || text[p] === '!';
}

/** Where "the Crown" names the prosecutor in `text`; remembered for the article's second reading. */
const crownMentions = lastTextMemo((text: string): NamedSpan[] => {
  // "he Crown" finds both "the Crown" and "The Crown" in one search.
  let at = text.indexOf('he Crown') - 1;
  if (at < -1) return [];
  const found: NamedSpan[] = [];
  for (; at >= -1; at = text.indexOf('he Crown', at + 9) - 1) {
    const start = at + 4;
    const end = start + 5;
    const t = text[at];
    if ((t !== 't' && t !== 'T') || (at > 0 && WORD_GOES_ON.test(text[at - 1]))) continue;
    if (t === 'T' && !sentenceStart(text, at)) continue;
    const next = text[end] ?? '';
    if (WORD_GOES_ON.test(next)) continue;
    // "the Crown Prosecution Service", "the Crown Prince": a longer name, for the other rules.
    if ((next === ' ' || next === '\t') && UPPER.test(text[end + 1] ?? '')) continue;
    if (THINGS_AFTER.test(text.slice(end, end + 16))) continue;
    found.push({ type: 'organization', start, end });
  }
  return found;
});

/** Spans (sorted, apart) with "the Crown" as a prosecutor added as an organisation; `spans` itself when there is none. */
export function withTheCrown(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = crownMentions(text);
  // Copies: a later rule may move a span's ends, and the remembered ones serve the second reading too.
  return found.length ? withWholeNames(spans, found.map((s) => ({ ...s }))) : (spans as NamedSpan[]);
}
