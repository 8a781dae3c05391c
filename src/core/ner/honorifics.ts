import { ROLE } from './role-names';
import { firstWhiteSpace } from '../text/white-space';

/**
 * Honorifics, styles and jobs written before a person's name, which a reader leaves out of the name:
 * Malaysian, Bruneian and Indonesian styles ("Datuk Seri", "Tan Sri", "Toh Puan", "Haji", "Ir"),
 * those of other English-language news ("Alhaji", "Shri", "Smt", "Sir", "Dame", "Rev", "Cllr"), French and
 * German ones ("Maître", "Herr", "Fräulein"), the Gulf's "Sheikha", "H.E." and "H/W" (His or Her Excellency,
 * Worship), Cambodian ones ("Oknha", "Lok Chumteav"), Bhutanese ones ("Dasho", "Lyonpo"), Burmese "Daw" and a job
 * written with a capital at the head of a sentence ("Lawyer Tan Mei Ling said"). A style alone
 * ("a businessman with a Datuk title") names nobody.
 */

/**
 * Styles that lead a name on their own. `alone`: the word is never a name by itself, so a span of it
 * alone is dropped ("Haji" and "Sir" may be a surname or an address, so they are only cut off).
 */
const STYLES = new Map<string, { alone: boolean }>([
  // Malaysia and Brunei: federal and state titles, the pilgrim's "Haji", "Ir" (engineer), "Ts" (technologist).
  ...['Datuk', 'Datin', 'Dato', "Dato'", 'Dato’', 'Pehin', 'Hj', 'Hjh', 'Ir', 'Ts', 'Encik', 'Cik', 'YB'].map((w) => [w, { alone: true }] as const),
  // "Tun" is also a Burmese name ("Tun Tun Oo"): never dropped, and not cut off before a second "Tun".
  ...['Haji', 'Hajah', 'Puan', 'Tun'].map((w) => [w, { alone: false }] as const),
  // Indonesia: "Drs" and "Dra" (graduate styles); Nigeria and West Africa: "Alhaji", "Alhaja", "Mallam", "Engr";
  // Southern and East Africa and Egypt: "Eng." (engineer).
  ...['Drs', 'Dra', 'Alhaji', 'Alhaja', 'Hajia', 'Engr', 'Eng'].map((w) => [w, { alone: true }] as const),
  ...['Mallam'].map((w) => [w, { alone: false }] as const),
  // India: "Shri" (Mr), "Smt" and "Shrimati" (Mrs), "Kumari" left out (also a given name).
  ...['Shri', 'Shrimati', 'Smt'].map((w) => [w, { alone: true }] as const),
  // British and Commonwealth styles, and the clergy's; "Rt. Hon." (Right Honourable), "Barr." (barrister, Nigeria).
  ...['Sir', 'Dame', 'Rev', 'Revd', 'Reverend', 'Mx', 'Hon', 'Barr'].map((w) => [w, { alone: false }] as const),
  ...['Rt', 'Rt.'].map((w) => [w, { alone: true }] as const),
  // Local councils in Ireland and Britain: "Cllr" (councillor); in Australia and New Zealand: "Cr". Never a name.
  ...['Cllr', 'Cllr.', 'Cr', 'Cr.'].map((w) => [w, { alone: true }] as const),
  // French and German courtesy and lawyers' styles: "Maître" (a lawyer or notary), "Monsieur", "Herr", "Frau",
  // "Fräulein" (a character in a play: "Fräulein Gruber"); the Spanish, Portuguese and Italian "Señor", "Senhora", "Signora".
  ...['Maître', 'Maitre', 'Monsieur', 'Madame', 'Mademoiselle', 'Herr', 'Frau', 'Fräulein', 'Señor', 'Señora', 'Senhor', 'Senhora', 'Signor', 'Signora'].map((w) => [w, { alone: true }] as const),
  // The Gulf: "Sheikha" and "Shaikha", the women's form of "Sheikh" (a title of the model's own lists).
  ...['Sheikha', 'Shaikha'].map((w) => [w, { alone: true }] as const),
  // "H.E." (His or Her Excellency, read without its last full stop) and Uganda's "H/W" (His or Her Worship).
  ...['H.E', 'H/W'].map((w) => [w, { alone: true }] as const),
  // Cambodia: "Oknha" (a tycoon's title), "Samdech" (the highest), "Lok Chumteav" (Madam, below).
  ...['Oknha', 'Samdech'].map((w) => [w, { alone: true }] as const),
  // Bhutan: "Dasho" (an honorific the king confers), "Lyonpo" (a minister), "Aum" (Mrs) left out (also a word).
  ...['Dasho', 'Lyonpo'].map((w) => [w, { alone: true }] as const),
  // Myanmar: "Daw" (Mrs, before a woman's name: "Daw Khin Mar Aye"); "U", "Ko" and "Ma" are left out (initials and surnames elsewhere).
  ...['Daw'].map((w) => [w, { alone: false }] as const),
  // Military ranks the model's title list lacks ("MDF spokesperson Major Tiyamike Banda"); "Major" may be a surname, so only cut off.
  ...['Major', 'Lieutenant', 'Sergeant', 'Corporal', 'Brigadier'].map((w) => [w, { alone: false }] as const),
]);

/** Words that lead a name only before a second word of the style: "Tan Sri", "Toh Puan", Khmer "Lok Chumteav". */
const FIRST_OF_PAIR = new Set(['Tan', 'Toh', 'Lok']);
/** Second words of Malay and Khmer styles: "Datuk Seri", "Tan Sri", "Dato' Sri", "Toh Puan", "Datuk Seri Panglima", "Lok Chumteav". */
const SECOND_WORDS = new Set(['Seri', 'Sri', 'Puan', 'Paduka', 'Setia', 'Utama', 'Wira', 'Panglima', 'Amar', 'Sri’', 'Chumteav']);
/** Malay and Khmer styles a second word may follow. */
const TAKES_SECOND = new Set(['Datuk', 'Datin', 'Dato', "Dato'", 'Dato’', 'Tan', 'Toh', 'Puan', 'Pehin', 'Lok']);

/** The role nouns of `ROLE` one by one: "neighbou?r" is both spellings, "spokes(?:man|woman|person)" all three. */
const ROLE_WORDS = ROLE.replace('neighbou?r', 'neighbour|neighbor').replace('spokes(?:man|woman|person)', 'spokesman|spokeswoman|spokesperson').split('|').join(' ');
/** Jobs before a name, written with a capital at a sentence's head: "Lawyer", "Counsel" (not "Son": "Son Heung-min"). */
const JOBS = new Set(
  `${ROLE_WORDS} counsel barrister solicitor magistrate reporter journalist historian lecturer architect entrepreneur businessman businesswoman tycoon billionaire novelist poet playwright composer comedian broadcaster presenter footballer cricketer campaigner pastor priest paramedic firefighter stroke`
    .split(' ')
    .filter((w) => w !== 'son'),
);

/** How many characters the longest of {@link JOBS} has. */
const LONGEST_JOB = Math.max(...[...JOBS].map((job) => job.length));

/** Whether `word` is a job written with a capital ("Economist", "Herder"), which leads a name but names nobody. */
export function isCapitalisedJob(word: string): boolean {
  const c = word.charCodeAt(1);
  // Asked of most names: one longer than every job (lower case never shortens a word) is none, without a lower-case copy.
  return c >= 97 && c <= 122 && word.length <= LONGEST_JOB && JOBS.has(word.toLowerCase());
}

/** Whether `word` (its full stop cut) is a style or a capitalised job before a name. */
function isStyle(word: string): boolean {
  // A job is "Lawyer": a capital, then lower case.
  return STYLES.has(word) || isCapitalisedJob(word);
}

/** The words of a name with where each starts; white space of any kind parts them. */
function wordsOf(name: string): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  for (const m of name.matchAll(/\S+/gu)) out.push({ word: m[0], start: m.index });
  return out;
}

/** How many words at `k` form one style: 1 or 2 ("Tan Sri"); 0 when the word at `k` is none. */
function styleWordsAt(words: ReadonlyArray<{ word: string }>, k: number, isTitle: (word: string) => boolean): number {
  const raw = words[k].word;
  const word = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  const second = words[k + 1]?.word;
  if (TAKES_SECOND.has(word) && second !== undefined && SECOND_WORDS.has(second)) return 2;
  if (FIRST_OF_PAIR.has(word) || (word === 'Tun' && second === 'Tun')) return 0;
  return isTitle(word) || isStyle(word) ? 1 : 0;
}

/**
 * The length of the styles, titles and jobs that lead a person's name ("Datuk Seri " of "Datuk Seri
 * V. Rajendran Pillai", "Lawyer " of "Lawyer Tan Mei Ling"), 0 when none; the last word is always
 * left. `isTitle` tells the other titles a name may start with ("President", "Dr").
 */
export function leadingStyleLength(name: string, isTitle: (word: string) => boolean): number {
  // Most names start with no style: the first word is checked before the name is cut into words.
  const space = firstWhiteSpace(name);
  if (space < 0) return 0;
  const first = name.slice(0, space);
  const firstWord = first.endsWith('.') ? first.slice(0, -1) : first;
  if (!isTitle(firstWord) && !isStyle(firstWord) && !TAKES_SECOND.has(firstWord)) return 0;
  const words = wordsOf(name);
  let k = 0;
  for (let n = styleWordsAt(words, 0, isTitle); n && k + n < words.length; n = styleWordsAt(words, k, isTitle)) k += n;
  return k ? words[k].start : 0;
}

/** Whether `word` (its full stop cut) is a style that leads a name: "Datuk", "Alhaji", "Hon", "Barr". */
export function isStyleWord(word: string): boolean {
  return STYLES.has(word);
}

/** Whether `name` is styles alone ("Datuk", "Tan Sri", "Datuk Seri"), which name nobody. */
export function isStyleOnly(name: string): boolean {
  // Most names are ruled out by their first word, before the name is cut into words.
  const space = firstWhiteSpace(name);
  const first = space < 0 ? name : name.slice(0, space);
  if (!STYLES.get(first)?.alone && !TAKES_SECOND.has(first)) return false;
  const words = wordsOf(name);
  for (let k = 0; k < words.length; ) {
    const word = words[k].word;
    if (TAKES_SECOND.has(word) && words[k + 1] && SECOND_WORDS.has(words[k + 1].word)) k += 2;
    else if (STYLES.get(word)?.alone) k++;
    else return false;
  }
  return words.length > 0;
}
