import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * Names of parties, armies and fronts built on "People's": "the European People's Party", "the
 * Taiwan People's Party", "the Korean People's Army", "the People's Liberation Army". The possessive
 * reads as the end of a name, so the model and the cuts at "'s" leave "Taiwan People" and "Party"
 * (or a person "People"); the whole name is one organisation. "People's Republic" is a country and
 * "People's Daily" a newspaper the other rules know; neither is taken here.
 */

/** Up to three capitalised words right before "People's", one space or tab apart ("European ", "Korean "). */
const WORDS_BEFORE = /(?:\p{Lu}[\p{L}\p{M}-]*[ \t]){1,3}$/u;
/** After "People's": up to two capitalised words, then the word that closes a group's name. */
const HEAD_AFTER = /^['’]s[ \t]+(?:\p{Lu}[\p{L}\p{M}-]*[ \t]+){0,2}?(?:Party|Army|Front|Movement|Alliance|Union|Congress|League|Assembly|Council|Conference|Mujahedin|Mojahedin)(?![\p{L}\p{M}\p{N}-])/u;
/** Capitalised words that open sentences and phrases, not names. */
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'And', 'But', 'Or', 'Of', 'For', 'In', 'On', 'At', 'By', 'To', 'From', 'With', 'As', 'When', 'If', 'Would', 'Will', 'Did', 'Does', 'Do', 'Is', 'Was', 'Why', 'How']);

/** The start of the name ending at "People" (`at`): the capitalised words before it, without a phrase's opening words. */
function nameStart(text: string, at: number): number {
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!before) return at;
  const words = before[0].split(/[ \t]/u).filter(Boolean);
  let start = at - before[0].length;
  // A phrase's first word is not the name's ("With Taiwan People's Party ..."): drop openers from the front.
  while (words.length && OPENERS.has(words[0])) start += words.shift()!.length + 1;
  return start;
}

/** Spans (sorted, apart) with the "People's" names above as organisations; see the file's comment. */
export function withPeoplesNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names: NamedSpan[] = [];
  // "People" is rare: each mention is looked at, and most texts have none.
  for (let at = text.indexOf('People'); at >= 0; at = text.indexOf('People', at + 6)) {
    const head = HEAD_AFTER.exec(text.slice(at + 6, at + 60));
    if (!head || (at > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[at - 1]))) continue;
    // A span reaching out of the name stands (see withWholeNames); one inside it gives way ("Taiwan People" + "Party").
    names.push({ type: 'organization', start: nameStart(text, at), end: at + 6 + head[0].length });
  }
  return names.length ? withWholeNames(spans, names) : [...spans];
}
