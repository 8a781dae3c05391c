import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Well-known operators the model misses or reads as places because their names hold no company's
 * word: Europe's large power utilities ("EDF", "Iberdrola", "Acciona"), development finance
 * institutions ("Proparco", "Africa50", "Norfund"), ferry lines ("Stena Line", "Irish Ferries") and
 * national news agencies outside the model's lists ("Tanjug", "Agerpres"), named in news of any
 * region. Each is an organisation wherever the article writes it as a whole word; a longer name
 * holding one ("EDF Renewables", "Stena Line Ports") is left to the rules for that name.
 */

/** The names, one class a line. */
const NAMES = [
  'EDF', 'Engie', 'Iberdrola', 'Acciona', 'Endesa', 'Naturgy', 'Enel', 'Vattenfall', 'Statkraft', 'Fortum', 'Uniper', 'Eskom',
  'Proparco', 'Africa50', 'Norfund', 'Swedfund', 'Finnfund', 'Afreximbank',
  'Stena Line', 'Irish Ferries', 'Brittany Ferries', 'Condor Ferries', 'P&O Ferries', 'DFDS', 'Wightlink', 'Tallink', 'Viking Line',
  'Tanjug', 'Agerpres', 'Ukrinform', 'Ritzau',
];
/** All the names in one pattern, longest first at a shared start, tried once over the text. */
const ANY_NAME = new RegExp(NAMES.slice().sort((a, b) => b.length - a.length).map((n) => n.replace(/[&]/g, '\\$&')).join('|'), 'g');
/** What a whole word's mention may not touch: a letter, a digit, a hyphen, "&", "@" or a dot before a letter. */
const JOINS = /[\p{L}\p{N}&@_-]/u;
/** A capitalised word right after a name: a longer name ("EDF Renewables"). */
const LONGER = /^[ \t]+\p{Lu}/u;

/** The whole-word mentions of the names in `text`; searched once for the article's two readings. */
const mentionsIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  ANY_NAME.lastIndex = 0;
  for (let m = ANY_NAME.exec(text); m; m = ANY_NAME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if ((start > 0 && JOINS.test(text[start - 1])) || JOINS.test(text[end] ?? '') || (text[end] === '.' && JOINS.test(text[end + 1] ?? ''))) continue;
    if (LONGER.test(text.slice(end, end + 3))) continue;
    found.push({ type: 'organization', start, end });
  }
  return found;
});

/** Spans (sorted, apart) with the operators' mentions as organisations; see the file's comment. */
export function withWellKnownOperators(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const mentions = mentionsIn(text);
  if (!mentions.length) return [...spans];
  const names = new Set(mentions.map((m) => text.slice(m.start, m.end)));
  const typed = mapSpans(spans, (s) => (s.type !== 'organization' && names.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s));
  return withWholeNames(typed, mentions);
}
