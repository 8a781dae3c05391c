import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { STOP } from './rule-tagger';

/**
 * Bodies named in their own language with the body's word last, which the model reads by the place
 * or the person's look of the words before it: a Kazakh city's administration and council ("Almaty
 * City Akimat", "Almaty City Maslikhat"), Basque unions, associations and foundations ("Bizkaiko
 * Etxebizitza Sindikatua", "Gipuzkoako Merkataritza Elkartea"), a city's or a region's transport
 * authority in French, Spanish or Catalan ("Dakar Mobilité", "Île-de-France Mobilités"), Turkish
 * industrial companies and shipyards ("Cemre Marin Endüstri", "Arçelik Sanayi", "Tuzla Tersanesi"), Indian
 * academies, councils, committees and corporations ("Sangeet Natak Akademi", "Zila Parishad", "Delhi Jal
 * Nigam") and German academies ("Bayerische Akademie"), and bodies written as one compound word
 * that ends in the body's word: Dutch federations and services ("Atletiekunie", "Schaatsbond",
 * "Belastingdienst"), Nordic agencies, boards and ministries ("Skatteverket", "Socialstyrelsen",
 * "Helsedirektoratet", "Arbeidstilsynet", "Udenrigsministeriet") and German offices, ministries and
 * authorities ("Bundeskartellamt", "Finanzministerium", "Finanzbehörde"). The name is the
 * capitalised words before the body's word on its line, with it; the compound is one word.
 */

/** Bodies' words that end a name after capitalised words. */
const LAST_WORDS = new Set([
  'Akimat', 'Akimaty', 'Maslikhat',
  'Sindikatua', 'Elkartea', 'Batzordea', 'Fundazioa',
  'Mobilité', 'Mobilités', 'Mobilidad', 'Mobilitat',
  'Endüstri', 'Endüstrisi', 'Sanayi', 'Sanayii', 'Tersanesi',
  'Akademi', 'Akademie', 'Parishad', 'Samiti', 'Nigam',
]);
/** Dutch federations' endings of one compound word, "-unie" (union) and "-bond" (league), found in the pass over the last words. */
const COMPOUND_ENDINGS = new Set(['unie', 'bond']);
/**
 * Other bodies' words that end one compound word: Dutch "-dienst" (service); Swedish, Norwegian and
 * Danish agencies, boards, authorities, directorates, inspectorates and ministries in the definite form
 * ("-verket", "-styrelsen", "-myndigheten", "-direktoratet", "-tilsynet", "-inspektionen",
 * "-ministeriet"); German "-ministerium", "-behörde" and "-amt" after a joining "s" ("Bundesamt",
 * "Gesundheitsamt"); Icelandic "-stofnun" (institute), Faroese and Icelandic "-ráðið" (the council) and
 * "-setur" (centre), which a country's genitive may follow ("Fróðskaparsetur Føroya"). Each is searched for alone by a part of it that opens with a rare letter
 * ("yrelsen" of "styrelsen"): a literal search skips fastest to a rare letter, and every article pays
 * for it.
 */
const SEARCHED_ENDINGS: ReadonlyArray<readonly [ending: string, part: string]> = [
  ['dienst', 'dienst'], ['verket', 'verket'], ['styrelsen', 'yrelsen'], ['myndigheten', 'yndigheten'], ['direktoratet', 'ktoratet'],
  ['tilsynet', 'ynet'], ['inspektionen', 'ktionen'], ['behörde', 'örde'], ['samt', 'samt'],
  ['stofnun', 'ofnun'], ['ráðið', 'áðið'], ['setur', 'setur'],
];
/** A country's name in the genitive after a Faroese or Icelandic compound, part of the body's name: "Fróðskaparsetur Føroya" (of the Faroes). */
const NATION_GENITIVES = new Set(['Føroya', 'Íslands', 'Danmarkar', 'Grønlands', 'Noregs']);
const NEXT_WORD = /^\p{Lu}[\p{L}\p{M}]*/u;
/** The ministries' common start, searched for once: "-ministeriet" (Nordic) and "-ministerium" (German). */
const MINISTRY = 'ministeri';
const MINISTRY_ENDS = ['et', 'um'];
/** Pieces of the last words and the Dutch federations' endings, all found in one pass before any word is read. */
const GATE_WORDS = ['kimat', 'aslikhat', 'ndikatua', 'lkartea', 'atzordea', 'undazioa', 'obili', 'unie', 'bond', 'ndüstri', 'anayi', 'ersanesi', 'Akademi', 'Parishad', 'Samiti', 'Nigam'];
const GATES = new RegExp(GATE_WORDS.join('|'), 'gu');
/** Letters before a compound's ending: "Atletiek" of "Atletiekunie", not "Vagabond". */
const MIN_STEM = 5;
/** Most capitalised words read back before the body's word. */
const MOST_WORDS = 4;
const LETTER = /[\p{L}\p{M}]/u;
/** A capitalised word of a name: letters, hyphens and apostrophes ("Île-de-France", "Kok-Zhailau"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Capitalised words that open a line or a heading, not a name: "About Dakar Mobilité", "SOURCE: ...". */
const NOT_NAME = new Set(['About', 'SOURCE', 'Source', 'Contact', 'Contacts']);

/** The word of letters around `at`, as a range. */
function wordAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  let end = at;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  while (end < text.length && LETTER.test(text[end])) end++;
  return { start, end };
}

/** The start of the capitalised words right before `start` on its line, one space apart, or `start` when there are none. */
function namesBefore(text: string, start: number): number {
  let from = start;
  for (let n = 0; n < MOST_WORDS && text[from - 1] === ' '; n++) {
    let at = from - 1;
    while (at > 0 && text[at - 1] !== ' ' && text[at - 1] !== '\n' && text[at - 1] !== '\t') at--;
    const word = text.slice(at, from - 1);
    if (!NAME_WORD.test(word) || STOP.has(word) || NOT_NAME.has(word)) break;
    from = at;
  }
  return from;
}

/** The names ending in a body's word in `text`; searched once for the article's two readings. */
const foreignBodies = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  const seen = new Set<number>();
  GATES.lastIndex = 0;
  // A few literal searches pass over most articles, which hold none of the pieces, faster than the pattern.
  for (let m = GATE_WORDS.some((w) => text.includes(w)) ? GATES.exec(text) : null; m; m = GATES.exec(text)) {
    const at = m.index;
    const word = wordAround(text, at);
    if (seen.has(word.start)) continue;
    if (COMPOUND_ENDINGS.has(m[0])) {
      const compound = compoundAt(text, at, m[0], word);
      if (compound) found.push(compound);
      seen.add(word.start);
      continue;
    }
    if (!LAST_WORDS.has(text.slice(word.start, word.end))) continue;
    seen.add(word.start);
    const start = namesBefore(text, word.start);
    // The body's word alone ("the Akimat") names no one body.
    if (start < word.start) found.push({ type: 'organization', start, end: word.end });
  }
  for (const [ending, part] of SEARCHED_ENDINGS) {
    const lead = ending.length - part.length;
    for (let p = text.indexOf(part); p >= 0; p = text.indexOf(part, p + part.length)) {
      const at = p - lead;
      if (LETTER.test(text[p + part.length] ?? ' ') || (lead && !text.startsWith(ending, at))) continue;
      const compound = compoundAt(text, at, ending, wordAround(text, at));
      if (compound) found.push(compound);
    }
  }
  for (let at = text.indexOf(MINISTRY); at >= 0; at = text.indexOf(MINISTRY, at + MINISTRY.length)) {
    const end = at + MINISTRY.length;
    if (!MINISTRY_ENDS.includes(text.slice(end, end + 2)) || LETTER.test(text[end + 2] ?? ' ')) continue;
    const compound = compoundAt(text, at, text.slice(at, end + 2), wordAround(text, at));
    if (compound) found.push(compound);
  }
  return found;
});

/** The compound word `word` as a body's name when it ends in `ending` at `at` after a capital and a stem of small letters. */
function compoundAt(text: string, at: number, ending: string, word: { start: number; end: number }): NamedSpan | null {
  if (word.end !== at + ending.length || at - word.start < MIN_STEM || !NAME_WORD.test(text[word.start])) return null;
  // Every letter of the stem in lower case: a compound, not a name in capitals or a blended brand.
  const stem = text.slice(word.start + 1, at);
  if (stem !== stem.toLowerCase()) return null;
  const next = text[word.end] === ' ' ? NEXT_WORD.exec(text.slice(word.end + 1, word.end + 16))?.[0] ?? '' : '';
  return { type: 'organization', start: word.start, end: NATION_GENITIVES.has(next) ? word.end + 1 + next.length : word.end };
}

/** Spans (sorted, apart) with the bodies named in their own language found whole; see the file's comment. */
export function withForeignBodies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const bodies = foreignBodies(text);
  return bodies.length ? withWholeNames(spans, bodies) : [...spans];
}
