import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { SPEECH_AFTER, VERB_AFTER_LENGTH } from './person-verbs';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * People's names with an apostrophe, which the model cuts at it or misses: a given name ending in
 * one, as Luo and Kikuyu names write it ("Achieng' Otieno", "Ng'ang'a"), and a surname after the
 * elided particle "d'" or "D'" ("Valéry d'Estaing-Roux", "Marco D'Amato") or a surname written with a
 * capital and an apostrophe, as Ivorian and Irish names write it ("Yao Koffi N'Guessan"). A person's span right before
 * the apostrophe or the particle is widened over the surname; a name of that shape the model missed
 * is put in where a verb of speech follows it ("Lucien d'Orval-Mercier told", "said Marco D'Amato").
 * An Irish surname alone ("a replacement for O'Keefe", "praised O'Brien"), which the model, reading
 * the sentence alone, often misses, is a person wherever it stands by itself or after one given name
 * ("host Conan O'Brien"): not inside a longer name ("O'Reilly Media") nor after a word of place ("at O'Hare").
 * Sesotho names of mothers open with an apostrophe before their "M" ("’Mamosa Ramakoae", "'Mathabo
 * Letsie"): a person's span the model started after it is widened back over it.
 */

/** One capitalised word of a name, hyphenated parts too: "Otieno", "Aragon-Vasseur". */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*`;
/** After a person's span: the given name's own apostrophe and a surname ("' Otieno"). */
const APOSTROPHE_SURNAME = new RegExp(String.raw`^['’][ \t]+${WORD}(?![\p{L}'’])`, 'u');
/** After a person's span: the elided particle and a surname (" d'Estaing", " D'Amato"). */
const PARTICLE_SURNAME = new RegExp(String.raw`^[ \t]+[dD]['’]${WORD}(?![\p{L}'’])`, 'u');
/** After a person's span: a surname of a capital, an apostrophe and a word, West African or Irish (" N'Dri", " M'Bala", " O'Hara"). */
const CAPITAL_APOSTROPHE_SURNAME = new RegExp(String.raw`^[ \t]+[NMO]['’]${WORD}(?![\p{L}'’])`, 'u');
/**
 * After the particle's word: one more capitalised word, the surname when the particle's word ends a
 * compound given name ("Jeanne d'Arc Uwamahoro", "Marie d'Assise Mukamana").
 */
const SURNAME_AFTER = new RegExp(String.raw`^ (${WORD})(?![\p{L}\p{N}'’-])`, 'u');
/** A given name, the elided particle and a surname anywhere: "Lucien d'Orval-Mercier". */
const PARTICLE_NAME = new RegExp(String.raw`(${WORD})[ \t]+[dD]['’]${WORD}(?![\p{L}'’])`, 'gu');
/** A verb of speech after the name (the shared list's, or ", who"), or "said" before it: a person is meant, not "Côte d'Ivoire". */
const WHO_AFTER = /^,[ \t]+who\b/u;
const SAID_BEFORE = /\bsaid[ \t]+$/u;

/**
 * The start of a person's span widened back over an apostrophe opening its first word ("’Mamosa"), or
 * `s.start`: only before an "M" and a lower-case letter, after a space or a line's start, and for a
 * straight apostrophe not where one closes the span too (a name quoted: "'Mary Jones'").
 */
function openingApostropheStart(text: string, s: NamedSpan): number {
  const mark = text[s.start - 1];
  if ((mark !== '’' && mark !== "'") || text[s.start] !== 'M' || !/\p{Ll}/u.test(text[s.start + 1] ?? '')) return s.start;
  const before = s.start >= 2 ? text[s.start - 2] : '\n';
  if (before !== ' ' && before !== '\n' && before !== '\t' && before !== '(') return s.start;
  return mark === "'" && text[s.end] === "'" ? s.start : s.start - 1;
}

/** Whether `word` may start a person's name: no function word or title ("The d'Orsay", "Minister d'Aubigny"). */
const givenNameLike = (word: string): boolean => !STOP.has(word) && !isTitleWord(word);

/** A capitalised word right before, neither a function word nor a title: "Air" of "Air Côte d'Ivoire says", a longer name. */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+$/u;
function inLongerName(text: string, start: number): boolean {
  const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return !!m && givenNameLike(m[1]);
}

/** An Irish surname by itself, from its "O": "O'Keefe", "O’Sullivan-Hale"; not the first word of a longer name. */
const IRISH_SURNAME = new RegExp(String.raw`O['’]${WORD}(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})`, 'uy');
/** A character that may not stand right before the "O": the name would be part of a longer word. */
const WORD_PART_BEFORE = /[\p{L}\p{N}'’.-]/u;
/** Words of place before a name: "at O'Hare", "in O'Fallon". */
const PLACE_WORD_BEFORE = /\b(?:in|at|near|into|outside)[ \t]+$/iu;

/** One given name right before the surname: "Conan " of "host Conan O'Brien". */
const GIVEN_NAME_BEFORE = /(\p{Lu}\p{Ll}+)([ \t]+)$/u;
/** The last word before the given name, when capitalised: "Thomas" of "Thomas Tip ". */
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+$/u;

/**
 * Where a name of one given name and the Irish surname at `at` starts ("Conan O'Brien"), or -1 when
 * the word before is no given name (a place or a body's word: "Boston O'Brien", "Bank O'Neill") or
 * comes after one more name word, a longer name the surname ends, left to the model.
 */
function givenNameStart(text: string, at: number): number {
  const m = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (!m || !givenNameLike(m[1]) || PLACES.has(m[1]) || ORG_WORDS.test(m[1])) return -1;
  const start = at - m[2].length - m[1].length;
  if (start > 0 && WORD_PART_BEFORE.test(text[start - 1])) return -1;
  const earlier = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return earlier && givenNameLike(earlier[1]) ? -1 : start;
}

/** The Irish surnames standing alone (see the file's comment), found from each "O'" of the text. */
function irishSurnames(text: string, found: NamedSpan[]): void {
  for (const mark of ["O'", 'O’']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 2)) {
      if (at > 0 && WORD_PART_BEFORE.test(text[at - 1])) continue;
      IRISH_SURNAME.lastIndex = at;
      const m = IRISH_SURNAME.exec(text);
      if (!m) continue;
      const start = inLongerName(text, at) ? givenNameStart(text, at) : at;
      if (start < 0 || PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      found.push({ type: 'person', start, end: at + m[0].length });
    }
  }
}

/** The names of the shapes above the model missed: with a verb of speech around them, or Irish surnames alone. */
function missedNames(text: string): NamedSpan[] {
  const found: NamedSpan[] = [];
  irishSurnames(text, found);
  for (const m of text.matchAll(PARTICLE_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!givenNameLike(m[1]) || (start > 0 && /[\p{L}'’-]/u.test(text[start - 1])) || inLongerName(text, start)) continue;
    const after = text.slice(end, end + VERB_AFTER_LENGTH);
    if (SPEECH_AFTER.test(after) || WHO_AFTER.test(after) || SAID_BEFORE.test(text.slice(Math.max(0, start - 8), start))) found.push({ type: 'person', start, end });
  }
  return found;
}

/** Spans (sorted, apart) with people's names of the shapes above made whole; see the file's comment. */
export function withApostropheNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes("'") && !text.includes('’')) return spans as NamedSpan[];
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const opened = spans[k];
    const start = opened.type === 'person' ? openingApostropheStart(text, opened) : opened.start;
    const s = start === opened.start ? opened : { ...opened, start };
    const c = text[s.end];
    if (s.type !== 'person' || (c !== "'" && c !== '’' && c !== ' ')) {
      out.push(s);
      continue;
    }
    const after = text.slice(s.end, s.end + 40);
    const apostrophe = APOSTROPHE_SURNAME.exec(after);
    const quoteAt = text[s.end + 2];
    const m = apostrophe ?? PARTICLE_SURNAME.exec(after) ?? (quoteAt === "'" || quoteAt === '’' ? CAPITAL_APOSTROPHE_SURNAME.exec(after) : null);
    const next = spans[k + 1];
    if (!m || (next && next.start < s.end + m[0].length && next.end > s.end + m[0].length)) {
      out.push(s);
      continue;
    }
    let end = s.end + m[0].length;
    const more = apostrophe || !/^[ \t]+[dD]/u.test(m[0]) ? null : SURNAME_AFTER.exec(text.slice(end, end + 40));
    // Not a word a span reaching past it holds ("Jeanne d'Arc" + "Kigali Hospital").
    const beyond = more ? spans.find((n, i) => i > k && n.start < end + more[0].length && n.end > end + more[0].length) : undefined;
    if (more && !beyond && givenNameLike(more[1]) && !PLACES.has(more[1]) && !ORG_WORDS.test(more[1])) end += more[0].length;
    out.push({ ...s, end });
    // The surname the model typed apart ("Otieno" as a person of its own) is now inside the name.
    while (spans[k + 1]?.start < end) k++;
  }
  return /[dD]['’]\p{Lu}|O['’]\p{Lu}/u.test(text) ? withWholeNames(out, missedNames(text)) : out;
}
