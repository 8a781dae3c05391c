import type { NamedSpan } from './index';
import { isStyleWord } from './honorifics';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * Results lists and team sheets name players by an initial and a surname ("H. Lefèvre-Duval / R.
 * Achterberg bt R. Balasubramanian / T. Ashworth 7-5 6-4"), which the model misses or cuts to the
 * surname. An initial, a full stop and a capitalised surname (hyphenated, or with a particle: "Á.
 * Núñez de Arco") is a person's name where its line holds two such names or more: one alone is as
 * often a sentence's end ("Plan B. Then") as a name. A run of dotted initials written together before a
 * name, as Sri Lankan and South Indian names open ("K.M.P. Chandana Herath"), is part of it: the model
 * keeps only the last word or two.
 */

/** One capitalised surname, hyphenated or not, perhaps after "Mc", "Mac" or "O'": "Lefèvre-Duval", "Bekele", "McAllister-Greene". */
const SURNAME = String.raw`(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+)?`;
/** The lower-case particles a surname may open with or hold: "da" of "Ferreira da Silva", "van der" of "van der Berg", "'t" of "van 't Hoff". */
const PARTICLE = String.raw`(?:de|da|dos|das|do|del|della|di|van|von|der|den|ter|ten|le|la|du|al|el|bin|['’]t)`;
/**
 * A capital and a full stop, a space, and a surname (group 2), with particles before it ("W. van der
 * Berg"), and a second surname (group 3), after a particle or not ("S. Ferreira da Silva", "A.
 * Gómez Ruiz"), read where `indexOf` found ". "; the character before is checked apart.
 */
const INITIAL_NAME = new RegExp(String.raw`(\p{Lu})\. ((?:${PARTICLE} ){0,3}${SURNAME})((?: (?:${PARTICLE} ){1,2}${SURNAME}| ${SURNAME})?)(?![\p{L}\p{M}\p{N}.'’-])`, 'uy');
/** Whether a word may be part of a person's name (a given name after initials, a second surname): no function word, title, organisation or place word. */
const givenWord = (word: string): boolean => !STOP.has(word) && !isTitleWord(word) && !ORG_WORDS.test(word) && !PLACES.has(word);
/** What may stand before an initial: not a letter or a full stop ("U.S. Navy", "St. Louis"). */
const NOT_BEFORE = /[\p{L}\p{M}\p{N}.]/u;
const UPPER = /\p{Lu}/u;

/** The names of the shape above on lines that hold two of them or more. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes('. ')) return [];
  const found: NamedSpan[] = [];
  let line: NamedSpan[] = [];
  let lineEnd = -1;
  // Where the last line holding two names or more ended: a table's last row may hold one name.
  let namesLineEnd = -2;
  const flush = () => {
    if (line.length > 1 || (line.length === 1 && text[line[0].start - 2] === '|' && text.lastIndexOf('\n', line[0].start) === namesLineEnd)) {
      found.push(...line);
      namesLineEnd = lineEnd;
    }
    line = [];
  };
  // Full stops and a space stand once a sentence; the pattern is tried only at those with a capital before.
  for (let dot = text.indexOf('. ', 1); dot >= 0; dot = text.indexOf('. ', dot + 2)) {
    const start = dot - 1;
    if (!UPPER.test(text[start]) || (start > 0 && NOT_BEFORE.test(text[start - 1]))) continue;
    INITIAL_NAME.lastIndex = start;
    const m = INITIAL_NAME.exec(text);
    if (!m) continue;
    // "J. P. Morgan": an initial before the initial makes another kind of name.
    if (start >= 3 && text[start - 2] === '.' && UPPER.test(text[start - 3])) continue;
    if (start > lineEnd) {
      flush();
      lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = text.length;
    }
    // "A. Hardy Trust": a second word that is an organisation's, a place's or a function word is not a surname.
    const second = m[3].startsWith(' ') && m[3][1] !== m[3][1].toLowerCase() ? m[3].slice(1) : '';
    const end = start + m[0].length - (second && !givenWord(second) ? m[3].length : 0);
    line.push({ type: 'person', start, end });
  }
  flush();
  return found;
});

/** A run of two to four dotted initials written together, then given names, ending where a person's span starts: the run in group 1. */
const INITIALS_RUN = /(?:^|[^\p{L}\p{M}\p{N}.'’-])((?:\p{Lu}\.){2,4})((?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){0,2})[ \t]+$/u;
/** Dotted initials of countries and unions, which stand before a name as its country, not as part of it ("U.S. Ann Lee"). */
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'U.A.E.', 'D.C.', 'N.Z.', 'S.A.']);
/** How far before a person's span the run is sought. */
const RUN_REACH = 48;


/** Person spans (sorted, apart) widened back over dotted initials and given names before them ("K.M.P. Chandana" + "Herath"). */
function withInitialsRuns(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'person' || s.start < 5 || text[s.start - 1] !== ' ') continue;
    const from = Math.max(0, s.start - RUN_REACH, k > 0 ? spans[k - 1].end : 0);
    // A full stop near before the name, cheap to look for, before the pattern is tried: sought back to
    // `from` only, as a search of the whole text before each name grows with the square of its length.
    let dot = s.start - 1;
    while (dot >= from && text.charCodeAt(dot) !== 46) dot--;
    if (dot < from) continue;
    const m = INITIALS_RUN.exec(text.slice(from, s.start));
    // "H.E. " (His Excellency) is a style before the name, no initials of it.
    if (!m || PLACE_INITIALS.has(m[1]) || PLACES.has(m[1]) || PLACES.has(m[1].replaceAll('.', '')) || isStyleWord(m[1].slice(0, -1))) continue;
    if (m[2] && !m[2].trim().split(/[ \t]+/u).every(givenWord)) continue;
    out ??= [...spans];
    out[k] = { ...s, start: from + m.index + m[0].indexOf(m[1]) };
  }
  return out ?? (spans as NamedSpan[]);
}

/** Spans (sorted, apart) with the initial-and-surname names of results lists put in whole, and runs of dotted initials before a name; see the file's comment. */
export function withInitialNames(text: string, original: readonly NamedSpan[]): NamedSpan[] {
  const spans = withInitialsRuns(text, original);
  const names = namesIn(text);
  if (!names.length) return spans as NamedSpan[];
  // "Z. Kowalczyk bt J. Okafor-Lindsey" read as one person is two names and the word between.
  const joined = (s: NamedSpan) => s.type === 'person' && names.filter((n) => s.start <= n.start && n.end <= s.end).length > 1;
  return withWholeNames(spans.filter((s) => !joined(s)), names);
}
