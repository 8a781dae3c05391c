import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { resultLinesIn } from './results-lines';
import { ORG_WORDS, STOP } from './rule-tagger';

/**
 * The surnames of a sports results list: "3. Kerremans (Soudal Quick-Step) +0:27", "1. Okafor-Lind
 * (Kenya) 2:04:11". A numbered line with one to three capitalised words (a particle allowed: "van
 * Wijnbergen"), a team or a country in brackets and a time or a gap is a competitor's line, and the
 * words before the brackets are a person's name, which the model, seeing no sentence, often misses.
 */

/** A competitor's name: one to three capitalised words, hyphens inside, perhaps after one or two particles. */
const COMPETITOR = /^(?:(?:van|von|de|der|den|da|di|du|del|la|le|ter)[ \t]+){0,2}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*){0,2}$/u;

/** Words of a team's name, not a person's: "Team Sky", "Racing Club". */
const TEAM_WORDS = new Set(['Team', 'Club', 'Racing', 'Cycling', 'United', 'City']);

/** The competitors' names of the results lists in a text; searched only when a bracket is followed by a time. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes(') +') && !text.includes('hr ')) return [];
  const found: NamedSpan[] = [];
  for (const line of resultLinesIn(text)) {
    if (!line.timed || !COMPETITOR.test(line.name)) continue;
    // "1. Team Sky (GBR) 12hr": a function or organisation word names no one.
    if (line.name.split(/[ \t]+/u).some((w) => STOP.has(w) || ORG_WORDS.test(w) || TEAM_WORDS.has(w))) continue;
    found.push({ type: 'person', start: line.nameStart, end: line.nameStart + line.name.length });
  }
  return found;
});

/** Spans (sorted, apart) with the competitors of results lists put in as people, over the spans inside them. */
export function withResultsListNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
