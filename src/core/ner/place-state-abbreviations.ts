import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { STATE_ABBREVIATIONS } from './name-cues';
import { STOP } from './rule-tagger';
import { startLedMatches } from './word-led';

/**
 * A US state as AP style shortens it after a town and a comma ("Mobile, Ala.", "St. Paul, Minn.") is a
 * place with its full stop, and so is the town: the model reads a short form alone as a person or
 * nothing, and often misses a town named like a word ("Mobile", "Paradise").
 */

const escape = (s: string) => s.replace(/\./gu, '\\.');
/** An abbreviation and its full stop, then a break: "Minn.,", "Ala. " or the end. */
const ABBREVIATION = new RegExp(`(?:${[...STATE_ABBREVIATIONS].map(escape).join('|')})\\.(?=[\\s,;:)]|$)`, 'gu');
const abbreviations = startLedMatches(ABBREVIATION);
/** The town before ", ": up to three capitalised words ("Little Rock", "St. Paul"). */
const TOWN_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}'’.-])((?:\p{Lu}[\p{Ll}\p{M}'’-]*\.?[ \t]){0,2}\p{Lu}[\p{Ll}\p{M}'’-]+), $/u;

/** The states and their towns of `text`, as places. */
const statesIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of abbreviations(text)) {
    if (text[m.index - 2] !== ',' || text[m.index - 1] !== ' ') continue;
    const town = TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!town || STOP.has(town[1].split(/[ \t]/u)[0])) continue;
    const townStart = m.index - 2 - town[1].length;
    found.push({ type: 'place', start: townStart, end: m.index - 2 }, { type: 'place', start: m.index, end: m.index + m[0].length });
  }
  return found;
});

/** Spans (sorted, apart) with each state's abbreviation after a town, and the town, put in as places. */
export function withStateAbbreviations(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const states = statesIn(text);
  return states.length ? withWholeNames(spans, states.map((s) => ({ ...s }))) : [...spans];
}
