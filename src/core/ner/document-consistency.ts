import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { organisationShortForm } from './org-words';
import { inBreadcrumbs } from './org-acronyms';
import { AND_PLACES } from './place-compounds';
import type { Token } from './tokenize';
import { startsUpper } from './first-letter';
import { STOP } from './rule-tagger';

const LOWER_FIRST = /^\p{Ll}/u;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', '&']);
/** Initials that mark a time of day ("9:48 PM"): never a name's short form ("Province of Manitoba" is no "PM"). */
const TIME_MARKS = new Set(['AM', 'PM']);

/** "Collective Security Treaty Organization" -> "CSTO"; null for one word or lower-case words. */
function acronymOf(parts: string[]): string | null {
  let initials = '';
  for (const p of parts) {
    if (MINOR_WORDS.has(p)) continue;
    if (!startsUpper(p)) return null;
    initials += p[0];
  }
  return initials.length < 2 ? null : initials;
}

/**
 * The words of a name as `name.split(/\s+/u)` gives them: a name of ASCII words parted by single
 * spaces, as most are, is split at its spaces without the pattern.
 */
function wordsOf(name: string): string[] {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 32 || c >= 128 || (c === 32 && name.charCodeAt(i + 1) === 32)) return name.split(/\s+/u);
  }
  return name.split(' ');
}

/** A capitalised word of four letters or more, no initial ("W."): the first of two surnames. */
const SURNAME = /^\p{Lu}[\p{Ll}\p{M}]{3,}$/u;

const LEADING_WORD = /^[\p{L}\p{M}\p{N}]*/u;

/**
 * The letters and digits a name or token starts with: the same for a name and its first token ("St."
 * of "St. Louis"). ASCII is read by its codes (asked of every capitalised token); the pattern reads
 * words with other characters.
 */
function leadingWord(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LEADING_WORD.exec(text)![0];
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return text.slice(0, i);
  }
  return text;
}

/** Head words of a building's, a street's or an office's name, which a known name may lead ("the Post Office", "Mercer Street"). */
const PLACE_HEADS = new Set(['Office', 'Street', 'Road', 'Avenue', 'Square', 'Station', 'Building', 'Hall', 'House', 'Bridge', 'Park', 'Tower', 'Hotel', 'Airport', 'Stadium', 'Arena']);

/**
 * Whether the token at `k` (right after a one-word match) is the head word of a building's, a
 * street's or an office's name in a sentence of prose: the known name is then part of a longer name
 * of another kind ("the Post Office" once "the Post" is a paper). A title-case headline capitalises
 * every word, so there the next word tells nothing ("Post Office Staff Strike").
 */
function startsLongerName(tokens: readonly Token[], k: number): boolean {
  if (k >= tokens.length || !PLACE_HEADS.has(tokens[k].text)) return false;
  let lower = 0;
  let upper = 0;
  for (const t of tokens) {
    if (LOWER_FIRST.test(t.text)) lower++;
    else if (startsUpper(t.text)) upper++;
  }
  return lower > upper;
}

/**
 * Document consistency: whole-name matches of names already found in the article, their surnames
 * (people) and initials (organisations, places), at mentions the model missed, but not on a line of
 * breadcrumbs, where a name is a section's. `spans` itself is returned when there are none.
 */
export function propagate(text: string, sentences: Token[][], spans: NamedSpan[]): NamedSpan[] {
  const names = new Map<string, NamedSpan['type']>();
  // The initials among the names: such a mention right after a capitalised word other than a
  // function word ("The", "In") ends another name ("Genera PR" beside "Puerto Rico").
  let shortForms: Set<string> | undefined;
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    names.set(name, s.type);
    const parts = wordsOf(name);
    // A person's surname alone refers to them later in the article.
    if (s.type === 'person' && parts.length > 1 && !names.has(parts[parts.length - 1])) names.set(parts[parts.length - 1], 'person');
    // Spanish and Basque names carry two surnames, the first written alone ("Etxebarria" of "Ander Etxebarria Urkiza").
    if (s.type === 'person' && parts.length === 3 && SURNAME.test(parts[1]) && !names.has(parts[1])) names.set(parts[1], 'person');
    // A province named with "and" is also written by its first part alone ("Newfoundland's crab").
    if (s.type === 'place' && AND_PLACES.has(name)) for (const part of name.split(' and ')) if (!names.has(part)) names.set(part, 'place');
    // An organisation or place of several words is often written as its initials later ("CSTO").
    const initials = acronymOf(parts);
    if (s.type !== 'person' && initials && !names.has(initials) && !TIME_MARKS.has(initials)) {
      names.set(initials, s.type);
      (shortForms ??= new Set()).add(initials);
    }
    // A headline or a dateline in capitals names the place the body writes in title case ("LOSSES IN KUNENE", "PLAQUEMINES PARISH, La.").
    if (s.type === 'place' && name.length > 3) {
      const capitals = name.toUpperCase();
      if (capitals !== name && capitals.length === name.length && !names.has(capitals)) names.set(capitals, 'place');
    }
  }
  // A company's name is often shortened later ("Northbridge" for "Northbridge Metals").
  for (const s of spans) {
    const short = s.type === 'organization' ? organisationShortForm(text.slice(s.start, s.end)) : null;
    if (short && !names.has(short)) names.set(short, 'organization');
  }
  if (names.size === 0) return spans;
  // Most capitalised words start no known name: their first word alone rules them out.
  const firstWords = new Set<string>();
  for (const name of names.keys()) firstWords.add(leadingWord(name));
  const longest = Math.min(5, Math.max(...[...names.keys()].map((n) => wordsOf(n).length + 1)));
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const added: NamedSpan[] = [];
  let next = 0;
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!startsUpper(tokens[i].text)) continue;
      // Skip tokens inside a name the model found (spans and tokens are both in text order).
      while (next < sorted.length && sorted[next].end <= tokens[i].start) next++;
      if (next < sorted.length && sorted[next].start < tokens[i].end) continue;
      if (!firstWords.has(leadingWord(tokens[i].text))) continue;
      for (let k = Math.min(tokens.length, i + longest); k > i; k--) {
        const start = tokens[i].start;
        const end = tokens[k - 1].end;
        if (next < sorted.length && sorted[next].start < end) continue;
        const type = names.get(text.slice(start, end));
        if (type && k === i + 1 && shortForms?.has(tokens[i].text) && i > 0 && startsUpper(tokens[i - 1].text) && tokens[i - 1].end + 1 === start && !STOP.has(tokens[i - 1].text)) continue;
        // A section's name in the site's breadcrumbs is no mention, whatever the article names.
        if (type && !inBreadcrumbs(text, start) && !(k === i + 1 && startsLongerName(tokens, k))) {
          added.push({ type, start, end });
          i = k - 1;
          break;
        }
      }
    }
  }
  return added.length ? withAdded(spans, added) : spans;
}

