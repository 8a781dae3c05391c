import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { STOP } from './rule-tagger';
import { wordStartsWith } from './word-led';

/**
 * Bodies named for what they do, by a capitalised verb in "-ing" after "for": "International Fund
 * for Saving the Aral Sea", "Society for Protecting Rural England", "Coalition for Preventing Armed
 * Conflict". The model stops at "for" and reads the place at the end alone; the name runs from the
 * capitalised words before the body's word over the verb, a "the" and the capitalised words after it.
 */

/** The bodies' words before "for". */
const HEADS = new Set(['Fund', 'Foundation', 'Society', 'Coalition', 'Alliance', 'Campaign', 'Committee', 'Council', 'Centre', 'Center', 'Institute', 'Association', 'Movement', 'Initiative', 'Partnership', 'Trust', 'Programme', 'Program', 'Commission', 'League', 'Network']);
/** The verb and what it names: "Saving the Aral Sea", "Protecting Rural England". */
const AFTER_FOR = /^\p{Lu}\p{Ll}+ing(?:[ \t]+(?:the|and|of)?[ \t]*\p{Lu}[\p{L}\p{M}'’-]*)+/u;
/** " for " and a capitalised verb in "-ing", tried only where a word "for..." starts after a space (see `word-led.ts`). */
const FOR_VERB = / for [A-Z][a-z]+ing[ \t]/y;
/** A capitalised word of a name before the body's word. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** The start of the body's name whose word ends one space before `at` (" for"), or -1. */
function nameStart(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < 5 && (n === 0 || text[start - 1] === ' '); n++) {
    let from = n === 0 ? at : start - 1;
    let w = from;
    while (w > 0 && !/[\s(“"]/u.test(text[w - 1])) w--;
    const word = text.slice(w, from);
    if (n === 0 && !HEADS.has(word)) return -1;
    if (!NAME_WORD.test(word) || STOP.has(word)) break;
    start = w;
  }
  return start;
}

/** The bodies of the file's comment in a text, searched once for both readings of it. */
const gerundNamesIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  // " for " is read at each space before a word "for...", past the end of the last match, as a
  // search of the whole text resumes there (" for Saving for Buying " holds one).
  let from = 0;
  for (const forAt of wordStartsWith(text, 'for')!) {
    const at = forAt - 1;
    FOR_VERB.lastIndex = at;
    if (at < from || text[at] !== ' ' || !FOR_VERB.test(text)) continue;
    from = FOR_VERB.lastIndex;
    const m = AFTER_FOR.exec(text.slice(at + 5, at + 85));
    if (!m) continue;
    const start = nameStart(text, at);
    if (start >= 0) found.push({ type: 'organization', start, end: at + 5 + m[0].trimEnd().length });
  }
  return found;
});

/** Spans (sorted, apart) with the bodies of the file's comment as whole organisations; spans inside give way. */
export function withGerundNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = gerundNamesIn(text);
  // Copies: a later rule may move a span's ends, and the remembered ones serve the second reading too.
  return found.length ? withWholeNames(spans, found.map((s) => ({ ...s }))) : [...spans];
}
