import { alternativesOf, prefixesOf } from './alternation';
import { lastTextMemo } from './last-text-memo';

/**
 * Whole-text searches for long lists of words, run only where one of the words may start. Many
 * rules search a whole article for a cue list ("\b(?:Petrobras|Sonatrach|...)", " (?:peninsula|
 * highlands|...)"), and the engine tries the list at every position of the text. Every match of such
 * a pattern starts at the start of a word, with one of the list's words: one pass over the text
 * records where words start, by their first three characters, shared by all such searches over the
 * article (and both of its readings), and each search tries its pattern only at the starts whose
 * first three characters begin one of its words. The matches are the same, in the same order.
 */

/** How many characters of a word key where it starts. */
export const KEY_LENGTH = 3;

/** Whether the character code is an ASCII letter or digit. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** How many lists of word starts an index holds: keys share a list when their hash does. */
const BUCKETS = 4096;

/** The hash of a key: its first {@link KEY_LENGTH} characters (fewer at the text's end). */
function hashAt(text: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + KEY_LENGTH && i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h & (BUCKETS - 1);
}

/** Where words may start in a text: for each hash, the last start, and for each start the one before it of the same hash (-1 ends). */
interface WordStarts {
  last: Int32Array;
  previous: Int32Array;
}

/**
 * Where words may start in `text`, listed by the hash of their first {@link KEY_LENGTH} characters:
 * every letter (an ASCII letter, or any character beyond ASCII) after the text's start or a
 * character that is no ASCII letter or digit.
 */
export const wordStartsOf = lastTextMemo((text: string): WordStarts => {
  const last = new Int32Array(BUCKETS).fill(-1);
  const previous = new Int32Array(text.length);
  let afterAlnum = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const alnum = isAsciiAlnum(code);
    if (!afterAlnum && (code >= 128 || (alnum && code >= 65))) {
      const h = hashAt(text, i);
      previous[i] = last[h];
      last[h] = i;
    }
    afterAlnum = alnum;
  }
  return { last, previous };
});

/** A pattern's lead before its list of words, and how many characters it takes. */
interface Lead {
  /** The lead as it is written. */
  source: string;
  /** How many characters the lead matches before the word. */
  length: number;
  /** Whether the word must start with an ASCII letter for the lead to hold where words start ("\b"). */
  asciiFirst: boolean;
}

/** Leads that hold only where a word starts (see {@link wordStartsOf}). */
const LEADS: readonly Lead[] = [
  { source: '\\b', length: 0, asciiFirst: true },
  { source: ' ', length: 1, asciiFirst: false },
  { source: '[ \\t]', length: 1, asciiFirst: false },
  { source: '(?<![\\p{L}\\p{N}])', length: 0, asciiFirst: false },
  { source: "(?<![\\p{L}\\p{N}'’-])", length: 0, asciiFirst: false },
  { source: '(?<![\\p{L}\\p{N}-])', length: 0, asciiFirst: false },
];

/** Plain starts of matches ({@link KEY_LENGTH} characters or more) grouped by their first {@link KEY_LENGTH} characters, the key an index lists positions by. */
interface KeyedStarts {
  /** The first {@link KEY_LENGTH} characters of the starts. */
  keys: string[];
  /** Each key's hash in an index. */
  hashes: number[];
  /** The character codes of the keys, {@link KEY_LENGTH} per key: a listed position is checked against them without a string search. */
  codes: Int32Array;
  /** For each key, the starts that begin with it ("on loan" of "on "): a position is tried only where one of them stands. */
  groups: string[][];
  /** For each key, whether it is itself a start (then its group holds it alone): every position of the key is a candidate. */
  whole: boolean[];
}

/** `starts` grouped by key; a start that begins with another of its group stands wherever that one does ("strikers", "striker") and is left out. */
function keyedStartsOf(starts: readonly string[]): KeyedStarts {
  const byKey = new Map<string, string[]>();
  for (const p of starts) byKey.set(p.slice(0, KEY_LENGTH), [...(byKey.get(p.slice(0, KEY_LENGTH)) ?? []), p]);
  const keys = [...byKey.keys()];
  const shortest = (group: string[]) => group.filter((p) => !group.some((q) => q !== p && p.startsWith(q)));
  const groups = [...byKey.values()].map(shortest);
  const codes = new Int32Array(KEY_LENGTH * keys.length);
  keys.forEach((k, i) => {
    for (let j = 0; j < KEY_LENGTH; j++) codes[KEY_LENGTH * i + j] = k.charCodeAt(j);
  });
  return { keys, hashes: keys.map((k) => hashAt(k, 0)), codes, groups, whole: groups.map((g) => g.length === 1 && g[0].length === KEY_LENGTH) };
}

/** Whether the {@link KEY_LENGTH} characters of `text` at `at` are those of key `k` (`codes` as {@link KeyedStarts} holds them); past the text's end, no. */
function keyAt(text: string, at: number, codes: Int32Array, k: number): boolean {
  const c = KEY_LENGTH * k;
  return text.charCodeAt(at) === codes[c] && text.charCodeAt(at + 1) === codes[c + 1] && text.charCodeAt(at + 2) === codes[c + 2];
}

/**
 * Adds to `candidates` the positions listed in `index` (word starts or every position of `text`) where
 * one of the starts stands; a position whose hash is a key's but whose characters are not (another key
 * of the same hash) is passed over.
 */
function addKeyedCandidates(text: string, index: WordStarts, starts: KeyedStarts, candidates: number[]): void {
  const { last, previous } = index;
  const { codes, groups, whole, hashes } = starts;
  for (let k = 0; k < hashes.length; k++) {
    const group = groups[k];
    const any = whole[k];
    for (let at = last[hashes[k]]; at >= 0; at = previous[at]) if (keyAt(text, at, codes, k) && (any || startsOne(text, at, group))) candidates.push(at);
  }
}

/** The words a pattern's matches start with, and how far before them a match starts; null when its shape is not known. */
interface Plan {
  starts: KeyedStarts;
  /** Starts shorter than {@link KEY_LENGTH} characters ("Dr", "Mr"), which the index cannot key: each is found by `indexOf`. */
  short: string[];
  lead: number;
}

/** `starts` less those that begin with another of them ("Mrs", "Mr"): a match at the longer stands where the shorter does. */
function shortestStarts(starts: readonly string[]): string[] {
  return starts.filter((s) => !starts.some((t) => t !== s && s.startsWith(t)));
}

/**
 * The {@link Plan} of `pattern`: a known lead, then a group of words each starting with plain text;
 * those of {@link KEY_LENGTH} characters or more start with a letter where the lead needs one.
 */
function planOf(pattern: RegExp): Plan | null {
  if (pattern.flags.includes('i')) return null;
  const source = pattern.source;
  const lead = LEADS.find((l) => source.startsWith(l.source) && source[l.source.length] === '(');
  if (!lead) return null;
  const after = lead.source.length;
  const open = source.startsWith('(?:', after) ? after + 3 : source[after + 1] !== '?' ? after + 1 : -1;
  if (open < 0) return null;
  // The group's content: the pattern up to the parenthesis that closes the group.
  const rest = source.slice(open);
  const inner = closingOf(rest);
  if (inner === null) return null;
  const prefixes = prefixesOf(rest.slice(0, inner));
  if (!prefixes) return null;
  const pieces = shortestStarts(prefixes);
  const short = pieces.filter((p) => p.length < KEY_LENGTH);
  const keyed = pieces.filter((p) => p.length >= KEY_LENGTH);
  for (const p of keyed) {
    const code = p.charCodeAt(0);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!letter && (lead.asciiFirst || code < 128)) return null;
  }
  return { starts: keyedStartsOf(keyed), short, lead: lead.length };
}

/** Adds to `candidates` every position of `text` where one of `pieces` stands, found with `indexOf`. */
function addFoundCandidates(text: string, pieces: readonly string[], candidates: number[]): void {
  for (const p of pieces) for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) candidates.push(at);
}

/** The index in `source` of the parenthesis closing a group opened just before it, or null. */
function closingOf(source: string): number | null {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return null;
}

/** Whether {@link wordLedMatches} can search `pattern` from where words start (else it searches every position). */
export function isWordLed(pattern: RegExp): boolean {
  return planOf(pattern) !== null;
}

/**
 * A search for every match of `pattern` (a global pattern) over a text, the same matches as
 * `text.matchAll(pattern)` in the same order, tried only where its words start when the pattern
 * opens with a known lead ("\b", a space, "[ \t]", a lookbehind for no letter or digit) and a group
 * of words that each start with plain text (see the file's comment; a word of one or two plain
 * characters, "Dr", is tried wherever `indexOf` finds it); any other pattern is searched the usual way. The matches are remembered for the last text (both readings of an
 * article search it): callers read them and never change them.
 */
export function wordLedMatches(pattern: RegExp): (text: string) => readonly RegExpExecArray[] {
  if (!pattern.global) throw new Error(`wordLedMatches needs a global pattern: ${pattern.source}`);
  const plan = planOf(pattern);
  if (!plan) return lastTextMemo((text) => [...text.matchAll(pattern)] as RegExpExecArray[]);
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  const { starts, short, lead } = plan;
  return lastTextMemo((text) => {
    const candidates: number[] = [];
    if (starts.keys.length) addKeyedCandidates(text, wordStartsOf(text), starts, candidates);
    addFoundCandidates(text, short, candidates);
    return stickyMatchesAt(text, sticky, candidates, lead);
  });
}

/**
 * Whether one of `words` stands in `text` at `at`, where their common first {@link KEY_LENGTH}
 * characters stand already: the rest is compared by character codes, which costs less than a string
 * search per word (past the text's end a code is NaN and matches none).
 */
function startsOne(text: string, at: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let j = KEY_LENGTH;
    while (j < word.length && text.charCodeAt(at + j) === word.charCodeAt(j)) j++;
    if (j === word.length) return true;
  }
  return false;
}

/**
 * The matches of `sticky` tried at each of `candidates` (positions in any order, each moved back by
 * `lead`), in text order and apart, as a global search would find them: a candidate inside the last
 * match is passed over.
 */
export function stickyMatchesAt(text: string, sticky: RegExp, candidates: number[], lead = 0): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (!candidates.length) return found;
  candidates.sort((a, b) => a - b);
  let from = 0;
  for (let k = 0; k < candidates.length; k++) {
    const at = candidates[k] - lead;
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return found;
}

/** The characters a class opening `source` stands for, when it lists them plainly ("['’]"); null otherwise. */
function classCharacters(source: string): string[] | null {
  const end = source.indexOf(']');
  if (!source.startsWith('[') || source.startsWith('[^') || end < 2) return null;
  const body = source.slice(1, end);
  if (/[\\-]/u.test(body) || QUANTIFIER_AFTER.test(source.slice(end + 1, end + 2))) return null;
  return [...body];
}

/** A quantifier, which makes what stands before it optional or repeated. */
const QUANTIFIER_AFTER = /^[?*+{]/u;

/**
 * The plain text every match of `source` starts with, one piece per way it may start: the words of a
 * leading group or of a top-level alternation ("(Avenida|Calle)[ \t]+...", "company|party|...",
 * "(?:north|south)...") and the characters of a class that opens an alternative ("['’]s ..."); null
 * when a match may start any other way.
 */
function startsOf(source: string): string[] | null {
  const starts = new Set<string>();
  for (const alternative of alternativesOf(source)) {
    // A capturing group matches what its content does.
    if (alternative.startsWith('(') && !alternative.startsWith('(?')) {
      const inner = closingOf(alternative.slice(1));
      if (inner === null || QUANTIFIER_AFTER.test(alternative.slice(inner + 2, inner + 3))) return null;
      const words = startsOf(alternative.slice(1, inner + 1));
      if (!words) return null;
      for (const w of words) starts.add(w);
      continue;
    }
    const words = prefixesOf(alternative) ?? classCharacters(alternative);
    if (!words) return null;
    for (const w of words) starts.add(w);
  }
  return [...starts];
}

/**
 * Where every position of `text` (not only word starts) with {@link KEY_LENGTH} characters from it
 * stands, listed by the hash of those characters as {@link wordStartsOf} lists word starts: one pass over the text,
 * shared by all searches whose matches may start inside words.
 */
const positionsOf = lastTextMemo((text: string): WordStarts => {
  const last = new Int32Array(BUCKETS).fill(-1);
  const previous = new Int32Array(text.length);
  // The hash of three characters, as hashAt makes it, from the codes kept of the last position's.
  let b = text.charCodeAt(0);
  let c = text.charCodeAt(1);
  for (let i = 0; i + 2 < text.length; i++) {
    const a = b;
    b = c;
    c = text.charCodeAt(i + 2);
    const h = (((a * 31 + b) | 0) * 31 + c) & (BUCKETS - 1);
    previous[i] = last[h];
    last[h] = i;
  }
  // The last two positions are left out: no piece of three characters or more starts there.
  return { last, previous };
});

/**
 * A search for every match of `pattern` (a global pattern, not case-blind) over a text, the same
 * matches as `text.matchAll(pattern)` in the same order, tried only where one of the plain pieces of
 * text its matches start with stands ({@link startsOf}), also inside words: for patterns with no lead
 * before their words ("(Avenida|Calle|...)", "(?:north|south|east|west)..."). The pieces are read
 * from the text's shared index of positions ({@link positionsOf}) instead of one search of the whole
 * text each; a piece shorter than {@link KEY_LENGTH} characters (an apostrophe) is found with
 * `indexOf`. Any other pattern is searched the usual way. The matches are remembered for the last
 * text, as {@link wordLedMatches}'s are.
 */
export function startLedMatches(pattern: RegExp): (text: string) => readonly RegExpExecArray[] {
  if (!pattern.global) throw new Error(`startLedMatches needs a global pattern: ${pattern.source}`);
  const starts = pattern.flags.includes('i') ? null : startsOf(pattern.source);
  if (!starts || !starts.length) return lastTextMemo((text) => [...text.matchAll(pattern)] as RegExpExecArray[]);
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  // A start that begins with another ("Northern", "North") is found where the other is.
  const pieces = shortestStarts(starts);
  const short = pieces.filter((p) => p.length < KEY_LENGTH);
  const keyed = keyedStartsOf(pieces.filter((p) => p.length >= KEY_LENGTH));
  return lastTextMemo((text) => {
    const candidates: number[] = [];
    addFoundCandidates(text, short, candidates);
    if (keyed.keys.length) addKeyedCandidates(text, positionsOf(text), keyed, candidates);
    return stickyMatchesAt(text, sticky, candidates);
  });
}

/**
 * Every start of `word` in `text` where a word starts (see {@link wordStartsOf}), in text order,
 * read from the shared index instead of searching the whole text; null when the index cannot tell
 * (a word shorter than {@link KEY_LENGTH} characters, or one that does not start with a letter).
 * Every mention of `word` with no ASCII letter or digit before it is among them.
 */
export function wordStartsWith(text: string, word: string): number[] | null {
  const code = word.charCodeAt(0);
  if (word.length < KEY_LENGTH || !(code >= 128 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return null;
  const { last, previous } = wordStartsOf(text);
  const key = word.slice(0, KEY_LENGTH);
  const found: number[] = [];
  for (let at = last[hashAt(key, 0)]; at >= 0; at = previous[at]) if (text.startsWith(word, at)) found.push(at);
  return found.reverse();
}

/**
 * Every start of `piece` (plain text of {@link KEY_LENGTH} characters or more) in `text`, inside
 * words too, in text order, mentions that overlap included: the starts `indexOf` would find from each
 * position, read from the text's shared index of positions ({@link positionsOf}) instead of a search
 * of the whole text.
 */
export function everyStartOf(text: string, piece: string): number[] {
  if (piece.length < KEY_LENGTH) throw new Error(`everyStartOf needs ${KEY_LENGTH} characters or more: ${piece}`);
  const { last, previous } = positionsOf(text);
  const found: number[] = [];
  for (let at = last[hashAt(piece, 0)]; at >= 0; at = previous[at]) if (text.startsWith(piece, at)) found.push(at);
  return found.reverse();
}

/**
 * A search for every match of `pattern` (a global pattern whose every match starts with the one
 * character `mark`, "\(" of "\((\p{Lu}{2,8})\)"), the same matches as `text.matchAll(pattern)` in the
 * same order, tried only where `mark` stands, found with `indexOf`: for marks most texts hold few of.
 */
export function markLedMatches(pattern: RegExp, mark: string): (text: string) => RegExpExecArray[] {
  // The mark opens the pattern, plain or escaped, with no quantifier after it and no other alternative.
  const lead = pattern.source.startsWith(`\\${mark}`) ? 2 : pattern.source.startsWith(mark) && !'()[]{}.*+?^$|\\'.includes(mark) ? 1 : 0;
  if (!pattern.global || pattern.flags.includes('i') || mark.length !== 1 || !lead || /^[*+?{]/u.test(pattern.source.slice(lead)) || alternativesOf(pattern.source).length !== 1) {
    throw new Error(`markLedMatches needs a global pattern every match of which opens with ${mark}: ${pattern.source}`);
  }
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  return (text) => {
    const candidates: number[] = [];
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) candidates.push(at);
    return stickyMatchesAt(text, sticky, candidates);
  };
}
