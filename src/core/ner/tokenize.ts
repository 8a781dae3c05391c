import type { TextRange } from '../model/types';

/** A token of running text with its UTF-16 offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens, apostrophes and the dots of initialisms ("U.S.", "Nagorno-Karabakh"),
// of initials before a word ("Hilary E. Ackermann") and of abbreviations that end names ("Inc.");
// a possessive or "n't" is split off as its own token, as in the training treebanks.
const TOKEN = /(?:\p{L}\.){2,}|(?:\p{Lu}|Inc|Corp|Ltd|Co|Jr|Sr|St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Bros|Mt|Ft)\.(?=[ \t]+\p{L}|[,;)]|$)|(?:[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*)|[^\s\p{L}\p{M}\p{N}]/gu;
const CLITIC = /^(.+?)(['’]s|['’]|n['’]t)$/iu;
const SENTENCE_END = '.!?';
/** Two line breaks with only spaces between them (LF, CRLF or CR): a paragraph break, which no name crosses. */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** Shorter lines stand alone (menu items, headings, by-lines, list items) rather than wrap prose. */
const WRAPPED_LINE_MIN = 40;
/** A line that starts a Markdown heading or a list item, which stands alone however long it is. */
const STANDALONE_START = /^[^\S\r\n]*(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s)/u;

/**
 * True when the line ending at `lineEnd` is wrapped prose, so a name may go on over its line
 * break; a short standalone line ("Home" above "News" in a menu, a heading) ends every name on it.
 */
export function wrapsOnward(text: string, lineEnd: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', lineEnd - 1), text.lastIndexOf('\r', lineEnd - 1)) + 1;
  const line = text.slice(lineStart, lineEnd);
  return line.trim().length >= WRAPPED_LINE_MIN && !STANDALONE_START.test(line);
}

/** Where the first line break (CR or LF) of `text[from, to)` stands, or -1. */
function lineBreakIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/** Splits the ranges of a text into word and punctuation tokens. */
export function tokenize(text: string, ranges: readonly TextRange[]): Token[][] {
  const out: Token[][] = [];
  for (const r of ranges) {
    const tokens: Token[] = [];
    const slice = text.slice(r.start, r.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
      const start = r.start + m.index;
      const word = m[0];
      // Only a word with an apostrophe can end in a clitic: most words skip the pattern.
      const clitic = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null;
      if (clitic && /\p{L}/u.test(clitic[1])) {
        tokens.push({ text: clitic[1], start, end: start + clitic[1].length });
        tokens.push({ text: clitic[2], start: start + clitic[1].length, end: start + word.length });
      } else {
        tokens.push({ text: word, start, end: start + word.length });
      }
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
