import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { COMPASS_WORDS, wordsBefore, wordsFrom } from './place-compass';
import { isNationality } from './not-names';
import { previousWord } from './word-before';
import { LETTER } from './whole-words';
import { indexedWordStarts, spaceLedPositions } from './word-start-positions';
import { charBeforeSpaces } from './chars-round-spaces';

/**
 * Places the model found nothing in, read from the words before them that only places follow: a
 * site of work or a home and "in" or "near" ("its bottling plant in Settle", "a farm near Hawes",
 * "born in Keld"), a person's age and "of" ("Ana Ruiz, 47, of Floréal", the town where she lives), "near" alone ("a crash near Settle"), "near the" and one word closing the phrase
 * ("farms near the Mekong."), and the first item of a list led by a word
 * of place, or a way of travel and "to", whose next item is a place ("near Spin Boldak and Jalalabad",
 * "the route to Hoy and Flotta"). A name that is a verb or a
 * common word as well ("Settle", "Reading") is one the model often misses this way.
 */

/** Sites of work, homes and life events, after which "in" or "near" leads to a place. */
const SITES = new Set('plant plants factory factories mill mills mine mines refinery smelter depot warehouse office offices headquarters base branch store shop school hospital prison jail farm farms site facility port airport station home homes house born based raised buried'.split(' '));
const UPPER = /\p{Lu}/u;
/** Feasts and seasons, which follow "near" without being places: "near Christmas". */
const FEASTS = new Set(['Christmas', 'Easter', 'Ramadan', 'Eid', 'Diwali', 'Hanukkah', 'Thanksgiving', 'Halloween', 'Passover', 'Lent']);
/**
 * Words that lead a list of places: "near Spin Boldak and Jalalabad", "between Torkham and Kabul".
 * "to" and "from" lead lists of people and things as often ("common to Challenger and Columbia").
 */
const LIST_LEAD = new Set(['in', 'near', 'outside', 'between', 'around', 'across', 'throughout', 'via']);
/** Ways of travel before "to", which then leads a list of places: "the route to Hoy and Flotta", "sailings to Eday and Sanday". */
const WAYS_TO = new Set(['route', 'routes', 'ferry', 'ferries', 'sailings', 'sailing', 'flights', 'flight', 'crossings', 'crossing', 'service', 'services']);

/** Whether the words before `start` lead a list of places: a word of {@link LIST_LEAD}, or a way of travel and "to". */
function leadsPlaces(text: string, start: number): boolean {
  const lead = previousWord(text, start);
  if (!lead) return false;
  return LIST_LEAD.has(lead.word) || (lead.word === 'to' && WAYS_TO.has(previousWord(text, lead.start)?.word ?? ''));
}
/** The gap between the first item of a list and a place: " and ", ", ". */
const LIST_GAP = /(?:,|[ \t]+and|,[ \t]+and)[ \t]+$/u;
/** Endings of nationality adjectives: "near Venezuelan border", "in Kurdish areas". */
const NATIONALITY_END = /(?:ian|ese|ish)$/u;
/** " of " after the name, which may be the start of a longer one: "in Taikoo of the Hong Kong Island constituency". */
const OF_AFTER = /^ of /u;

/** Whether a capital letter starts at `at`. */
const capitalAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[at] ?? '');
};

/** Whether one word starting at `at` closes its phrase: a comma, a full stop, a semicolon or a line's end after it. */
function closesPhrase(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && LETTER.test(text[end])) end++;
  const next = text[end];
  return end > at + 1 && (next === undefined || next === '.' || next === ',' || next === ';' || next === '\n' || next === '\r');
}

/** Whether a person's age stands before the comma at `comma`, set off by a comma of its own: "Ana Ruiz, 47," of "Ana Ruiz, 47, of Floréal". */
function agedBefore(text: string, comma: number): boolean {
  let at = comma;
  while (at > comma - 3 && isDigit(text.charCodeAt(at - 1))) at--;
  return at < comma && !isDigit(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 44;
}

/** Whether `c` is an ASCII digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Where the cues end (the capital after them): " in " after a site, "near " after a space. Found
 * from the index of word starts and with `indexOf`, quicker than a pattern tried at every position.
 */
const cuesIn = lastTextMemo((text): number[] => {
  const ends: number[] = [];
  for (const at of spaceLedPositions(text, ' in ')) {
    if (capitalAt(text, at + 4) && SITES.has(previousWord(text, at + 1)?.word ?? '')) ends.push(at + 4);
  }
  // ", of " is rare where " of " is among the commonest words: searched for itself.
  for (let comma = text.indexOf(', of '); comma >= 0; comma = text.indexOf(', of ', comma + 5)) {
    if (capitalAt(text, comma + 5) && agedBefore(text, comma)) ends.push(comma + 5);
  }
  // Read where words start, not searched for over the whole text: the index also lists starts after
  // a letter beyond ASCII, which the test of the character before leaves out.
  for (const at of indexedWordStarts(text, 'near ')) {
    if (at > 0 && LETTER.test(text[at - 1])) continue;
    if (capitalAt(text, at + 5)) ends.push(at + 5);
    // "farms near the Nyabarongo.": after "the", one word closing the phrase, not "near the BBC offices".
    else if (text.startsWith('the ', at + 5) && capitalAt(text, at + 9) && closesPhrase(text, at + 9)) ends.push(at + 9);
  }
  return ends.sort((a, b) => a - b);
});

/** The names after a site and "in", or after "near", where no span stands. */
function afterCues(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const start of cuesIn(text)) {
    const end = wordsFrom(text, start, 3);
    if (end === start || overlapsAny(spans, start, end) || OF_AFTER.test(text.slice(end, end + 4))) continue;
    const name = text.slice(start, end);
    if (FEASTS.has(name) || NATIONALITY_END.test(name) || isNationality(name)) continue;
    found.push({ type: 'place', start, end });
  }
  return found;
}

/** The first items of lists of places the model missed: "near Spin Boldak" of "near Spin Boldak and Jalalabad". */
function firstItems(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'place' || s.start < 3 || (text[s.start - 1] !== ' ' && text[s.start - 1] !== '\t')) continue;
    // A comma or "and" before the spaces: one character spares most places the pattern.
    const before = charBeforeSpaces(text, s.start);
    const gap = before === ',' || before === 'd' ? LIST_GAP.exec(text.slice(Math.max(0, s.start - 7), s.start)) : null;
    if (!gap) continue;
    const end = s.start - gap[0].length;
    const words = wordsBefore(text, end, 3);
    // "North and South Island": a compass word alone shares the name after it.
    if (!words.length || (words.length === 1 && COMPASS_WORDS.has(words[0].word))) continue;
    const start = words[words.length - 1].start;
    const prev = spans[k - 1];
    if ((prev && prev.end > start) || !leadsPlaces(text, start)) continue;
    found.push({ type: 'place', start, end });
  }
  return found;
}

/** Spans (sorted, apart) with the places the cues above find added; see the file's comment. */
export function withMissedPlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = afterCues(text, spans);
  const out = withAdded(spans as NamedSpan[], found);
  return withAdded(out, firstItems(text, out));
}
