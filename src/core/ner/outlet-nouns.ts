import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, STOP } from './rule-tagger';

/**
 * "The secularist magazine MicroMega", "published in the journal Nature Climate Change", "the
 * tabloid Bild": a publication's noun right before capitalised words names the publication, an
 * organisation, which the model often misses when the name is coined or made of common words. The
 * name is taken whole over any part of it the model found ("Nature" of "Nature Climate Change").
 */

/** Publications' nouns, each with the space after it: each is one search of the whole text. */
const NOUNS = ['magazine ', 'journal ', 'newspaper ', 'tabloid '];
/** A publication's name after the noun: up to four capitalised words, ending before a lower-case word or punctuation. */
const NAME = /\p{Lu}[\p{L}\p{M}\p{N}-]*(?:[ \t]\p{Lu}[\p{L}\p{M}\p{N}-]*){0,3}(?![\p{L}\p{M}\p{N}-])/uy;

/** The publications' names after their nouns in `text`; searched once for the article's two readings. */
const outletsAfterNouns = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const noun of NOUNS) {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
      const start = at + noun.length;
      const c = text.charCodeAt(start);
      // Cheap gate: a capital letter right after the noun, and the noun a word of its own.
      if (!(c >= 65 && c <= 90) || (at > 0 && /[\p{L}-]/u.test(text[at - 1]))) continue;
      NAME.lastIndex = start;
      const m = NAME.exec(text);
      const first = m ? m[0].split(/[ \t]/u)[0] : '';
      if (m && !STOP.has(first) && !DEMONYMS.has(first)) found.push({ type: 'organization', start, end: start + m[0].length });
    }
  }
  return found;
});

/** Spans (sorted, apart) with the publications named right after a publication's noun, as organisations. */
export function withOutletNouns(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const outlets = outletsAfterNouns(text);
  return outlets.length ? withWholeNames(spans, outlets) : (spans as NamedSpan[]);
}
