import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { STOP } from './rule-tagger';
import { wordStartsWith } from './word-led';

/**
 * Think tanks named beside their kind: "the Expert-Grup think tank", "the think tank Bruegel". The
 * model knows few of their names, which are coined or foreign; the kind in lower case right after or
 * before the capitalised words makes them one organisation. A possessive ends the words before
 * ("Moldova's Expert-Grup think tank").
 */

/** The kind: "think tank", "think-tank", "thinktank"; tried only where a word "think..." starts (see `word-led.ts`). */
const KIND = /think[ -]?tank/uy;
/** A capitalised word of a name: letters, hyphens, an ampersand, capitals' dots ("Expert-Grup", "R&D"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}&.-]*$/u;
/** Most words of such a name. */
const MAX_WORDS = 4;
/** What a kind must not go on with: a longer word, or a plural ("think tanks"). */
const GOES_ON = /[\p{L}\p{N}-]/u;

/** The start of the capitalised words that end one space before `end` on their line, or `end` when there are none. */
function wordsBefore(text: string, end: number): number {
  let start = end;
  for (let n = 0; n < MAX_WORDS && text[start - 1] === ' '; n++) {
    let at = start - 1;
    while (at > 0 && !/[\s(“"]/u.test(text[at - 1])) at--;
    const word = text.slice(at, start - 1);
    if (!NAME_WORD.test(word) || STOP.has(word)) break;
    start = at;
  }
  return start;
}

/** The end of the capitalised words that start one space after `start`, or `start` when there are none. */
function wordsAfter(text: string, start: number): number {
  let end = start;
  for (let n = 0; n < MAX_WORDS && text[end] === ' '; n++) {
    let at = end + 1;
    while (at < text.length && !/[\s,.;:)”"]/u.test(text[at])) at++;
    // A full stop after a capital's initial stays ("Inc."), one ending the sentence does not.
    const word = text.slice(end + 1, at);
    if (!NAME_WORD.test(word) || STOP.has(word)) break;
    end = at;
  }
  return end;
}

/** Spans (sorted, apart) with the think tanks named beside their kind as organisations; spans inside give way. */
export function withThinkTanks(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let found: NamedSpan[] | undefined;
  // A kind after a space starts a word, where the index lists it; no match of the kind holds one.
  for (const kindAt of wordStartsWith(text, 'think')!) {
    const at = kindAt - 1;
    if (text[at] !== ' ') continue;
    KIND.lastIndex = kindAt;
    const m = KIND.exec(text);
    if (!m) continue;
    const kindEnd = kindAt + m[0].length;
    if (GOES_ON.test(text[kindEnd] ?? '')) continue;
    const start = wordsBefore(text, at + 1);
    if (start < at + 1) (found ??= []).push({ type: 'organization', start, end: at });
    const end = wordsAfter(text, kindEnd);
    if (end > kindEnd) (found ??= []).push({ type: 'organization', start: kindEnd + 1, end });
  }
  return found ? withWholeNames(spans, found) : [...spans];
}
