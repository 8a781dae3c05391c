/**
 * Long alternations of words ("strikers?|midfielders?|goalkeepers?|...") searched over whole texts,
 * regrouped by their first letters. The engine tries the words of an alternation one after another
 * at every position of the text; regrouped ("s(?:trikers?|toppage...)|m(?:idfielders?|...)"), one
 * look at the first letter passes over every word that starts otherwise. The engine regroups plain
 * words itself, but not words with optional letters or groups in them, which most cue lists have.
 *
 * The regrouped pattern matches exactly what the original does, at the same places and to the same
 * ends: two words with different first characters never match at the same position, so only words
 * of one first letter compete, and they keep their order. A leading group is opened into one word
 * per branch ("(?:Premier|Champions) League" -> "Premier League|Champions League"), in the order the
 * engine tries them. A word that starts any other way (a character class, an escape) stays where it
 * stands, the words before and after it regrouped apart.
 */

/** Characters that never stand for themselves as a pattern's first character. */
const SPECIAL = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '.', '^', '$', '*', '+', '?']);
/** Characters that make the character before them optional or repeated. */
const QUANTIFIERS = new Set(['?', '*', '+', '{']);

/** The end (exclusive) of the group or class opening at `open` of `source`, read over escapes and classes. */
function closeOf(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (depth === 0) return i + 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced pattern: ${source}`);
}

/** The top-level alternatives of `source` (a pattern without an enclosing group). */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') i = closeOf(source, i) - 1;
    else if (c === '|') {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** An alternative and its first character when that is a plain one (null otherwise). */
interface Word {
  first: string | null;
  source: string;
}

/** Whether a group's content may be copied into several words: no capture, which copies would number anew. */
function copiable(source: string): boolean {
  return !/\((?!\?(?::|=|!|<=|<!))|\\\d|\\k</u.test(source);
}

/** `alternative` as words in the order the engine tries them, a leading non-capturing group opened. */
function wordsOf(alternative: string): Word[] {
  const c = alternative[0];
  if (c === undefined) return [{ first: null, source: alternative }];
  const code = c.charCodeAt(0);
  if (!SPECIAL.has(c) && !(code >= 0xd800 && code <= 0xdfff) && !QUANTIFIERS.has(alternative[1] ?? '')) return [{ first: c, source: alternative }];
  if (alternative.startsWith('(?:') && copiable(alternative)) {
    const end = closeOf(alternative, 0);
    const inner = alternativesOf(alternative.slice(3, end - 1));
    const after = alternative[end] ?? '';
    if (inner.some((w) => w === '')) return [{ first: null, source: alternative }];
    // "(?:A|B)R" tries "AR" and then "BR"; "(?:A|B)?R" then "R" as well (the greedy option is tried first).
    if (!QUANTIFIERS.has(after)) return inner.flatMap((w) => wordsOf(w + alternative.slice(end)));
    if (after === '?' && alternative[end + 1] !== '?') return [...inner.flatMap((w) => wordsOf(w + alternative.slice(end + 1))), ...wordsOf(alternative.slice(end + 1))];
  }
  return [{ first: null, source: alternative }];
}

/** The characters a word that starts with a class or an escape may start with, when few and known ("\\d", "[Ss]"); null for any. */
function firstCharactersOf(word: string): string | null {
  if (word.startsWith('\\d')) return '0123456789';
  const end = word.startsWith('[') && !word.startsWith('[^') ? word.indexOf(']') : -1;
  if (end < 0 || word.slice(1, end).includes('\\')) return null;
  // Letters and ranges of letters ("[Ss]", "[A-Z]").
  let chars = '';
  const body = word.slice(1, end);
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) chars += String.fromCharCode(c);
      i += 2;
    } else chars += body[i];
  }
  return chars;
}

/**
 * `alternation` (the content of a group: words separated by "|") regrouped by first characters, to
 * `depth` characters: the same matches, found faster (see the file's comment). For a pattern without
 * the case-insensitive flag. A word joins the group of its first character unless a word that may
 * start with that character too (a class, an escape) stands between them.
 */
export function byFirstCharacters(alternation: string, depth = 2): string {
  const items: (string | { first: string; rests: string[] })[] = [];
  const open = new Map<string, { first: string; rests: string[] }>();
  for (const w of alternativesOf(alternation).flatMap(wordsOf)) {
    if (w.first === null) {
      items.push(w.source);
      const firsts = firstCharactersOf(w.source);
      if (firsts === null) open.clear();
      else for (const c of firsts) open.delete(c);
      continue;
    }
    const group = open.get(w.first);
    if (group) group.rests.push(w.source.slice(1));
    else {
      const added = { first: w.first, rests: [w.source.slice(1)] };
      items.push(added);
      open.set(w.first, added);
    }
  }
  return items
    .map((item) => {
      if (typeof item === 'string') return item;
      const { first, rests } = item;
      if (rests.length === 1) return first + rests[0];
      return `${first}(?:${depth > 1 ? byFirstCharacters(rests.join('|'), depth - 1) : rests.join('|')})`;
    })
    .join('|');
}

/**
 * One piece of plain text each alternative of `alternation` must match as it is written (its
 * longest run of literal characters: "Ltd" of "Ltd\.?", "huttle" of "[Ss]huttle"), or null when
 * an alternative has none. A text that contains none of the pieces cannot match, so a rule may pass
 * over it with a few `includes` (far faster than a pattern tried at every position) when the pieces
 * are rare. For a pattern without the case-insensitive flag.
 */
export function piecesOf(alternation: string): string[] | null {
  const pieces: string[] = [];
  for (const alternative of alternativesOf(alternation)) {
    let longest = '';
    let run = '';
    for (let i = 0; i < alternative.length; i++) {
      let c = alternative[i];
      let next = i + 1;
      if (c === '\\') {
        // An escaped punctuation mark stands for itself; a class escape ("\d", "\p{L}") for many characters.
        c = /[.\\/()[\]{}|*+?^$-]/u.test(alternative[i + 1] ?? '') ? alternative[i + 1] : '';
        next = i + 2;
      } else if (c === '(' || c === '[') {
        c = '';
        next = closeOf(alternative, i);
      } else if (c === '{') {
        c = '';
        next = alternative.indexOf('}', i) + 1;
      } else if (SPECIAL.has(c)) c = '';
      // A character made optional or repeated by a quantifier is not certain to be there as written.
      if (QUANTIFIERS.has(alternative[next] ?? '')) c = '';
      if (c) run += c;
      else run = '';
      if (run.length > longest.length) longest = run;
      i = next - 1;
    }
    if (!longest) return null;
    pieces.push(longest);
  }
  return [...new Set(pieces)];
}

/** Whether `text` contains one of `pieces` (see {@link piecesOf}); true when `pieces` is null (no piece is certain). */
export function mayMatch(text: string, pieces: readonly string[] | null): boolean {
  return pieces === null || pieces.some((p) => text.includes(p));
}

/**
 * The plain text each alternative of `alternation` starts with as it is written, leading groups
 * opened ("(?:Premier|Champions) League" gives "Premier League" and "Champions League"; "strikers?"
 * gives "striker"; "Lok[ \\t]+Sabha" gives "Lok"), or null when an alternative starts any other way
 * (a class, an escape of a class, an optional first character). Every match of the alternation
 * starts with one of them. For a pattern without the case-insensitive flag.
 */
export function prefixesOf(alternation: string): string[] | null {
  const prefixes: string[] = [];
  for (const word of alternativesOf(alternation).flatMap(wordsOf)) {
    if (word.first === null) return null;
    const source = word.source;
    let prefix = '';
    for (let i = 0; i < source.length; i++) {
      let c = source[i];
      let next = i + 1;
      if (c === '\\') {
        // An escaped punctuation mark stands for itself; a class escape ("\d", "\p{L}") ends the plain text.
        if (!/[.\\/()[\]{}|*+?^$-]/u.test(source[i + 1] ?? '')) break;
        c = source[i + 1];
        next = i + 2;
      } else if (SPECIAL.has(c)) break;
      // A character made optional or repeated by a quantifier is not certain to be there as written.
      if (QUANTIFIERS.has(source[next] ?? '')) break;
      prefix += c;
      i = next - 1;
    }
    if (!prefix) return null;
    prefixes.push(prefix);
  }
  return [...new Set(prefixes)];
}
