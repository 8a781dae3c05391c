import { isWhiteSpaceCode } from '../text/white-space';

/** Small string helpers for names: possessives, title case, initials. */

const POSSESSIVE = /['’]s?$/u;
/** Words left out of initials and kept lower case inside names. */
export const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'da', 'do', 'dos', 'la', 'le', 'du', 'del', 'von', 'van', 'der', 'den', 'al', 'au', 'aux', 'et']);

/** The name without a possessive and with single spaces ("Pashinyan's" -> "Pashinyan"). */
export function withoutPossessive(text: string): string {
  // Asked for every mention, most of which have neither: the patterns run only on a name they may change.
  if (!hasApostropheOrOddSpace(text)) return text;
  return text.replace(POSSESSIVE, '').replace(/\s+/gu, ' ').trim();
}

/** Whether `text` holds an apostrophe, or white space other than single spaces between words. */
function hasApostropheOrOddSpace(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
    if (c === 32 ? i === 0 || i === last || text.charCodeAt(i - 1) === 32 : isWhiteSpaceCode(c)) return true;
  }
  return false;
}

/** Courtesy and office titles written before a person's name. */
const TITLE = /^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|Sir|Dame|Lord|Lady|Maj|Brig|Cmdr|Adm|Cpl|Supt|Insp)\.?|President|Prime Minister|Minister|Chancellor|Judge|Justice|Pope|King|Queen|Prince|Princess|Major|Colonel|General|Lieutenant|Captain|Sergeant|Corporal|Brigadier|Commander|Admiral|Mayor|Governor|Senator|Bishop|Archbishop|Cardinal|Inspector|Superintendent)\s+(?=\p{Lu})/u;

/** The name without a leading title ("Mr. Putin" -> "Putin"); a title alone is kept. */
export function withoutTitle(name: string): string {
  const stripped = name.replace(TITLE, '');
  return stripped || name;
}

/*
 * The patterns below live outside the functions: the bundle turns a `\p{...}` pattern written inside
 * a function into a `new RegExp` call, which costs more on every call than the test itself.
 */
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** The first letter of a word and what comes before it. */
const FIRST_LETTER = /^(\P{L}*)(\p{L})/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,8}$|^\p{Lu}[\p{Lu}\d&]{1,7}$/u;

/** True for names written wholly in capitals ("YEREVAN", "SÃO PAULO", "CSTO"). */
export function isAllCaps(text: string): boolean {
  // ASCII names are read by their codes: asked of every mention, where the two patterns cost more.
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return UPPER.test(text) && !LOWER.test(text);
    // A lower-case letter: no text with one is in capitals.
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}


/** "YEREVAN" -> "Yerevan", "SÃO PAULO" -> "São Paulo", "RIO DE JANEIRO" -> "Rio de Janeiro". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|-)/u)
    .map((word, i) => (i > 0 && NAME_PARTICLES.has(word) ? word : word.replace(FIRST_LETTER, (_, pre: string, c: string) => pre + c.toUpperCase())))
    .join('');
}

/** True for acronym-like names: "CSTO", "U.N.", "G7". */
export function isAcronym(text: string): boolean {
  // Asked of every mention: a lower-case ASCII letter second (most names, "Putin") rules the pattern
  // out without running it, as it allows only a capital, a dot, a digit or "&" there (and a low
  // surrogate after a capital beyond the BMP).
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return ACRONYM.test(text);
}

/** The acronym form compared across spellings ("U.N." -> "UN"). */
export function acronymKey(text: string): string {
  return text.replace(/[.\s]/gu, '');
}

/** Initials of a multi-word name ("Collective Security Treaty Organization" -> "CSTO"), or null for one word. */
export function initials(name: string): string | null {
  // Asked of most mentions: the words (parted by white space or hyphens) are read in one walk, without
  // splitting the name into an array. Only a word of three units or fewer can be a particle.
  let letters = '';
  let count = 0;
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c !== 45 && !isWhiteSpaceCode(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && (i - start > 3 || !NAME_PARTICLES.has(name.slice(start, i).toLowerCase()))) {
      letters += name[start];
      count++;
    }
    start = -1;
  }
  return count < 2 ? null : letters.toUpperCase();
}

/** A word of initials: "D.", "J.K.", or one capital letter alone ("D Ganbold"). */
const INITIALS_WORD = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;

/**
 * Whether `short` is `full` with its first names cut to initials: "D. Ganbold" and "D Ganbold" for
 * "Dashdondogiin Ganbold", "J. K. Wekesa" or "J. Wekesa" for "Joseph Kamau Wekesa". The surname must
 * be the same, the first initial must start the first name, and further initials later names, in order.
 */
export function abbreviatesName(short: string, full: string): boolean {
  const words = short.split(' ');
  let k = 0;
  const letters: string[] = [];
  for (; k < words.length && INITIALS_WORD.test(words[k]); k++) letters.push(...words[k].replace(/\./gu, ''));
  const surname = words.slice(k);
  const fullWords = full.split(' ');
  const given = fullWords.slice(0, fullWords.length - surname.length);
  if (!letters.length || !surname.length || given.length === 0 || INITIALS_WORD.test(given[0])) return false;
  if (fullWords.slice(given.length).join(' ') !== surname.join(' ')) return false;
  if (!given[0].startsWith(letters[0])) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    while (at < given.length && !given[at].startsWith(letter)) at++;
    if (at++ >= given.length) return false;
  }
  return true;
}

/** True for a person's name that starts with initials before a full word ("D. Ganbold", "J K Rowling"). */
export function startsWithInitials(name: string): boolean {
  // Asked of every person: a word of initials is one capital or capitals each with a full stop, so
  // the name's second unit is a space, a full stop or the low half of a capital beyond the BMP.
  const second = name.charCodeAt(1);
  if (second !== 32 && second !== 46 && !(second >= 0xdc00 && second <= 0xdfff)) return false;
  const words = name.split(' ');
  return words.length > 1 && INITIALS_WORD.test(words[0]) && !INITIALS_WORD.test(words[words.length - 1]);
}
