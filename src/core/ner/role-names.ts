import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { DEMONYMS, ORG_WORDS, PLACES, STOP, TITLES } from './rule-tagger';

/**
 * A given name the model left out of a person's name after the person's role in lower case:
 * "attorney Lorraine" + "Batiste-Cole", "neighbour Fortunato" + "Ccoa Layme". Only after such a role
 * noun: a capitalised word after other words is as often a party or a place ("Democrat", "Tory").
 */

/** Role nouns written in lower case before a person's name (an alternation for a regular expression). */
export const ROLE = 'attorney|lawyer|neighbou?r|farmer|resident|spokes(?:man|woman|person)|activist|teacher|doctor|nurse|worker|student|colleague|friend|wife|husband|son|daughter|brother|sister|mother|father|cousin|widow|widower|partner|owner|economist|analyst|researcher|professor|councillor|councilor|adviser|advisor|aide|prosecutor|striker|midfielder|defender|goalkeeper|coach|author|writer|photographer|singer|actor|actress|artist|engineer|scientist|survivor|witness|candidate|veteran|pilot|driver|director|manager|founder|forecaster|meteorologist|herder|herdsman|fisherman|fisher|harvester|deckhand|picker|miner';
/** A role noun, then a capitalised word (the given name) right before a person's name. */
const ROLE_AND_GIVEN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ROLE})[ \\t]+(\\p{Lu}\\p{Ll}+)[ \\t]+$`, 'u');

/** Whether the code is a space or a tab. */
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Whether {@link ROLE_AND_GIVEN} may match right before `end`, after `from`: blanks, a word opening
 * with a capital (any letter beyond ASCII), blanks, and a word ending in a lower-case letter, read by
 * character codes; the pattern, tried at every position before a name, then runs only where this holds.
 */
function mayEndWithRoleAndGiven(text: string, from: number, end: number): boolean {
  let at = end;
  if (!isBlank(text.charCodeAt(at - 1))) return false;
  while (at > from && isBlank(text.charCodeAt(at - 1))) at--;
  while (at > from && !isBlank(text.charCodeAt(at - 1))) at--;
  const first = text.charCodeAt(at);
  if (at <= from || (first < 128 && (first < 65 || first > 90))) return false;
  while (at > from && isBlank(text.charCodeAt(at - 1))) at--;
  const last = text.charCodeAt(at - 1);
  return at > from && last >= 97 && last <= 122;
}

/** Person spans (sorted, apart) extended back over a given name after a role noun. */
export function withGivenNamesAfterRoles(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s, k) => {
    if (s.type !== 'person') return s;
    const from = Math.max(k > 0 ? spans[k - 1].end : 0, s.start - 40);
    if (!mayEndWithRoleAndGiven(text, from, s.start)) return s;
    const m = ROLE_AND_GIVEN.exec(text.slice(from, s.start));
    const given = m?.[1];
    if (!m || !given || STOP.has(given) || TITLES.test(given) || DEMONYMS.has(given) || PLACES.has(given) || ORG_WORDS.test(given)) return s;
    return { ...s, start: s.start - (m[0].length - m[0].indexOf(given)) };
  });
}

/**
 * Players' and spokespeople's roles in lower case, right before a name: what follows is a person,
 * whatever the model made of a given name that is also a place ("captain Georgia Ashworth",
 * "leg-spinner Jordan Pike"), or of a writer's or an artist's name ("coauthor Colette Heald").
 */
const ROLE_CHAR = /[a-z-]/u;
/**
 * Writers, artists and scholars: jobs only a person holds ("coauthor Colette Heald", "musician Nick
 * Rhodes"), which also go before a name of one word ("fashion designer Halston"), as a player's role
 * does not ("the defender Chelsea signed").
 */
const ARTIST_ROLES = new Set(['author', 'coauthor', 'co-author', 'novelist', 'poet', 'playwright', 'screenwriter', 'songwriter', 'musician', 'singer', 'rapper', 'pianist', 'guitarist', 'composer', 'actor', 'actress', 'comedian', 'painter', 'sculptor', 'illustrator', 'photographer', 'filmmaker', 'designer', 'economist', 'professor', 'historian', 'physicist', 'biologist', 'chemist', 'astronomer', 'columnist']);
const PERSON_ROLES = new Set(['captain', 'skipper', 'vice-captain', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'batter', 'batsman', 'batswoman', 'bowler', 'seamer', 'spinner', 'leg-spinner', 'off-spinner', 'all-rounder', 'wicketkeeper', 'fly-half', 'scrum-half', 'flanker', 'hooker', 'spokesman', 'spokeswoman', 'spokesperson', ...ARTIST_ROLES]);
/** A name of two or three capitalised words (a hyphenated or "Mc"/"O'" one among them). */
const TWO_OR_THREE_WORDS = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2}$/u;

/** A name of one capitalised word. */
const ONE_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+$/u;

/**
 * Spans (sorted, apart) with a place or an organisation of two or three words (of one after an
 * artist's or a scholar's job) right after a
 * player's or a spokesperson's role made a person, unless the name lists know it (`isListed`) or a
 * word of it is a function word, an organisation's word or a well-known place's.
 */
export function withPeopleAfterRoles(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (personAfterRole(text, s, isListed)) (out ??= spans.slice(0, k)).push({ ...s, type: 'person' });
    else out?.push(s);
  }
  return out ?? (spans as NamedSpan[]);
}

/** Whether `s`, not a person, is a name right after a player's or a spokesperson's role (see {@link withPeopleAfterRoles}). */
function personAfterRole(text: string, s: NamedSpan, isListed: (name: string) => boolean): boolean {
  // The roles end in a lower-case letter before the space: most spans are ruled out by two character tests.
  const c = text.charCodeAt(s.start - 2);
  if (s.type === 'person' || s.start < 2 || text.charCodeAt(s.start - 1) !== 32 || c < 97 || c > 122) return false;
  let from = s.start - 2;
  while (from > 0 && s.start - from < 16 && ROLE_CHAR.test(text[from - 1])) from--;
  const role = text.slice(from, s.start - 1);
  if (!PERSON_ROLES.has(role)) return false;
  const name = text.slice(s.start, s.end);
  if (!TWO_OR_THREE_WORDS.test(name) && !(ARTIST_ROLES.has(role) && ONE_WORD.test(name))) return false;
  const words = name.split(/[ \t]/u);
  return !words.some((w) => STOP.has(w) || ORG_WORDS.test(w) || TITLES.test(w) || DEMONYMS.has(w)) && !PLACES.has(words[words.length - 1]) && !isListed(name);
}
