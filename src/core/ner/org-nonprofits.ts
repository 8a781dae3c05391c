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

/** The names after such a noun, searched once for the two readings of an article. */
const nonprofitsIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes('profit') && !text.includes('charity') && !text.includes('NGO') && !text.includes('the group ') && !text.includes('the collective ')) return [];
  const found: NamedSpan[] = [];
  for (const m of nonprofitMatches(text)) {
    const name = m[1].replace(/['’]s?$/u, '');
    // A function word or a month opens a phrase, not a name ("gave to charity In May").
    if (STOP.has(name.split(/[ \t]/u)[0])) continue;
    const start = m.index + m[0].length - m[1].length;
    found.push({ type: 'organization', start, end: start + name.length });
  }
  return found;
});

/** Spans (sorted, apart) with the charities named after their noun as organisations; spans inside give way, a span reaching out stands. */
export function withNonprofits(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = nonprofitsIn(text);
  return found.length ? withWholeNames(spans, found.filter((f) => !spans.some((s) => s.start === f.start && s.end === f.end && s.type === 'organization'))) : [...spans];
}
