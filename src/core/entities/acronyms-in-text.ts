import { NAME_PARTICLES } from './name-forms';

/**
 * An acronym written in mixed case: "TfW", "AfDB", "DoDMA". Two capitals at least, one of them past the
 * first letter, so a plain title-case word ("Putin") is none.
 */
export function isMixedCaseAcronym(name: string): boolean {
  if (name.length < 3 || name.length > 8 || name.includes(' ')) return false;
  return /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(name) && /\p{Ll}/u.test(name) && !/\p{Ll}{3}/u.test(name);
}

/** Small words inside names in other languages too ("Société des Eaux", "Banco do Brasil", "Ministerio de Obras y Transporte"). */
const JOINING = new Set([...NAME_PARTICLES, 'des', 'di', 'dei', 'della', 'e', 'y', 'i', 'und', 'für', 'das', 'em', 'na', 'no', 'a', 'at', 'to']);
const isJoining = (word: string): boolean => JOINING.has(word);

/** Upper case without accents, for comparing letters: "É" and "E" spell the same initial. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

/**
 * Whether the words spell `acronym` by their initials. An all-caps acronym may count the particles or
 * not ("Électricité du Liban" is "EDL", "Bank of Serbia" is "BS"); a mixed-case one spells its capitals
 * with the main words ("African Development Bank" is "AfDB") or all its letters with every word
 * ("Transport for Wales" is "TfW").
 */
export function spellsAcronym(words: readonly string[], acronym: string): boolean {
  const parts = words.flatMap((w) => w.split('-')).filter(Boolean);
  const all = fold(parts.map((w) => w[0]).join(''));
  const main = fold(parts.filter((w) => !isJoining(w)).map((w) => w[0]).join(''));
  const letters = fold(acronym.replace(/[.\s&]/gu, ''));
  const capitals = fold(acronym.replace(/[^\p{Lu}]/gu, ''));
  return all === letters || main === letters || main === capitals;
}

/** The words of a name, read backwards from a bracket: capitalised words, with particles between them. */
const WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** A capitalised word with no sentence punctuation after it ("U.S." and "S.A." keep their stops). */
const isNameWord = (word: string): boolean => WORD.test(word) && (!/[.,;:!?]$/u.test(word) || /^(?:\p{Lu}\.)+$/u.test(word));
/** Longest name read back from a bracket; longer runs are sentences, not names. */
const MAX_WORDS = 9;

/**
 * The name that the text spells out right before "(ACRONYM)" ("Électricité du Liban (EDL)" for "EDL"),
 * or undefined. For acronyms whose full name the tagger did not mark as a mention, or that the
 * linker's own acronym test does not take ("TfW"). The shortest run of words ending at the bracket whose
 * initials spell the acronym wins, so a sentence's first word is not swept in.
 */
export function spelledOutBefore(acronym: string, text: string): string | undefined {
  const mark = `(${acronym})`;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
    const line = text.slice(Math.max(0, at - 160), at);
    const words = line.slice(line.search(/[^\r\n]*$/u)).trimEnd().split(/[ \t]+/u);
    if (!isNameWord(words[words.length - 1] ?? '')) continue;
    for (let k = 2; k <= Math.min(MAX_WORDS, words.length); k++) {
      const word = words[words.length - k];
      // A lower-case word that is no particle, or punctuation after a word, ends the name.
      if (!isNameWord(word) && !isJoining(word)) break;
      if (!WORD.test(word)) continue;
      const name = words.slice(words.length - k);
      if (spellsAcronym(name, acronym)) return name.join(' ');
    }
  }
  return undefined;
}

/**
 * {@link spelledOutBefore} over one article, remembered per acronym: an acronym repeated through an
 * article searches the text once.
 */
export function spelledOutIn(text: string | undefined): (acronym: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  return (acronym) => {
    if (text === undefined) return undefined;
    if (!found.has(acronym)) found.set(acronym, spelledOutBefore(acronym, text));
    return found.get(acronym);
  };
}
