import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * News agencies that write their own name in lower case, in a wire's dateline and in its text:
 * "BERLIN (dpa) -", "a report seen by dpa" (the German Press Agency). The model reads no name in a lower-case
 * word; in an article the agency credits in brackets, its name is one wherever it stands alone. Not before a capitalised word (a section
 * line's "dpa International") nor joined to another word ("dpa-infocom", a company's name).
 */

/** The agencies that write their name in lower case. */
const LOWER_CASE_AGENCIES = ['dpa'];
/** What must not stand before the name: a letter, a digit, a hyphen, a dot or "@" (an address). */
const JOINED_BEFORE = /[\p{L}\p{N}@./-]/u;
/** What must not follow it: a word going on, or a capitalised word naming a service ("dpa International"). */
const GOES_ON = /^(?:[\p{L}\p{N}@-]|\.[\p{L}]|[ \t]+\p{Lu})/u;

/** Spans (sorted, apart) with the lower-case agencies' names as organisations; see the file's comment. */
export function withAgencyCredits(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let found: NamedSpan[] | undefined;
  for (const name of LOWER_CASE_AGENCIES) {
    // A wire of the agency credits it in brackets in its dateline ("(dpa)"): a bracket is rare in text, so looked for first.
    if (!text.includes(`(${name}`)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if ((at > 0 && JOINED_BEFORE.test(text[at - 1])) || GOES_ON.test(text.slice(end, end + 3))) continue;
      (found ??= []).push({ type: 'organization', start: at, end });
    }
  }
  return found ? withWholeNames(spans, found) : [...spans];
}
