import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * Universities named in their own language, whose word for "university" opens the name: "Université
 * Félix Houphouët-Boigny", "Universidad de Buenos Aires", "Universität Wien", "Università degli Studi
 * di Milano", "Universiteit van Amsterdam". The model reads the person or the place after the head
 * and takes the whole for that person or place; the head makes it one organisation, which runs over
 * the capitalised words after it and the joining words between them.
 */

/** The words for "university" that open a name. */
const HEADS = new Set(['Université', 'Universidad', 'Universidade', 'Università', 'Universität', 'Universiteit', 'Universitatea', 'Uniwersytet', 'Univerzita', 'Universitas', 'Universiti']);
/** Joining words between the capitalised words of such a name. */
const JOINERS = new Set(['de', 'del', 'della', 'degli', 'di', 'do', 'da', 'das', 'dos', 'des', 'du', 'la', 'le', 'les', 'van', 'voor', 'zu', 'der', 'din', 'im', 'en', 'et', 'e', 'y', 'i', 'à', 'au']);
/** A capitalised word of a name, with hyphens, apostrophes and accents ("Houphouët-Boigny", "d'Abidjan"). */
const NAME_WORD = /^(?:[dl]['’])?\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Most words read after the head. */
const MAX_WORDS = 8;

/** The end of the university's name whose head ends at `from`, or `from` when no name follows it. */
function nameEnd(text: string, from: number): number {
  let end = from;
  let at = from;
  for (let n = 0; n < MAX_WORDS && text[at] === ' '; n++) {
    let wordEnd = at + 1;
    while (wordEnd < text.length && !/[\s,.;:()"“”]/u.test(text[wordEnd])) wordEnd++;
    const word = text.slice(at + 1, wordEnd);
    if (NAME_WORD.test(word)) end = wordEnd;
    else if (!JOINERS.has(word)) break;
    at = wordEnd;
  }
  return end;
}

/** Spans (sorted, apart) with the universities of the file's comment as whole organisations; spans inside give way. */
export function withUniversityHeads(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (let at = text.indexOf('Univ'); at >= 0; at = text.indexOf('Univ', at + 4)) {
    let headEnd = at;
    while (headEnd < text.length && /[\p{L}]/u.test(text[headEnd])) headEnd++;
    if (!HEADS.has(text.slice(at, headEnd)) || (at > 0 && /[\p{L}\p{N}-]/u.test(text[at - 1]))) continue;
    const end = nameEnd(text, headEnd);
    if (end > headEnd) found.push({ type: 'organization', start: at, end });
  }
  return found.length ? withWholeNames(spans, found) : [...spans];
}
