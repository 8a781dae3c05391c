import type { NamedSpan } from './index';
import { ROLE } from './role-names';
import { DEMONYMS, ORG_WORDS, PLACES, STOP, TITLES } from './rule-tagger';
import { wordBefore } from './word-before';

/**
 * People whose surname is also a place's name ("Valeska Paris", "Ms Paris"): the model reads the
 * surname as the place and leaves out a given name it does not know. A capitalised word that names
 * nothing else, right before such a place, is a given name when the words around say a person is
 * meant (a title or a role before it; "said" or ", an Australian woman" after the surname), or when
 * the article uses the surname alone for a person elsewhere ("Ms Paris", "Paris's father", "Paris
 * claims she"). A courtesy title before a place's name makes it a person's too. The surname's other
 * mentions then follow the person (see `refineSpans`).
 */

/** One word in title case: "Paris", not "UK" or "New York". */
const ONE_NAME = /^\p{Lu}\p{Ll}+$/u;
/** Courtesy titles, which only people bear: "Ms Paris", "Dr. Lima". */
const COURTESY = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Prof)\.?`;
const COURTESY_WORD = new RegExp(`^${COURTESY}$`, 'u');
/** A given name: "Valeska", "Anne-Marie". */
const GIVEN_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A title, a role noun, or "named", before the given name: "Ms Valeska", "activist Valeska", "a woman named Valeska". */
const PERSON_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${COURTESY}|${ROLE}|woman|man|girl|boy|named|called)[ \t]+$`, 'u');
/** Words a person is described by after the name: ", an Australian woman", ", a former member". */
const PERSON_NOUN = 'woman|man|girl|boy|mother|father|wife|husband|widow|widower|daughter|son|sister|brother|grandmother|grandfather|member|resident|student|teacher|worker|lawyer|activist|survivor|victim|witness|veteran|nurse|doctor|officer|spokes(?:man|woman|person)|founder|author|writer|artist|singer|actor|actress|player|campaigner|volunteer|employee|pensioner|farmer|journalist';
/** A person's words after the name: "said", "told", ", who", ", 34,", ", an Australian woman". */
const PERSON_AFTER = new RegExp(
  String.raw`^(?:[ \t]+(?:said|says|told|added|claims|claimed|alleges|alleged|recalled|explained|wrote|testified|insisted)(?![\p{L}])|,[ \t]+(?:who(?![\p{L}])|\d{1,3},)|,[ \t]+an?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:${PERSON_NOUN})(?![\p{L}]))`,
  'u',
);
/** Words that go before a place's name as part of it or of its description: "Greater Paris", "Old Delhi". */
const PLACE_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Greater', 'Upper', 'Lower', 'Old', 'New', 'Little', 'Great', 'Downtown', 'Inner', 'Outer', 'Metro', 'Port', 'Fort', 'Mount', 'Lake', 'Saint', 'San', 'Santa', 'Nova', 'Visit', 'Welcome']);

/** Before a surname alone, a courtesy title: "Ms " (Paris). */
const COURTESY_BEFORE = new RegExp(String.raw`(?<![\p{L}])${COURTESY}[ \t]+$`, 'u');
/** After a surname alone, what is said of a person: "'s father", " claims she", ", who". */
const PERSON_USE_AFTER = /^(?:['’]s?[ \t]+(?:ex-)?(?:father|mother|husband|wife|son|daughter|brother|sister|parents|family|lawyer|attorney)|[ \t]+(?:says|said|claims|claimed|alleges|alleged|recalls|recalled|testified)[ \t]+(?:that[ \t]+)?(?:she|he)|,[ \t]+who)(?![\p{L}])/u;
const LETTER = /\p{L}/u;

/**
 * Whether the article uses `surname` alone for a person somewhere: "Ms Paris", "Paris's father",
 * "Paris claims she", "Paris, who". Only the surname's mentions are read, not the whole text.
 */
function surnameUsedForPerson(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    const end = at + surname.length;
    if ((at > 0 && LETTER.test(text[at - 1])) || LETTER.test(text[end] ?? '')) continue;
    if (COURTESY_BEFORE.test(text.slice(Math.max(0, at - 6), at)) || PERSON_USE_AFTER.test(text.slice(end, end + 40))) return true;
  }
  return false;
}

/**
 * Spans (sorted, apart) with people's names whose surname the model took for a place put whole; see
 * the file's comment. `isListed` tells a word the name lists know as something else (a place, an
 * organisation, a nationality), which is no given name.
 */
export function withPlaceSurnames(text: string, spans: readonly NamedSpan[], isListed: (word: string) => boolean): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const s of spans) {
    // Most places follow a word in lower case ("in Paris"): no title, no given name.
    const word = s.type === 'place' ? wordBefore(text, s.start, true) : null;
    const name = word ? text.slice(s.start, s.end) : '';
    if (!word || name.includes(' ') || !ONE_NAME.test(name)) {
      out.push(s);
      continue;
    }
    if (COURTESY_WORD.test(word.word)) {
      out.push({ ...s, type: 'person' });
      continue;
    }
    const given = GIVEN_WORD.test(word.word) ? word.word : null;
    const start = word.start;
    const prev = out[out.length - 1];
    // The given name is free, or the model's one-word person ("Valeska" + "Paris").
    const free = !prev || prev.end <= start || (prev.type === 'person' && prev.start === start && prev.end === start + (given?.length ?? 0));
    if (!given || !free || !isGivenName(text, given, start, isListed) || !personCued(text, s, text.slice(Math.max(0, start - 40), start), name) || commonWord(text, given)) {
      out.push(s);
      continue;
    }
    // The same two words the model read as an organisation elsewhere ("Météo Madagascar says") are its name.
    const pair = text.slice(start, s.end);
    if (spans.some((o) => o.type === 'organization' && o.end - o.start === pair.length && text.startsWith(pair, o.start))) {
      out.push(s);
      continue;
    }
    if (prev && prev.start === start) out.pop();
    out.push({ type: 'person', start, end: s.end });
  }
  return out;
}

/** Whether `word` at `start` can be a given name: no other name, no common word ("Visiting"). */
function isGivenName(text: string, word: string, start: number, isListed: (word: string) => boolean): boolean {
  if (isListed(word) || STOP.has(word) || TITLES.test(word) || DEMONYMS.has(word) || PLACES.has(word) || ORG_WORDS.test(word) || PLACE_WORDS.has(word)) return false;
  // A verb's form opening a sentence ("Visiting Paris, ...").
  return !(/(?:ing|ed)$/u.test(word) && /(?:^|[.!?:]["”’]?)\s*$/u.test(text.slice(Math.max(0, start - 4), start)));
}

/** A word also written in lower case in the article is a common word capitalised at a sentence's start. */
function commonWord(text: string, word: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}])${word.toLowerCase()}(?![\p{L}])`, 'u').test(text);
}

/** Whether the words around "given surname" say a person is meant, or the article uses the surname for one. */
function personCued(text: string, s: NamedSpan, before: string, surname: string): boolean {
  return PERSON_BEFORE.test(before) || PERSON_AFTER.test(text.slice(s.end, s.end + 60)) || surnameUsedForPerson(text, surname);
}
