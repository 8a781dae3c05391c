import { NAME_PARTICLES } from './name-forms';

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/**
 * An acronym written in mixed case: "TfW", "AfDB", "DoDMA". Two capitals at least, one of them past the
 * first letter, so a plain title-case word ("Putin") is none.
 */
export function isMixedCaseAcronym(name: string): boolean {
  if (name.length < 3 || name.length > 8 || name.includes(' ')) return false;
  // Most names run lower case from their second letter ("Putin"): decided without a regex.
  if (isLowerAscii(name.charCodeAt(1)) && isLowerAscii(name.charCodeAt(2)) && isLowerAscii(name.charCodeAt(3))) return false;
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
export function spelledOutBefore(acronym: string, text: string, at: readonly number[] = bracketsOf(text).get(acronym) ?? []): string | undefined {
  for (const open of at) {
    const line = text.slice(Math.max(0, open - 160), open);
    const words = line.slice(line.lastIndexOf('\n') + 1).trimEnd().split(/[ \t]+/u);
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

/** Longest bracketed word taken for an acronym. */
const MAX_BRACKETED = 12;

/**
 * Every one-word bracket of the text ("(EDL)") and where its "(" stands: one pass over the brackets,
 * so an article with many acronyms is not searched once per acronym.
 */
function bracketsOf(text: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    if (close - open - 1 > MAX_BRACKETED || close - open < 3) continue;
    const inner = text.slice(open + 1, close);
    if (/\s|\(/u.test(inner)) continue;
    const list = found.get(inner);
    if (list) list.push(open);
    else found.set(inner, [open]);
  }
  return found;
}

/**
 * {@link spelledOutBefore} over one article, remembered per acronym; the text's brackets are read
 * once, on the first acronym asked about.
 */
export function spelledOutIn(text: string | undefined): (acronym: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  let brackets: Map<string, number[]> | null = null;
  return (acronym) => {
    if (text === undefined) return undefined;
    brackets ??= bracketsOf(text);
    const at = brackets.get(acronym);
    if (!at) return undefined;
    if (!found.has(acronym)) found.set(acronym, spelledOutBefore(acronym, text, at));
    return found.get(acronym);
  };
}
