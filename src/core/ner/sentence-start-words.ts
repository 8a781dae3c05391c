import type { NamedSpan } from './index';
import { lastTextKeyedMemo } from './last-text-keyed-memo';
import { CAPITAL_PARTICLES } from './surname-particles';

/**
 * "Magma has been collecting beneath the peninsula": a common noun opening a sentence is capitalised
 * like a name, and the model sometimes takes it for one. When the article also writes the word in
 * lower case and never capitalised inside a sentence, it is that word, not a name; such a word before a
 * person's name of three words or more is cut off it ("Herder Tsogzolmaa Nyamdorj"). Names the lists
 * hold ("Nice", "Reading") are left to them.
 */

/** A capitalised word of letters only, three or more: the only shape read here. */
const WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** Whether `c` is a letter or a digit (ASCII, or any non-ASCII character, read as a letter). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Whether the word at `at` opens a sentence: the text's or a line's start, or a stop (and perhaps a quote) and a space before it. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === '"' || text[i] === '“' || text[i] === '‘' || text[i] === "'" || text[i] === '(' || text[i] === '*' || text[i] === '#')) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return true;
  if (text[i] !== ' ' && text[i] !== '\t') return false;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return true;
  while (i >= 0 && (text[i] === '"' || text[i] === '”' || text[i] === '’' || text[i] === "'" || text[i] === ')')) i--;
  return i >= 0 && (text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === ':');
}

/** Whether the word at `at` stands in running prose: spaces or punctuation around it, not an address's or a link's letters ("julie@...", "/magma/"). */
function inProse(text: string, at: number, length: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1];
  const after = text[at + length] ?? ' ';
  if (!' \t\n\r("“‘'.includes(before)) return false;
  if (after === '.') return !/[^\s"”’)]/u.test(text[at + length + 1] ?? ' ');
  return ' \t\n\r,;:!?)"”’'.includes(after);
}

/** Where `word` stands as a whole word in `text`, each found position given to `found` until it returns true. */
function someWhole(text: string, word: string, found: (at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && !isWordChar(text.charCodeAt(at + word.length)) && found(at)) return true;
  }
  return false;
}

/**
 * The first word of a name of three capitalised words or more ("Herder" of "Herder Tsogzolmaa
 * Nyamdorj"), or "": not a particle opening a surname ("Van der Meulen").
 */
function leadingWord(name: string): string {
  const space = name.indexOf(' ');
  const second = name.charCodeAt(space + 1);
  if (space <= 0 || name.indexOf(' ', space + 1) < 0 || (second >= 97 && second <= 122)) return '';
  const word = name.slice(0, space);
  return CAPITAL_PARTICLES.has(word) ? '' : word;
}

/**
 * Whether `text` writes `word` in lower case in prose and never with its capital but opening a
 * sentence: a search of the whole text, the same at both readings of an article.
 */
const writtenAsCommonWord = lastTextKeyedMemo((text: string, word: string): boolean => {
  const lower = word.toLowerCase();
  return someWhole(text, lower, (at) => inProse(text, at, lower.length)) && !someWhole(text, word, (at) => !opensSentence(text, at));
});

/**
 * Spans (sorted, apart) without the one-word names that open a sentence and are, by the rest of the
 * article, a common word written with a capital; `isListed` tells a name the lists hold.
 */
export function withoutSentenceStartWords(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const common = new Map<string, boolean>();
  const isCommon = (word: string): boolean => {
    let known = common.get(word);
    if (known === undefined) {
      known = !isListed(word) && writtenAsCommonWord(text, word);
      common.set(word, known);
    }
    return known;
  };
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // Most names open no sentence: they pass unread.
    if (!opensSentence(text, s.start)) {
      out?.push(s);
      continue;
    }
    const name = text.slice(s.start, s.end);
    const drop = WORD.test(name) && isCommon(name);
    // "Stroke Angus Whitmore-Lane, 24,", "Herder Tsogzolmaa Nyamdorj": a person's name of three words
    // or more led by such a word (a job, a crew's seat) is the name after it.
    const lead = s.type === 'person' ? leadingWord(name) : '';
    const cut = lead && WORD.test(lead) && isCommon(lead) ? lead.length + 1 : 0;
    if (drop || cut) out ??= spans.slice(0, i);
    if (cut) out!.push({ ...s, start: s.start + cut });
    else if (!drop) out?.push(s);
  }
  return out ?? [...spans];
}
