import type { NamedSpan } from './index';
import { COMPASS_WORDS } from './place-compass';
import { isTitleWord, ORG_WORDS } from './rule-tagger';

/**
 * "Ambassador to the United States Hamdullah Mohib", "Ambassador to the United Kingdom Woody
 * Johnson": after a title and "to" or "of", the country or the body the title is held at, then the
 * holder's name. The model may read the whole run as one place. When the span starts with a name the
 * lists hold and the rest has a person's shape (two or three capitalised words, none of them a title,
 * an organisation's word, a word of geography or a listed name), it is cut into the place (or body)
 * and the person.
 */

/** "to", "of" or "for", perhaps with "the", after a title word, right before the span. */
const TITLE_LINK = /(\p{Lu}\p{Ll}+)[ \t]+(?:to|of|for)[ \t]+(?:the[ \t]+)?$/u;
/** Words of geography that end a longer place's name ("United States Virgin Islands"), never a person's. */
const GEO_WORDS = new Set(['Island', 'Islands', 'Isles', 'Mountains', 'Hills', 'Valley', 'Coast', 'Bay', 'Sea', 'Ocean', 'River', 'Lake', 'Gulf', 'Peninsula', 'Desert', 'Forest', 'Park', 'Territory', 'Territories', 'Minor', 'Outlying']);
/** A person's name word: a capital and lower-case letters, a hyphen or an apostrophe between. */
const PERSON_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/**
 * Spans (sorted, apart) with a place or an organisation run into a title holder's name cut in two;
 * `isListed` tells a name the lists hold (a country, a region, an organisation).
 */
export function withTitleOfPlacePeople(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const parts = s.type === 'person' ? null : cut(text, s, isListed);
    if (parts) (out ??= spans.slice(0, i)).push(...parts);
    else out?.push(s);
  }
  return out ?? (spans as NamedSpan[]);
}

/** The place and the person of a run-on span, or null. */
function cut(text: string, s: NamedSpan, isListed: (name: string) => boolean): NamedSpan[] | null {
  // Four words at least: three spaces inside the span, counted before the span is cut into words.
  let space = s.start - 1;
  for (let n = 0; n < 3; n++) {
    space = text.indexOf(' ', space + 1);
    if (space < 0 || space >= s.end) return null;
  }
  const name = text.slice(s.start, s.end);
  const words = name.split(' ');
  // At least two words of the place and two of the person, at most three of the person.
  if (words.length < 4) return null;
  const link = TITLE_LINK.exec(text.slice(Math.max(0, s.start - 30), s.start));
  if (!link || !isTitleWord(link[1])) return null;
  for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
    const person = words.slice(k);
    if (!person.every((w) => PERSON_WORD.test(w) && !isTitleWord(w) && !ORG_WORDS.test(w) && !GEO_WORDS.has(w) && !COMPASS_WORDS.has(w) && !isListed(w))) continue;
    const head = words.slice(0, k).join(' ');
    if (!isListed(head)) continue;
    const split = s.start + head.length;
    return [{ ...s, end: split }, { type: 'person', start: split + 1, end: s.end }];
  }
  return null;
}
