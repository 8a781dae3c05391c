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
/** The names by their first word ("Stena" -> "Stena Line"). */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const name of NAMES) {
  const first = name.split(' ')[0];
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), name]);
}
/**
 * The first two characters of the first words, as a table of ASCII pairs: the text is read once by
 * character codes, and a word is cut out only where its first two characters open a name (a pattern
 * of all the names tried at every position cost as much as a large rule).
 */
const OPENINGS = new Uint8Array(128 * 128);
for (const first of BY_FIRST_WORD.keys()) OPENINGS[first.charCodeAt(0) * 128 + first.charCodeAt(1)] = 1;
/** What a whole word's mention may not touch: a letter, a digit, a hyphen, "&", "@" or a dot before a letter. */
const JOINS = /[\p{L}\p{N}&@_-]/u;
/** A capitalised word right after a name: a longer name ("EDF Renewables"). */
const LONGER = /^[ \t]+\p{Lu}/u;

/** Whether the character code is one of a first word's: an ASCII letter or digit, or "&". */
function inWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 38;
}

/** The whole-word mentions of the names in `text`; searched once for the article's two readings. */
const mentionsIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  const last = text.length - 1;
  for (let at = 0; at < last; at++) {
    const c = text.charCodeAt(at);
    if (c < 65 || c > 90) continue;
    const next = text.charCodeAt(at + 1);
    if (next >= 128 || OPENINGS[c * 128 + next] === 0 || (at > 0 && (inWord(text.charCodeAt(at - 1)) || JOINS.test(text[at - 1])))) continue;
    let wordEnd = at + 2;
    while (wordEnd < text.length && inWord(text.charCodeAt(wordEnd))) wordEnd++;
    const names = BY_FIRST_WORD.get(text.slice(at, wordEnd));
    const name = names?.find((n) => text.startsWith(n, at));
    if (name) {
      const end = at + name.length;
      const dotted = text[end] === '.' && JOINS.test(text[end + 1] ?? '');
      if (!JOINS.test(text[end] ?? '') && !dotted && !LONGER.test(text.slice(end, end + 3))) found.push({ type: 'organization', start: at, end });
    }
    at = wordEnd - 1;
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
