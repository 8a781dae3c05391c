import type { NamedSpan } from './index';
import { ORG_WORDS } from './rule-tagger';

/**
 * A list of names joined by commas and "and" ("Rumsfeld, Wolfowitz and Feith", "Danone, Nestlé and
 * Unilever") names things of one kind. When most of its names have one type, a name in it that the
 * name lists do not hold takes that type too: the model, reading one word at a time, sometimes makes
 * one surname of a list a place. Only a name of one word changes (or a full name in a list of
 * people's full names), and not a listed one ("Hamas,
 * Israel and Egypt": Hamas keeps its list type), an organisation's word ("University") or an owner
 * before a possessive; a list with no clear majority is left alone.
 */

/** What may stand between two names of a list: a comma, "and", "or", or a comma and one of them. */
const JOINS = new Set([', ', ' and ', ' or ', ', and ', ', or ', ' & ']);

/** A name of one word, the only kind whose type a list overrules ("Burger King" in a list of people stays). */
const ONE_WORD = /^[\p{L}\p{M}'’.-]+$/u;
/** Two or three capitalised words, the shape of a person's full name. */
const FULL_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,2}$/u;
/** A possessive after a name, which makes it the owner of the next one, not a name of the list ("the FTU's Alice Mak"). */
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

/** Longest text between two names of a list, a cheap test before the set lookup. */
const MAX_JOIN = 6;

/** Whether the text between two spans joins them in a list. */
function joins(text: string, a: NamedSpan, b: NamedSpan): boolean {
  return b.start - a.end <= MAX_JOIN && b.start > a.end && JOINS.has(text.slice(a.end, b.start));
}

/**
 * Spans (sorted, apart) with each name of a list of three or more typed as most of the list is, when
 * at least two names have that type and they outnumber the others; `isListed` tells a name the name
 * lists hold, which keeps its type.
 */
export function withListTypes(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; ) {
    let j = i + 1;
    while (j < spans.length && joins(text, spans[j - 1], spans[j])) j++;
    if (j - i >= 3) {
      const counts = { person: 0, place: 0, organization: 0 };
      for (let k = i; k < j; k++) counts[spans[k].type]++;
      const major = (Object.keys(counts) as Array<NamedSpan['type']>).find((t) => counts[t] >= 2 && 2 * counts[t] > j - i);
      // A list of people's full names ("Romelu Lukaku, Yannick Carrasco and ...") may make a full name a person too.
      let fullNames = major === 'person';
      for (let k = i; k < j && fullNames; k++) if (spans[k].type === 'person' && !text.slice(spans[k].start, spans[k].end).includes(' ')) fullNames = false;
      if (major) {
        for (let k = i; k < j; k++) {
          const s = spans[k];
          const name = text.slice(s.start, s.end);
          if (s.type === major || !(ONE_WORD.test(name) ? !ORG_WORDS.test(name) : fullNames && FULL_NAME.test(name) && !name.split(' ').some((w) => ORG_WORDS.test(w)))) continue;
          if (isListed(name) || POSSESSIVE.test(text.slice(s.end, s.end + 2))) continue;
          out ??= spans.slice();
          out[k] = { ...s, type: major };
        }
      }
    }
    i = j;
  }
  return out ?? (spans as NamedSpan[]);
}
