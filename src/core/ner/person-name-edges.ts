import type { NamedSpan } from './index';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { isStyleWord } from './honorifics';

/**
 * People's names the model cut at an edge, where a word of the name is also a common word or stands
 * after an organisation's possessive: the last word of "said Tomas Ouma Were, head of research" (also
 * an English verb), and the given names of "the party's Ravi Shankar Prasad by 300 votes". Mid-sentence,
 * a capitalised word written right after a person's name of two words or more, before a comma and a
 * description in lower case, is the name's last word; one or two capitalised words between a
 * possessive "'s" and a person's name are its first, and so is a sentence's first word written with a
 * letter English lacks ("Iñigo" of "Iñigo Etxeberria Goikoetxea, third overnight,"). Initials
 * written together ("R.E. Glenn", "W.H.S. Koerner") are the name's start, a style so written ("H.E.") not, and a given name alone
 * before a capitalised word, "of" and a body's name ("Gary Fan of the Neo Democrats") is cut from its
 * surname. A last word the model took in with its opening
 * quote mark is no part of the name: a withheld surname written as an initial in quotes ('Juan Carlos
 * "N"', as Mexican prosecutors name suspects) or a nickname. Khoekhoe and San names of Namibia open with a
 * click, written "//", "!", "/" or "≠" in news text and "ǁ", "ǃ", "ǀ" or "ǂ" in the orthography ("Selma
 * //Hoëses", "!Naruseb"): the model, reading the marks as punctuation, leaves that word out.
 */

/** One capitalised word: "Were", "Abhishek", "Wendt-Aydın". */
const WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
/** After a name: a word, then a comma and a lower-case word ("Were, head of"), or a verb of speech. */
const LAST_WORD = /^[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*)(?:,[ \t]+\p{Ll}|[ \t]+(?:said|says|told)\b)/u;
/** After a given name alone: a word, then "of" and a party's or a body's name ("Gary Fan of the Neo Democrats"). */
const LAST_WORD_OF = /^[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}/u;
/** Initials written together before a surname: "R.E. " of "R.E. Glenn", "W.H.S. " of "W.H.S. Koerner". */
const INITIALS_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}.])(?:\p{Lu}\.){2,4} $/u;
/** Words written with a capital anywhere, which name no one: days, months, "I". */
const ALWAYS_CAPITAL = new Set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Today Tomorrow Yesterday I'.split(' '));

/** Whether `word` may be a word of a person's name: not a title, an organisation's word, a place or a word always capitalised. */
function nameWord(word: string): boolean {
  return WORD.test(word) && !ALWAYS_CAPITAL.has(word) && !isTitleWord(word) && !ORG_WORDS.test(word) && !PLACES.has(word);
}

/** After a name: a surname opening with a click ("//Hoëses", "!Naruseb", "ǂGaeb"). */
const CLICK_WORD_AFTER = /^[ \t]+(?:\/\/?|!|≠|[ǀǁǂǃ])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*(?![\p{L}\p{N}'’])/u;
/** Whether `c` is a character a click opens a word with: "/", "!", "≠", "ǀ".."ǃ". */
const isClickMark = (c: number): boolean => c === 47 || c === 33 || c === 0x2260 || (c >= 0x1c0 && c <= 0x1c3);

/** What stands before a sentence's first word: the text's start, a line break, or a sentence's end. */
const SENTENCE_START = /(?:^|\n|[.!?]["”’]? )$/u;
/** A letter outside English's alphabet: "ñ", "ø", "é". */
const NOT_ENGLISH = /[^\x00-\x7f]/u;

/** Quote marks that open a quoted word. */
const OPENING_QUOTES = new Set(['"', '“', '„', '«']);

/** The end of the name before a last word opening with a quote mark ('Juan Carlos "N'), or -1. */
function endBeforeQuotedWord(text: string, s: NamedSpan): number {
  const space = text.lastIndexOf(' ', s.end - 1);
  return space > s.start && OPENING_QUOTES.has(text[space + 1]) ? space : -1;
}

/** The end of the name widened over a last word the model left out, or `s.end`. */
function widenedEnd(text: string, s: NamedSpan, next: NamedSpan | undefined): number {
  const quoted = endBeforeQuotedWord(text, s);
  if (quoted > 0) return quoted;
  if (text[s.end] !== ' ') return s.end;
  if (isClickMark(text.charCodeAt(s.end + 1))) {
    const click = CLICK_WORD_AFTER.exec(text.slice(s.end, s.end + 40));
    // A surname the model found as a person of its own ("Aina" + "!Naruseb") joins the name.
    const end = click ? s.end + click[0].length : s.end;
    return click && !(next && next.start < end && (next.type !== 'person' || next.end > end)) ? end : s.end;
  }
  // Both patterns want a capital after the spaces: a lower-case word or a mark after the space rules the span out.
  const c = text.charCodeAt(s.end + 1);
  if (c < 128 && (c < 65 || c > 90) && c !== 32 && c !== 9) return s.end;
  // A given name alone the model cut from its surname, a word in English too ("Gary Fan", "James To"), before "of" and a body.
  const m = text.slice(s.start, s.end).includes(' ') ? LAST_WORD.exec(text.slice(s.end, s.end + 40)) : LAST_WORD_OF.exec(text.slice(s.end, s.end + 40));
  if (!m || !nameWord(m[1])) return s.end;
  const end = s.end + m[0].indexOf(m[1]) + m[1].length;
  return next && next.start < end ? s.end : end;
}

/**
 * Words closing a minister's portfolio besides the titles' own ("Finance", "Energy"): "Natural
 * Resources", "Foreign Affairs", "Mines". Never a given name read before a surname.
 */
const PORTFOLIO_WORDS = new Set('Affairs Resources Development Industry Industries Trade Commerce Works Mines Mining Security Services Sport Sports Culture Labour Labor Employment Water Fisheries Forestry Housing Planning Lands Communications Technology Innovation Welfare Youth Women Gender Defence Defense Interior Investment Budget Treasury Tourism Heritage Arts Aviation Railways Roads Power Petroleum Oil Gas Climate Science Research Information Broadcasting Local Government'.split(' '));
/** A minister's title and portfolio right before: "Minister of Natural Resources ", "Secretary for Industry, Mines and Energy ". */
const PORTFOLIO_BEFORE = /\b(?:Minister|Secretary|Commissioner)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{Ll}\p{M}-]*,?[ \t]+(?:and[ \t]+|&[ \t]+)?){1,6}$/u;

/**
 * The first of the capitalised words before a person's span (at `words`, nearest first) that follow a
 * minister's portfolio, or -1: the given names the model left out of "Minister of Natural Resources
 * Mohlomi Tšepiso Sekhesa". A word of a portfolio or a style is never one of them.
 */
function givenNamesAfterPortfolio(text: string, s: NamedSpan, words: readonly number[]): number {
  if (!words.length) return -1;
  // One look for a minister's title before the words ends the test for most names.
  const near = text.slice(Math.max(0, words[words.length - 1] - 80), words[0]);
  if (!near.includes('Minister') && !near.includes('Secretary') && !near.includes('Commissioner')) return -1;
  let best = -1;
  for (let i = 0; i < words.length; i++) {
    // A style before the name ("Lyonpo Karma Dendup", "Alhaji Musa") is no part of it either.
    const word = text.slice(words[i], (i === 0 ? s.start : words[i - 1]) - 1);
    if (PORTFOLIO_WORDS.has(word) || isStyleWord(word)) break;
    const before = text.slice(Math.max(0, words[i] - 80), words[i]);
    const run = PORTFOLIO_BEFORE.exec(before);
    const last = run ? /(\p{Lu}[\p{Ll}\p{M}-]*),?[ \t]+$/u.exec(run[0]) : null;
    if (last && (isTitleWord(last[1]) || PORTFOLIO_WORDS.has(last[1]))) best = words[i];
  }
  return best;
}

/** A given name and a nickname in quotes right before a surname: 'Carlisle "Bunny" ' of 'Carlisle "Bunny" Alleyne'. */
const NICKNAMED_BEFORE = /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}]+)[ \t]+["“]\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?["”][ \t]+$/u;

/**
 * The start of a given name before a nickname in quotes and the surname at `s` ('Carlisle "Bunny"
 * Alleyne-Forde'), or -1. The model reads the given name alone as another name, or a place
 * ("Carlisle"): `prev`, that name, may be the given name only.
 */
function nicknamedStart(text: string, s: NamedSpan, prev: NamedSpan | undefined): number {
  const m = NICKNAMED_BEFORE.exec(text.slice(Math.max(0, s.start - 40), s.start));
  if (!m) return -1;
  const start = s.start - m[0].length + m[0].indexOf(m[1]);
  if (STOP.has(m[1]) || isTitleWord(m[1]) || ALWAYS_CAPITAL.has(m[1]) || ORG_WORDS.test(m[1])) return -1;
  return !prev || prev.end <= start || (prev.start === start && prev.end === start + m[1].length) ? start : -1;
}

/** The start of the name widened back over initials written together ("R.E."), or over one or two given names after an "'s"; or `s.start`. */
function widenedStart(text: string, s: NamedSpan, prev: NamedSpan | undefined): number {
  // 'Carlisle "Bunny" Alleyne-Forde': a quote mark closes a nickname before the surname.
  if (text[s.start - 2] === '"' || text[s.start - 2] === '”') {
    const nicknamed = nicknamedStart(text, s, prev);
    if (nicknamed >= 0) return nicknamed;
  }
  // A surname the model read without the click it opens with: "//Hoëses" of "Ms //Hoëses".
  let click = s.start;
  while (click > s.start - 2 && isClickMark(text.charCodeAt(click - 1))) click--;
  if (click < s.start && (click === 0 || /[ \t\n]/u.test(text[click - 1]))) return click;
  if (text[s.start - 2] === '.') {
    const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, s.start - 10), s.start));
    // "H.E. " (His Excellency) is a style, which is no part of the name.
    if (initials && !isStyleWord(initials[0].trim().replace(/^[^\p{Lu}]/u, '').slice(0, -1))) return s.start - initials[0].length + (/^[\p{Lu}]/u.test(initials[0]) ? 0 : 1);
  }
  let start = s.start;
  const words: number[] = [];
  for (let n = 0; n < 2 && text[start - 1] === ' '; n++) {
    // Back to a space or a line break, a word's length at most (a search for either could run back over the whole text).
    let from = start - 1;
    while (from > 0 && start - from < 40 && text[from - 1] !== ' ' && text[from - 1] !== '\n') from--;
    // A word of a name opens with a capital: a word opening with another ASCII character is read no further.
    const c = text.charCodeAt(from);
    if (c < 128 && (c < 65 || c > 90)) break;
    const word = text.slice(from, start - 1);
    if (!nameWord(word) || STOP.has(word) || (prev && prev.end > from)) break;
    start = from;
    words.push(from);
  }
  // A sentence's first word written with a letter English lacks ("Iñigo", "Søren") before a name of
  // two words or more is the name's first, not an English word opening the sentence.
  const first = words[0];
  if (first !== undefined && SENTENCE_START.test(text.slice(Math.max(0, first - 3), first)) && NOT_ENGLISH.test(text.slice(first, s.start)) && text.slice(s.start, s.end).includes(' ')) return first;
  const afterPortfolio = givenNamesAfterPortfolio(text, s, words);
  if (afterPortfolio >= 0) return afterPortfolio;
  // The words must follow a possessive: "the party's Ravi Shankar", not a sentence's first words.
  while (words.length) {
    const at = words[words.length - 1];
    const before = text.slice(Math.max(0, at - 3), at);
    if (/['’]s $/u.test(before)) return at;
    words.pop();
  }
  return s.start;
}

/** Person spans (sorted, apart) widened over the words of their names the model left at an edge; see the file's comment. */
export function withNameEdges(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'person') continue;
    const prev = out ? out[k - 1] : spans[k - 1];
    const start = text[s.start - 1] === ' ' || isClickMark(text.charCodeAt(s.start - 1)) ? widenedStart(text, s, prev) : s.start;
    const end = widenedEnd(text, s, spans[k + 1]);
    if (start === s.start && end === s.end) continue;
    out ??= [...spans];
    out[k] = { ...s, start, end };
  }
  if (!out) return spans as NamedSpan[];
  // A span a widened name took in whole ("!Naruseb" of "Aina !Naruseb", "Carlisle" of 'Carlisle "Bunny" Alleyne') is dropped.
  return out.filter((s, k) => (k === 0 || s.end > out![k - 1].end || s.start < out![k - 1].start) && (k === out!.length - 1 || s.start < out![k + 1].start || s.end > out![k + 1].end));
}
