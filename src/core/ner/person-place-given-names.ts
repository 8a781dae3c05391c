import type { NamedSpan } from './index';
import { JOBS } from './name-cues';
import { PERSON_AFTER, VERB_AFTER_LENGTH } from './person-verbs';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { previousWord } from './word-before';

/**
 * A given name that is also a town's, before a surname: "Regina Ip", "Eden Hazard", "Alvin Yeung",
 * "Sydney Brown". The model takes the given name for the town and leaves the surname out, or types
 * the pair an organisation. The pair is one person where the words around say so: the surname is a
 * person's span of its own, a person's verb or possessive follows ("Eden Hazard's assist", "Regina Ip
 * was re-elected"), or a job, a title or a party's possessive comes before ("striker Eden Hazard",
 * "the party's Regina Ip"). A surname that is a place, a title, an organisation's word or a word of a
 * place's name ("Sydney Harbour", "Victoria Station") leaves the town alone.
 */

/** Given names that are also names of towns or regions, where the model reads the town. */
const GIVEN_PLACES = new Set(
  'Regina Eden Alvin Sydney Florence Victoria Chelsea Austin Lincoln Madison Savannah Charlotte Adelaide Brooklyn Aurora Eugene Troy Lorraine Carolina Virginia Dakota Montana Shelby Sierra Orlando Chester Marion Beverly Helena Augusta Alexandria Camden Kendall Preston Clifton Stanley Florian Valencia Santiago Salvador Lourdes Magdalena'.split(' '),
);
/** The first letters' codes of those names, to pass over most spans by one character. */
const GIVEN_FIRST = new Set([...GIVEN_PLACES].map((name) => name.charCodeAt(0)));
/** One capitalised word of a surname: "Ip", "Hazard", "Whitby-Chester", "O'Neill". */
const SURNAME = /^[ \t](?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\p{N}-])/u;
/** Last words of places' and buildings' names, which a town's name comes before. */
export const PLACE_PARTS = new Set(
  'Harbour Harbor Park Street Road Avenue Station Falls Bay Island Islands Valley City County Square Hall Beach Lake River Hill Hills Airport Bridge Tower Gardens Cathedral Church Stadium Arena Hospital School College Castle Palace Terrace Quay Dock Docks Port Mountains Mountain Heights Springs Creek Point Downs Cross Centre Center Market Town Village Region Province State District Wharf Line Lodge Theatre Theater Museum Gallery Zoo Crescent Lane Way Place Court Row Green Common Field Fields Gate Grove Street'.split(' '),
);
/** A job in lower case before the given name: "striker Eden Hazard", "chairwoman Regina Ip". */
const JOB_BEFORE = new RegExp(`^${JOBS}$`, 'u');

/** Whether the word before `start` says a person follows: a job, a title, or an organisation's possessive ("Party's"). */
function personBefore(text: string, start: number): boolean {
  const w = previousWord(text, start);
  if (!w) return false;
  if (JOB_BEFORE.test(w.word) || isTitleWord(w.word)) return true;
  const owner = /^(.+)['’]s$/u.exec(w.word);
  // "the party's" as well as "the New People Party's".
  return !!owner && ORG_WORDS.test(owner[1][0].toUpperCase() + owner[1].slice(1));
}

/** Whether `word` may be a surname after a given name: not a function word, title, place, organisation word or place's part. */
function surnameLike(word: string, isListedPlace: (name: string) => boolean): boolean {
  return !STOP.has(word) && !word.startsWith('Saint') && !isTitleWord(word) && !ORG_WORDS.test(word) && !PLACES.has(word) && !PLACE_PARTS.has(word) && !isListedPlace(word);
}

/** The person a town-named given name at `spans[k]` starts, with its surname (see the file's comment), or null. */
function personAt(text: string, spans: readonly NamedSpan[], k: number, isListedPlace: (name: string) => boolean): NamedSpan | null {
  const s = spans[k];
  const space = text.indexOf(' ', s.start);
  const givenEnd = space >= 0 && space < s.end ? space : s.end;
  if (!GIVEN_PLACES.has(text.slice(s.start, givenEnd))) return null;
  const m = SURNAME.exec(text.slice(givenEnd, givenEnd + 40));
  if (!m) return null;
  const surnameEnd = givenEnd + m[0].length;
  // The span is the given name alone, or the given name and its surname (an organisation "Regina Ip").
  if (givenEnd < s.end && surnameEnd !== s.end) return null;
  if (!surnameLike(m[0].slice(1), isListedPlace) || isListedPlace(text.slice(s.start, surnameEnd))) return null;
  const next = spans[k + 1];
  // A surname the model found as a person of its own is the cue itself; one inside another name is no surname.
  const surnameSpan = !!next && givenEnd === s.end && next.start === givenEnd + 1 && next.end === surnameEnd && next.type === 'person';
  if (next && next.start < surnameEnd && !surnameSpan) return null;
  if (!surnameSpan && !PERSON_AFTER.test(text.slice(surnameEnd, surnameEnd + VERB_AFTER_LENGTH)) && !personBefore(text, s.start)) return null;
  return { type: 'person', start: s.start, end: surnameEnd };
}

/**
 * Spans (sorted, apart) with a town-named given name and its surname made one person; see the
 * file's comment. `isListedPlace` tells a name the name lists know as a place.
 */
export function withPlaceGivenNames(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // Most spans are people or start with a letter no given name of the list starts with.
    const person = s.type !== 'person' && GIVEN_FIRST.has(text.charCodeAt(s.start)) ? personAt(text, spans, k, isListedPlace) : null;
    if (person) {
      out ??= spans.slice(0, k);
      out.push(person);
      // The surname's own span is now inside the person's.
      if (spans[k + 1]?.start < person.end) k++;
    } else out?.push(s);
  }
  return out ?? (spans as NamedSpan[]);
}
