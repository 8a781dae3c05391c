import { leadingStyleLength } from './honorifics';
import type { NamedSpan } from './index';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { previousWord, wordBefore, wordEndingAt, type WordBefore } from './word-before';
import { PERSON_NAME_PART as PART, PERSON_NAME_WORD as WORD } from './name-words';
import { SPEECH_AFTER, VERB_AFTER_LENGTH } from './person-verbs';
import { lastTextMemo } from './last-text-memo';
import { isNameCharAt } from './name-chars';

/**
 * People whose given name is also a place or a common word ("Jordan Whitby-Chester", "Florence
 * Adjei-Mensah", "Chelsea Morland", "Piers Whitlow"), which the model takes for a place, an
 * organisation, or nothing. Two or three capitalised words are a person's name when the words around
 * say a person is meant: a job and a comma before ("Its chief executive, Jordan Whitby-Chester,",
 * "Sale's director of rugby, Piers Whitlow,"), or after, a comma and an age (", 34,") or a person's
 * description (", an analyst at Jefferies"). One name alone after a job and a comma is a person's when
 * a speaker's verb follows its comma ("The firm's head of research, Yohanes, said"); one name opening a
 * sentence is a person's when such a description follows it ("Fließ, the state's economy minister,"). Kin after an owner's pronoun and a comma name given names
 * alone ("her brother, Pádraig", "their children, Eoin and Sorcha").
 */

/** Two or three words of a name (hyphenated parts each), on one line, then no other capitalised word: the whole name. */
const NAME_AFTER = new RegExp(String.raw`${WORD}(?: ${WORD}){1,2}(?![\p{L}\p{N}'’-]| \p{Lu})`, 'uy');
const NAME_WORD = new RegExp(`^${WORD}$`, 'u');
/** One word of a name, then a comma: a person known by one name ("Yohanes,"). */
const ONE_NAME = new RegExp(`${WORD}(?=,)`, 'uy');

/** Jobs only a person holds (not "owner", "manager", "agent", "adviser": firms are those too). */
const JOBS = 'chief executive|executive|director general|director-general|secretary general|secretary-general|director|head|minister|secretary|president|chairman|chairwoman|chair|founder|co-founder|spokesman|spokeswoman|spokesperson|analyst|economist|strategist|editor|lawyer|barrister|solicitor|professor|principal|lecturer|researcher|governor|mayor|leader|commissioner|captain|coach|striker|midfielder|defender|goalkeeper|winger|wife|husband|widow|son|daughter|mother|father|brother|sister';
/** The last words of those jobs ("executive" of "chief executive"). */
const JOB_WORDS = new Set(JOBS.split('|').map((j) => j.slice(j.lastIndexOf(' ') + 1)));
/** Words between a job and its field: "director of rugby", "minister for Europe". */
const OF_WORDS = new Set(['of', 'for', 'the']);
/** A person's description after the comma: "an analyst at", "a former Labour minister", "34,". */
const PERSON_AFTER = new RegExp(String.raw`^(?:\d{1,3},|an?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:${JOBS}|woman|man|teacher|student|resident|nurse|doctor|engineer|officer|journalist|author|writer|campaigner|activist|veteran|partner|associate)(?![\p{L}]))`, 'u');


/** Whether `name` (two or three words) may be a person's: no function word, title, nationality or organisation word, not ending in a place. The name lists are asked later (see {@link withCuedPeople}). */
function personLike(name: string): boolean {
  const words = name.split(' ');
  if (words.some((w) => STOP.has(w) || isTitleWord(w) || ORG_WORDS.test(w))) return false;
  return !PLACES.has(words[words.length - 1]);
}

/** Whether a capitalised word may be part of a person's name: not a function word, a title or a nationality. */
const nameWord = (word: string): boolean => NAME_WORD.test(word) && !STOP.has(word) && !isTitleWord(word);

/** The name of two or three words ending right before `end`, read backwards ("Chelsea Morland" of "said Chelsea Morland, an"), or null. */
function nameBefore(text: string, end: number): { start: number; end: number } | null {
  let start = end;
  let words = 0;
  for (let w: WordBefore | null = wordEndingAt(text, end, isNameCharAt); w && nameWord(w.word) && words < 3; w = wordBefore(text, start, true)) {
    start = w.start;
    words++;
  }
  // A fourth word of a name before the three: a longer name, or a heading, which is not read.
  const before = words === 3 ? wordBefore(text, start, true) : null;
  return words < 2 || (before && nameWord(before.word)) ? null : { start, end };
}



/**
 * Whether a job ends right before `end` ("chief executive", "director of rugby", "Governor of Sofala"), read backwards
 * word by word: a few set lookups rather than a regular expression at every comma.
 */
function jobBefore(text: string, end: number): boolean {
  let w: WordBefore | null = wordEndingAt(text, end, isNameCharAt);
  for (let hops = 0; w?.word && hops < 4; hops++) {
    // "Governor of Sofala, Lourenço ...": a job written as a title, with its capital.
    if (JOB_WORDS.has(w.word) || (hops > 0 && JOB_WORDS.has(w.word.toLowerCase()))) return true;
    // "director of rugby", "head of the division": go back over the field and "of" to the job.
    const before = previousWord(text, w.start);
    if (!before || (hops === 0 && !OF_WORDS.has(before.word) && !OF_WORDS.has(previousWord(text, before.start)?.word ?? ''))) return false;
    w = before;
  }
  return false;
}

/** Whether a person's description may start at `at` ("an analyst", "a former minister", "34,"): read by character codes before any pattern. */
function mayDescribe(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  if (c >= 48 && c <= 57) return (d >= 48 && d <= 57) || d === 44;
  return c === 97 && (d === 32 || (d === 110 && text.charCodeAt(at + 2) === 32));
}

/** Kin after an owner's pronoun, before a comma and given names alone: "her brother, Pádraig", "their children, Eoin and Sorcha". */
const KIN = new Set(['wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'children', 'brother', 'brothers', 'sister', 'sisters', 'mother', 'father', 'parents', 'partner', 'widow', 'widower', 'grandson', 'granddaughter', 'grandchildren', 'twins']);
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
/** One given name, or two joined by "and", then a comma, a full stop or a semicolon: "Pádraig.", "Eoin and Sorcha,". */
const GIVEN_NAMES = new RegExp(String.raw`(${PART})(?:,? and (${PART}))?(?=[,.;]|\r?$)`, 'muy');

/** Whether a kin word after an owner's pronoun ends right before `end` ("her brother"). */
function kinBefore(text: string, end: number): boolean {
  const kin = wordEndingAt(text, end, isNameCharAt);
  return KIN.has(kin.word) && OWNERS.has(previousWord(text, kin.start)?.word ?? '');
}

/**
 * A person's job described with "the" after the comma, ending the description: "the state's
 * economy minister,", "the leader after the semi-final" (not "the leader in" a market, a firm's).
 */
const THE_JOB_AFTER = new RegExp(String.raw`^the[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:${JOBS})(?=[,.;]|[ \t]+(?:of|for|at|after|since)[ \t])`, 'u');

/**
 * One name opening a sentence right before `comma`, whose description says a person ("Fließ, the
 * state's economy minister, said", "Überschär, a former police officer,"): a sentence read alone
 * names a person by the surname only. Pushed onto `found` when it may be a person's name.
 */
function addOpeningName(text: string, comma: number, found: Array<{ start: number; end: number }>): void {
  const w = wordEndingAt(text, comma, isNameCharAt);
  if (!NAME_WORD.test(w.word) || !personLike(w.word)) return;
  const before = w.start === 0 ? '\n' : text[w.start - 1];
  if (before === '\n' || (before === ' ' && (text[w.start - 2] === '.' || text[w.start - 2] === '!' || text[w.start - 2] === '?'))) found.push({ start: w.start, end: comma });
}

/**
 * Names in a person's context, found at the text's commas (see the file's comment), before the name
 * lists are asked about them: the same for both readings of an article, so read once per text.
 */
const cuedNames = lastTextMemo((text: string): Array<{ start: number; end: number }> => {
  const found: Array<{ start: number; end: number }> = [];
  // "Sir Alistair Penhaligon": a style before the name is not part of it.
  const addName = (start: number, end: number): void => {
    const from = start + leadingStyleLength(text.slice(start, end), isTitleWord);
    const name = text.slice(from, end);
    if (name.includes(' ') && personLike(name)) found.push({ start: from, end });
  };
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    const at = comma + 2;
    const c = text.charCodeAt(at);
    // "chief executive, Jordan Whitby-Chester": a capital after the comma, a job before it.
    if ((c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[at]))) {
      // "her brother, Pádraig": given names alone after kin, each a person.
      if (kinBefore(text, comma)) {
        GIVEN_NAMES.lastIndex = at;
        const kin = GIVEN_NAMES.exec(text);
        if (kin) {
          for (const given of [kin[1], kin[2]]) {
            const from = given === kin[1] ? at : at + kin[0].lastIndexOf(given);
            if (given && personLike(given)) found.push({ start: from, end: from + given.length });
          }
          continue;
        }
      }
      if (!jobBefore(text, comma)) continue;
      NAME_AFTER.lastIndex = at;
      const m = NAME_AFTER.exec(text);
      if (m) addName(at, at + m[0].length);
      else {
        // "The firm's head of research, Yohanes, said": one name between the commas, then a speaker's verb.
        ONE_NAME.lastIndex = at;
        const one = ONE_NAME.exec(text);
        const end = one ? at + one[0].length : 0;
        if (one && SPEECH_AFTER.test(text.slice(end + 1, end + 1 + VERB_AFTER_LENGTH)) && personLike(one[0])) found.push({ start: at, end });
      }
      continue;
    }
    // "Chelsea Morland, an analyst", "Jordan Reed, 34,": a person's description after the comma.
    if (mayDescribe(text, at) && PERSON_AFTER.test(text.slice(at, at + 60))) {
      const name = nameBefore(text, comma);
      if (name) addName(name.start, name.end);
      else addOpeningName(text, comma, found);
    } else if (text.startsWith('the ', at) && THE_JOB_AFTER.test(text.slice(at, at + 60))) addOpeningName(text, comma, found);
  }
  return found;
});

/**
 * Spans (sorted, apart) with the people's names found by their context (see the file's comment) put
 * whole, in place of the spans inside them; a name inside a longer span is left to that span.
 * `isListed` tells a name the name lists know as a place or an organisation.
 */
export function withCuedPeople(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const names = cuedNames(text);
  if (!names.length) return spans as NamedSpan[];
  let out = [...spans];
  for (const n of names) {
    if (isListed(text.slice(n.start, n.end))) continue;
    const inside = out.filter((s) => s.start < n.end && n.start < s.end);
    if (inside.some((s) => s.start < n.start || s.end > n.end)) continue;
    if (inside.length === 1 && inside[0].type === 'person' && inside[0].start === n.start && inside[0].end === n.end) continue;
    out = out.filter((s) => !inside.includes(s));
    out.push({ type: 'person', start: n.start, end: n.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
