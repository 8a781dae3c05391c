import type { Entity, TextRange } from '../model/types';
import { accentedForm } from './accented-forms';
import { isAllCaps } from './name-forms';

/** The last word before a mention and the first after it, on its line (see {@link capsStyled}); kept out of the function, where the bundle would build them on every call. */
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’-]*)[^\p{L}\r\n]*$/u;
const WORD_AFTER = /^[^\p{L}\r\n]*(\p{L}[\p{L}\p{M}'’-]*)/u;
const LOWER = /\p{Ll}/u;

/** Whether a UTF-16 code unit ends a line ("\r" or "\n"). */
const isLineBreak = (c: number): boolean => c === 10 || c === 13;

/**
 * True when the words next to a mention are in capitals too (a headline "PUTIN URGES ALLIES"), so its
 * capitals are styling; an all-caps word amid lower-case words ("An ANA hydrologist") is an acronym.
 */
export function capsStyled(e: TextRange, text: string | undefined): boolean {
  if (text === undefined) return true;
  // The mention's own line within 40 characters each side, found without splitting the windows into arrays.
  let from = e.start;
  while (from > 0 && from > e.start - 40 && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = e.end;
  while (to < text.length && to < e.end + 40 && !isLineBreak(text.charCodeAt(to))) to++;
  const before = WORD_BEFORE.exec(text.slice(from, e.start));
  const after = WORD_AFTER.exec(text.slice(e.end, to));
  return ![before?.[1], after?.[1]].some((w) => w && LOWER.test(w));
}

/**
 * After a name's "'s", a full stop, a closing bracket, or a list going on with a bare name shows the
 * "'s" is the name's own ("Tesco, Sainsbury's, Asda"; "at Harrod's."), where "Apple's and Google's
 * shares" are possessives.
 */
const OWN_S_AFTER = /^(?:[.;:!?)\]]|,\s+(?:which|who)\b|(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}[\p{L}\p{M}&-]*(?![\p{L}\p{M}'’]))/u;
const ENDS_IN_S = /['’]s$/u;

/**
 * Mends the display forms of `named` in place where the article itself shows how the name is written:
 * - a name in capitals in a heading or table ("HYUNDAI E&C - points", "MCGINLEY-BOYD") takes the
 *   casing the article's prose gives it ("Hyundai", "McGinley-Boyd"), which title-casing cannot guess;
 * - an organisation's or place's "'s" that is part of its name ("Sainsbury's") is kept, and the same
 *   name written with a possessive elsewhere ("Sainsbury's profits") is that name too.
 */
export function useArticleForms(named: readonly Entity[], display: Map<Entity, string>, text: string | undefined, inDateline: (e: Entity) => boolean): void {
  // Five capitals and more are no acronym that a same-lettered name could be mistaken for ("ANA", "Ana").
  const inCapitals = named.filter((e) => isAllCaps(e.text) && (inDateline(e) || (display.get(e) ?? e.text).length > 4 || capsStyled(e, text)));
  let mixed: Map<string, string> | null = null;
  let ownS: Set<string> | null = null;
  // People's names whose words are in `mixed` already: a name mentioned again adds nothing.
  const personWordsRead = new Set<string>();
  for (const e of named) {
    const name = display.get(e) ?? e.text;
    // The prose casings are gathered only for an article with a mention in capitals to mend.
    if (inCapitals.length && !isAllCaps(e.text)) {
      const key = name.toLowerCase();
      if (name !== key) {
        mixed ??= new Map();
        if (!mixed.has(key)) mixed.set(key, name);
        // People's words one by one too: a results table gives the surname alone ("MACDONALD-ROSS").
        if (e.type === 'person' && !personWordsRead.has(name)) {
          personWordsRead.add(name);
          for (const word of name.split(' ')) {
            const lower = word.toLowerCase();
            if (!mixed.has(lower)) mixed.set(lower, word);
          }
        }
      }
    }
    if (e.type !== 'person' && text !== undefined && ENDS_IN_S.test(e.text) && OWN_S_AFTER.test(text.slice(e.end, e.end + 40))) {
      const own = e.text.replace(/\s+/gu, ' ').trim();
      display.set(e, own);
      (ownS ??= new Set()).add(own);
    }
  }
  // A mention in capitals ends in no lower-case "s": the two mendings below touch different mentions.
  const words = mixed;
  if (words) {
    for (const e of inCapitals) {
      const name = display.get(e) ?? e.text;
      const prose = e.type === 'person' ? name.split(' ').map((w) => words.get(w.toLowerCase()) ?? accentedForm(words, w) ?? w).join(' ') : words.get(name.toLowerCase()) ?? accentedForm(words, name);
      if (prose !== undefined && prose !== name) display.set(e, prose);
    }
  }
  if (ownS) {
    for (const e of named) {
      const name = display.get(e) ?? e.text;
      if (e.type !== 'person' && ENDS_IN_S.test(e.text) && !ownS.has(name)) {
        const own = [`${name}'s`, `${name}’s`].find((n) => ownS?.has(n));
        if (own) display.set(e, own);
      }
    }
  }
}
