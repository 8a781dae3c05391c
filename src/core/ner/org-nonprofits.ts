import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';
import { STOP } from './rule-tagger';

/**
 * A charity or a non-profit named right after the noun that says what it is ("the non-profit Manos
 * Unidas", "the charity Hope For Wells", "the NGO Vida Nueva", "the group Madres Buscadoras de
 * Sonora", "the collective Luz de Esperanza"), whose name, often in another
 * language, the model misses or reads as a person or a place.
 */

/** The noun right before the name, and the capitalised words of the name (joined by short words, as names in Spanish or English are). */
const NONPROFIT_NAME = /(?<![\p{L}\p{N}-])(?:non-?profit|not-for-profit|charity|NGO|the[ \t]+group|the[ \t]+collective)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|del|la|las|los|y|en|of|for|and|the)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*){0,5})/gu;

/** Searched only where its nouns start (see word-led). */
const nonprofitMatches = wordLedMatches(NONPROFIT_NAME);

/** A possessive's end inside a name's words: "'s" or a lone apostrophe before a space or the end. */
const POSSESSIVE = /['’]s?(?![\p{L}\p{M}])/u;
/** Short words left at a name's end once a possessive is cut off ("Riverwatch and"). */
const JOINING_END = /(?:[ \t]+(?:de|del|la|las|los|y|en|of|for|and|the))+$/u;

/**
 * The names in the words after the noun, as offsets into them: the name's own possessive is left out
 * ("Harbour Light's" volunteers); a later word's possessive with capitalised words after it owns a
 * second name of the list ("the NGO Riverwatch and Germany's EuroNatur": "Riverwatch", "EuroNatur").
 */
function namesIn(words: string): Array<[number, number]> {
  const m = POSSESSIVE.exec(words);
  if (!m) return [[0, words.length]];
  const space = words.lastIndexOf(' ', m.index);
  const after = m.index + m[0].length;
  if (space < 0 || after === words.length) return [[0, m.index]];
  return [[0, words.slice(0, space).replace(JOINING_END, '').length], [after + 1, words.length]];
}

/** The names after such a noun, searched once for the two readings of an article. */
const nonprofitsIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes('profit') && !text.includes('charity') && !text.includes('NGO') && !text.includes('the group ') && !text.includes('the collective ')) return [];
  const found: NamedSpan[] = [];
  for (const m of nonprofitMatches(text)) {
    // A function word or a month opens a phrase, not a name ("gave to charity In May").
    if (STOP.has(m[1].split(/[ \t]/u)[0])) continue;
    const start = m.index + m[0].length - m[1].length;
    for (const [from, to] of namesIn(m[1])) found.push({ type: 'organization', start: start + from, end: start + to });
  }
  return found;
});

/** Spans (sorted, apart) with the charities named after their noun as organisations; spans inside give way, a span reaching out stands. */
export function withNonprofits(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = nonprofitsIn(text);
  return found.length ? withWholeNames(spans, found.filter((f) => !spans.some((s) => s.start === f.start && s.end === f.end && s.type === 'organization'))) : [...spans];
}
