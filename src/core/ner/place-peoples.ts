import type { NamedSpan } from './index';
import { charAfterSpaces, charBeforeSpaces } from './chars-round-spaces';

/**
 * A people's name, or the word for one of a nation, names no place and no person: "the Spaniard
 * won", "two Britons were hurt", "ethnic Hazara militias", "in four Kayapo villages". The model
 * reads a place in the nation's word and a person in a people's name that is also someone's
 * surname in the article ("Raoni Metuktire Kayapo"). Dropped here: a nationality noun (a closed
 * list, with the words that are also given names, "Finn" and "Pole", only after "the"), a
 * capitalised word after "ethnic", and one word right before a plural noun of a people's
 * settlements or groups ("villages", "communities", "militias").
 */

/** Nouns for a person of a nation, none of them a given name or a place. */
const NATIONALITY_NOUNS = new Set([
  'Spaniard', 'Spaniards', 'Briton', 'Britons', 'Brits', 'Dane', 'Danes', 'Swede', 'Swedes', 'Turks', 'Scots', 'Finns', 'Poles',
  'Frenchman', 'Frenchmen', 'Frenchwoman', 'Englishman', 'Englishmen', 'Englishwoman', 'Irishman', 'Irishmen', 'Irishwoman',
  'Scotsman', 'Scotsmen', 'Scotswoman', 'Welshman', 'Welshmen', 'Welshwoman', 'Dutchman', 'Dutchmen', 'Dutchwoman',
  'Icelander', 'Icelanders', 'Kiwis', 'Aussies', 'Argentines', 'Filipinos', 'Filipina', 'Uruguayans', 'Belarusians',
]);
/** Nationality nouns that are also given names or words of places, read as nations only after "the". */
const AFTER_THE = new Set(['Finn', 'Pole', 'Turk', 'Scot', 'Brit', 'Swiss', 'Kiwi', 'Aussie', 'Argentine']);
/** Plural nouns of a people's settlements or groups, after which a single capitalised word is that people's name. */
const GROUP_AFTER = /^[ \t]+(?:villages|communities|tribes|clans|militias|militiamen|settlements|hamlets|elders|chiefs)(?![\p{L}-])/u;
/** The first letters of its group nouns: a cheap look before the pattern. */
const GROUP_FIRST_LETTERS = new Set([...'vctmshe']);
const ETHNIC_BEFORE = /(?:^|[^\p{L}])[Ee]thnic[ \t]+$/u;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/** Whether a single-word span names a people rather than a place or a person; see the file's comment. */
function isPeoplesWord(text: string, s: NamedSpan): boolean {
  const name = text.slice(s.start, s.end);
  if (NATIONALITY_NOUNS.has(name)) return true;
  if (AFTER_THE.has(name) && THE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) return true;
  if (name.includes(' ')) return false;
  // One character before the spaces before the name, and one after those after it, spare the patterns for most names.
  if (s.type !== 'organization' && charBeforeSpaces(text, s.start) === 'c' && ETHNIC_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) return true;
  // Before a group's noun only a "person" is dropped: a place stands there too ("Galilee villages").
  return s.type === 'person' && GROUP_FIRST_LETTERS.has(charAfterSpaces(text, s.end)) && GROUP_AFTER.test(text.slice(s.end, s.end + 14));
}



/** Spans (sorted, apart) without the words that name a people or one of a nation; see the file's comment. */
export function withoutPeoplesNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out = spans.filter((s) => !isPeoplesWord(text, s));
  return out.length === spans.length ? (spans as NamedSpan[]) : out;
}
