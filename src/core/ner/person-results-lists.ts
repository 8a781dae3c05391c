import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { ORG_WORDS, STOP } from './rule-tagger';

/**
 * The surnames of a sports results list: "3. Kerremans (Soudal Quick-Step) +0:27", "1. Okafor-Lind
 * (Kenya) 2:04:11". A numbered line with one to three capitalised words (a particle allowed: "van
 * Wijnbergen"), a team or a country in brackets and a time or a gap is a competitor's line, and the
 * words before the brackets are a person's name, which the model, seeing no sentence, often misses.
 */

/** A numbered line: the name is the first group, then the bracketed team and a time or a gap. */
const RESULT_LINE = /^[ \t]*\d{1,3}[.)][ \t]+((?:(?:van|von|de|der|den|da|di|du|del|la|le|ter)[ \t]+){0,2}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*){0,2})[ \t]+\([^()\n]{2,40}\)[ \t]+(?:\+?\d{1,2}:\d{2}|\d{1,3}(?:hr|h|min)\b|s\.t\.)/gmu;

/** Words of a team's name, not a person's: "Team Sky", "Racing Club". */
const TEAM_WORDS = new Set(['Team', 'Club', 'Racing', 'Cycling', 'United', 'City']);

/** The competitors' names of the results lists in a text; searched only when a bracket is followed by a time. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes(') +') && !text.includes('hr ')) return [];
  const found: NamedSpan[] = [];
  for (const m of text.matchAll(RESULT_LINE)) {
    // "1. Team Sky (GBR) 12hr": a function or organisation word names no one.
    if (m[1].split(/[ \t]+/u).some((w) => STOP.has(w) || ORG_WORDS.test(w) || TEAM_WORDS.has(w))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    found.push({ type: 'person', start, end: start + m[1].length });
  }
  return found;
});

/** Spans (sorted, apart) with the competitors of results lists put in as people, over the spans inside them. */
export function withResultsListNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
