import type { TextRange } from '../model/types';

/** A token of running text with its UTF-16 offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * The tokens of running text, one match each. Words keep inner hyphens, apostrophes and the dots of
 * initialisms ("U.S.", "Nagorno-Karabakh"), of initials before a word ("Hilary E. Ackermann") and of
 * abbreviations that end names ("Inc."); a possessive or "n't" is split off as its own token (see
 * `tokenize`), as in the training treebanks. `tokenize` reads plain words without it, with the same tokens.
 */
export const TOKEN = /(?:\p{L}\.){2,}|(?:\p{Lu}|Inc|Corp|Ltd|Co|Jr|Sr|St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Bros|Mt|Ft)\.(?=[ \t]+\p{L}|[,;)]|$)|(?:[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*)|[^\s\p{L}\p{M}\p{N}]/gu;
const CLITIC = /^(.+?)(['’]s|['’]|n['’]t)$/iu;
const LETTER = /\p{L}/u;
const SENTENCE_END = '.!?';
/** Two line breaks with only spaces between them (LF, CRLF or CR): a paragraph break, which no name crosses. */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** Shorter lines stand alone (menu items, headings, by-lines, list items) rather than wrap prose. */
const WRAPPED_LINE_MIN = 40;
/**
 * A line that starts a Markdown heading, a list item or with an emoji (a live page's entry heading,
 * "🤝 Aid offers from ..."), which stands alone however long it is.
 */
const STANDALONE_START = /^[^\S\r\n]*(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|\p{Extended_Pictographic})/u;
/** A word of four or more letters in lower case: wrapped prose has them, a heading in title case does not. */
const LOWER_LONG_WORD = /(?:^|[\s(])\p{Ll}{4,}/u;

/**
 * True when the line ending at `lineEnd` is wrapped prose, so a name may go on over its line
 * break; a short standalone line ("Home" above "News" in a menu, a heading) or a heading in title case
 * ("About the Tasman Regional Council of Water Utilities" above its acronym) ends every name on it.
 */
export function wrapsOnward(text: string, lineEnd: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', lineEnd - 1), text.lastIndexOf('\r', lineEnd - 1)) + 1;
  const line = text.slice(lineStart, lineEnd);
  return line.trim().length >= WRAPPED_LINE_MIN && !STANDALONE_START.test(line) && LOWER_LONG_WORD.test(line);
}

/** Where the first line break (CR or LF) of `text[from, to)` stands, or -1. */
function lineBreakIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/** Adds a match of `TOKEN` at `start` to `tokens`, its clitic ("'s", "n't") as a token of its own. */
export function pushWord(tokens: Token[], word: string, start: number): void {
  // Only a word with an apostrophe can end in a clitic: most words skip the pattern.
  const clitic = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null;
  if (clitic && LETTER.test(clitic[1])) {
    tokens.push({ text: clitic[1], start, end: start + clitic[1].length });
    tokens.push({ text: clitic[2], start: start + clitic[1].length, end: start + word.length });
  } else {
    tokens.push({ text: word, start, end: start + word.length });
  }
}

/** Whether a UTF-16 code unit is an ASCII letter or digit. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The end of the token `TOKEN` finds at `at` of `slice` when it is a run of ASCII letters and digits
 * followed by an ASCII character other than ".", "-", "'" and "&" (or by the end), as most words
 * are; otherwise -1, and the pattern reads the token. Such a run is the pattern's plain word: its
 * initialism and abbreviation branches need a "." right after a letter or a listed abbreviation, and
 * the word branch stops where neither a letter, a mark, a digit nor a joining character follows.
 */
function plainWordEnd(slice: string, at: number): number {
  if (!isAsciiWordChar(slice.charCodeAt(at))) return -1;
  let end = at + 1;
  while (end < slice.length && isAsciiWordChar(slice.charCodeAt(end))) end++;
  if (end === slice.length) return end;
  const next = slice.charCodeAt(end);
  return next < 128 && next !== 46 && next !== 45 && next !== 39 && next !== 38 ? end : -1;
}

/** Whether a UTF-16 code unit is ASCII white space, which `TOKEN` steps over. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Splits the ranges of a text into word and punctuation tokens. Plain ASCII words are read by their
 * character codes (see {@link plainWordEnd}), every other token by `TOKEN`, from the same place.
 */
export function tokenize(text: string, ranges: readonly TextRange[]): Token[][] {
  const out: Token[][] = [];
  for (const r of ranges) {
    const tokens: Token[] = [];
    const slice = text.slice(r.start, r.end);
    for (let at = 0; at < slice.length; ) {
      if (isAsciiSpace(slice.charCodeAt(at))) {
        at++;
        continue;
      }
      const plainEnd = plainWordEnd(slice, at);
      if (plainEnd >= 0) {
        tokens.push({ text: slice.slice(at, plainEnd), start: r.start + at, end: r.start + plainEnd });
        at = plainEnd;
        continue;
      }
      // Any other ASCII character but a letter or a digit (spaces are stepped over above) is a token of
      // its own: every branch of `TOKEN` but the last needs a letter, a mark or a digit first.
      const c = slice.charCodeAt(at);
      if (c < 128 && !isAsciiWordChar(c)) {
        tokens.push({ text: slice[at], start: r.start + at, end: r.start + at + 1 });
        at++;
        continue;
      }
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(slice);
      if (!m) break;
      at = TOKEN.lastIndex;
      pushWord(tokens, m[0], r.start + m.index);
    }
    // Sentences make better context windows than whole paragraphs. A paragraph ends one too, with
    // or without a full stop ("By John Smith" above "LONDON -"): the model then never sees a name
    // go on across it, and neither do the joins over a sentence's tokens later. A single line break
    // ends one too after a short standalone line, unless the text goes on in lower case (prose).
    let sentence: Token[] = [];
    for (const t of tokens) {
      const prev = sentence[sentence.length - 1];
      // Most gaps are a space or nothing: only one holding a line break is cut out and read.
      const lineBreak = prev ? lineBreakIn(text, prev.end, t.start) : -1;
      const gap = lineBreak >= 0 ? text.slice(prev.end, t.start) : '';
      if (lineBreak >= 0 && (BLANK_LINE.test(gap) || (!LOWER_FIRST.test(t.text) && !wrapsOnward(text, lineBreak)))) {
        out.push(sentence);
        sentence = [];
      }
      sentence.push(t);
      if (t.text.length === 1 && SENTENCE_END.includes(t.text) && sentence.length > 3) {
        out.push(sentence);
        sentence = [];
      }
    }
    if (sentence.length) out.push(sentence);
  }
  return out;
}
