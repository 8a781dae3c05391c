import type { NamedSpan } from './index';
import { withFoundNames } from './org-parties-names';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';
import { PLACES, STOP } from './rule-tagger';

/**
 * Armed groups, movements and religious groups the model misses or reads as the place in their name:
 * capitalised words before a group's word ("Harmonia Fellowship", "Polisario Front", "Muslim
 * Brotherhood"), the group's word going on with "of" and a name ("Revolutionary Armed Forces of
 * Colombia", "Army of God", "Church of England": a church only of a country, as others are buildings), and a numbered unit ("33rd Front", "82nd
 * Airborne Division"). Each is one organisation.
 */

/** Words that end (or, before "of", head) a group's name. */
const GROUP_WORD = /\b(?:Forces|Army|Front|Movement|Brigades?|Militia|Fellowship|Brotherhood|Sisterhood|Ministries|Congregation|Church|Division|Battalion|Regiment)\b/gu;
/** Searched only where its words start (see word-led). */
const groupWordMatches = wordLedMatches(GROUP_WORD);
/** Group words that make a name only with "of" and a country after them ("Church of England", not "St Mary's Church", a building). */
const OF_ONLY = new Set(['Church']);
/** Military units, named by a number before them ("33rd Front", "3rd Battalion"). */
const UNITS = new Set(['Front', 'Brigade', 'Division', 'Battalion', 'Regiment', 'Army']);
/** Group words that make a name after words only when these are a unit's number ("82nd Airborne Division", not "Premier Division", a league). */
const NUMBERED_ONLY = new Set(['Division']);
/** Words of any country's forces, which alone before a group's word name no group ("the Armed Forces", "Special Forces"). */
const BRANCHES = new Set(['Armed', 'Special', 'Air', 'Ground', 'Land', 'Naval', 'Security', 'Defence', 'Defense', 'Regular', 'Territorial', 'Allied', 'Coalition', 'Federal', 'National', 'Royal', 'Marine', 'Border', 'Police']);
/** Words before "Front" that make a war's front, a place ("the Western Front"), or a phrase ("Home Front"). */
const NOT_GROUP = new Set(['Western', 'Eastern', 'Northern', 'Southern', 'Home', 'Cold']);
/** Capitalised words right before a group's word, on its line ("Revolutionary Armed "), or a unit's ordinal ("33rd "). */
const WORDS_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}\p{M}-]*[ \t]){1,3}|\d{1,3}(?:st|nd|rd|th)[ \t](?:\p{Lu}[\p{L}\p{M}-]*[ \t])?)$/u;
/** "of", perhaps "the", and one to three capitalised words after a group's word: " of Colombia", " of the Philippines". */
const OF_AFTER = /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{M}-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}-]*){0,2}(?![\p{L}\p{N}-]|[ \t]*['’]s?(?![\p{L}])|[ \t]+of[ \t]|[ \t]+\p{Lu})/u;
/** A capitalised word or a digit right after a name: the name goes on ("Armed Forces Day"), so it is not this one. */
const GOES_ON = /^[ \t]+[\p{Lu}\p{N}]/u;
/** "of" or "of the" between a name and a group's name after it. */
const OF_BETWEEN = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/u;
/** A letter, digit or joining mark next to a word: the word is part of a longer one. */
const JOINED = /[\p{L}\p{N}&'’-]/u;

/** The groups' names in a text, by the shapes above (sorted, longest first at one start). */
const groupsIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of groupWordMatches(text)) {
    const head = m[0];
    let start = m.index;
    let end = m.index + head.length;
    if ((start > 0 && JOINED.test(text[start - 1])) || (end < text.length && JOINED.test(text[end]) && text[end] !== '’' && text[end] !== "'")) continue;
    // Words are read back only after a capitalised word or a unit's ordinal right before the group's word.
    const previous = text[start - 1] === ' ' || text[start - 1] === '\t' ? text[start - 2] ?? '' : '';
    const before = (previous >= '0' && previous <= '9') || /[\p{L}\p{M}]/u.test(previous) ? WORDS_BEFORE.exec(text.slice(Math.max(0, start - 60), start)) : null;
    let words = before ? before[1].trimEnd().split(/[ \t]+/u) : [];
    // Sentence openers are not part of the name ("The Fellowship"); an ordinal numbers only a unit.
    while (words.length && STOP.has(words[0])) words = words.slice(1);
    if (words.length && /^\d/u.test(words[0]) ? !UNITS.has(head) : NUMBERED_ONLY.has(head) || NOT_GROUP.has(words[words.length - 1]) || words.every((w) => BRANCHES.has(w))) words = [];
    const of = OF_AFTER.exec(text.slice(end, end + 60));
    if (of) end += of[0].length;
    else if (OF_ONLY.has(head) || !words.length || GOES_ON.test(text.slice(end, end + 3))) continue;
    // A church is a body of a country's ("Church of England"); others are mostly buildings ("Church of Our Lady").
    if (OF_ONLY.has(head) && !PLACES.has(of![0].replace(/^[ \t]+of[ \t]+(?:the[ \t]+)?/u, ''))) continue;
    if (words.length) start -= words.join(' ').length + 1;
    if (text.slice(start, m.index).includes('\n')) continue;
    found.push({ type: 'organization', start, end });
  }
  return found;
});

/**
 * Spans (sorted, apart) with the groups of the file's comment as organisations: spans inside a
 * group's name give way to it (the place in "... of Colombia"); a span reaching out of it stands, and
 * a name holding a person's name is left alone.
 */
export function withMovements(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const g of groupsIn(text)) {
    if (spans.some((s) => s.start < g.end && g.start < s.end && (s.type === 'person' || (s.type === 'organization' && (s.start < g.start || s.end > g.end))))) continue;
    // "World Organization" + " of the " + "Scout Movement": the group ends the name found before it.
    const owner = spans.find((s) => s.end < g.start && s.end >= g.start - 9 && s.type === 'organization' && OF_BETWEEN.test(text.slice(s.end, g.start)));
    found.push(owner ? { ...g, start: owner.start } : g);
  }
  return withFoundNames(spans, found);
}
