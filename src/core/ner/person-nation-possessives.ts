import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { PERSON_NAME_WORD as WORD } from './name-words';
import { mayBePersonWord } from './rule-tagger';

/**
 * A person a country's possessive introduces, as sports and foreign news write them ("Sweden's
 * Viktor Åkerlund held off ...", "Kenya's Wesley Kiprono"), where the model found the country but
 * nothing after it: two words of a name, neither a function word, a title, an organisation's word
 * or a place, and no capitalised word after them (a longer name may be a body's: "China's Ming Yang
 * Smart Energy"); a name the lists know as a place or a body is left to them.
 */

/** The possessive, then two words of a person's name and no third capitalised word. */
const NAME_AFTER = new RegExp(String.raw`^['’]s[ \t]+(${WORD})[ \t]+(${WORD})(?![\p{L}\p{M}\p{N}&'’-]|[ \t]+\p{Lu})`, 'u');

/**
 * Spans (sorted, apart) with the people after a country's possessive added where no span holds them;
 * `isNation` tells a country's name, `isListed` a name the lists know as a place or a body.
 */
export function withNationPeople(text: string, spans: readonly NamedSpan[], isNation: (name: string) => boolean, isListed: (name: string) => boolean): NamedSpan[] {
  const added: NamedSpan[] = [];
  for (const s of spans) {
    const c = text.charCodeAt(s.end);
    // The possessive's apostrophe first: most names are not followed by one.
    if ((c !== 39 && c !== 0x2019) || s.type !== 'place' || !isNation(text.slice(s.start, s.end))) continue;
    const m = NAME_AFTER.exec(text.slice(s.end, s.end + 80));
    if (!m || !mayBePersonWord(m[1]) || !mayBePersonWord(m[2])) continue;
    const name = { type: 'person' as const, start: s.end + m[0].indexOf(m[1], 2), end: s.end + m[0].length };
    if (overlapsAny(spans, name.start, name.end) || isListed(text.slice(name.start, name.end))) continue;
    added.push(name);
  }
  return added.length ? withAdded(spans as NamedSpan[], added) : (spans as NamedSpan[]);
}
