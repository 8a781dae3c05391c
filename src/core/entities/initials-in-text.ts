import { abbreviatesName, withoutTitle } from './name-forms';

/** A word of initials: "R.", "J.K.", "R". */
const INITIALS = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;
/** A capitalised given name, or a hyphenated pair: "Rasmus", "Ville-Pekka". */
const GIVEN = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;

/** The word that ends right before the space at `space`: "Rasmus" in "goaltender Rasmus Ek-Lindfors". */
function wordBefore(text: string, space: number): string {
  const near = text.slice(Math.max(0, space - 30), space);
  return near.slice(Math.max(near.lastIndexOf(' '), near.lastIndexOf('\n'), near.lastIndexOf('(')) + 1);
}

/**
 * The full name behind an initialised one ("R. Ek-Lindfors" in a box score) where the story writes it
 * but no mention holds it: the tagger may have missed "Rasmus Ek-Lindfors" in "beat Ilves goaltender
 * Rasmus Ek-Lindfors". Found where the surname follows a capitalised word that the initial starts and
 * that the article never writes in lower case ("Captain", "Coach" are words, not given names). Undefined
 * when none fits, or when two given names do ("R. Ek" with both "Rasmus Ek" and "Rolf Ek").
 */
export function fullNameInText(short: string, text: string): string | undefined {
  const words = short.split(' ');
  const first = words.findIndex((w) => !INITIALS.test(w));
  const surname = first > 0 ? words.slice(first).join(' ') : '';
  if (surname.length < 2) return undefined;
  let found: string | undefined;
  for (let at = text.indexOf(` ${surname}`); at >= 0; at = text.indexOf(` ${surname}`, at + 1)) {
    const end = at + 1 + surname.length;
    if (end < text.length && /[\p{L}\p{M}]/u.test(text[end])) continue;
    const given = wordBefore(text, at);
    if (!GIVEN.test(given)) continue;
    const full = `${given} ${surname}`;
    if (!abbreviatesName(short, full) || withoutTitle(full) !== full || text.includes(` ${given.toLowerCase()} `)) continue;
    if (found !== undefined && found !== full) return undefined;
    found = full;
  }
  return found;
}

/** {@link fullNameInText} over one article, remembered per name: box scores repeat their names. */
export function fullNamesIn(text: string | undefined): (short: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  return (short) => {
    if (text === undefined) return undefined;
    if (!found.has(short)) found.set(short, fullNameInText(short, text));
    return found.get(short);
  };
}
