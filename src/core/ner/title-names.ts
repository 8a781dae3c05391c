import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { isStyleWord } from './honorifics';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * People named after a title or a style the model reads no name after, as Indian, Nigerian and
 * Commonwealth news write them: initials without full stops ("Justice R M Sawarkar"), a style of two
 * words ("Rt. Hon. Yakubu Gassol-Mbaya"), a barrister's "Barr." The title is left out of the name,
 * and a style the model took for a person of its own ("Barr" of "Barr. Chinedu Obiora-Lawal") is dropped.
 */

/** Titles and styles after which a name is sought; the styles of `honorifics` count too. */
const TITLE_AT = /\b(Justice|Judge|Hon|Barr|Engr|Alhaji|Alhaja|Shri|Smt|Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Senator|Advocate|H\.E|H\/W|Oknha|Samdech|Lok Chumteav|Dasho|Lyonpo)\.?[ \t]+(?=\p{Lu})/gu;
/** {@link TITLE_AT}'s matches, tried only where its words start (see `word-led.ts`). */
const titlesIn = wordLedMatches(TITLE_AT);
/**
 * Styles only a person bears, never a word of a place's or a body's name: a name after one is a
 * person's even where the model read its surname as a place or a body ("H/W Florence Okello-Mbabazi").
 */
const PERSON_ONLY = new Set(['H.E', 'H/W', 'Oknha', 'Samdech', 'Lok Chumteav', 'Dasho', 'Lyonpo']);
/** A name after a title: up to three initials ("R M", "R. M."), then one to three capitalised words. */
const NAME_AFTER = /(?:\p{Lu}\.?[ \t]+){0,3}\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}[\p{Ll}\p{M}]+)*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}[\p{Ll}\p{M}]+)*){0,2}(?![\p{L}\p{N}])/uy;
/** One of the name's words. */
const WORD = /[\p{L}\p{M}'’-]+/gu;

/**
 * The names after the text's titles that may be people's (see {@link withTitledNames}), each with its
 * title: read from the text alone, so once for both readings of an article.
 */
const titledNamesIn = lastTextMemo((text): Array<{ title: string; at: number; end: number }> => {
  const found: Array<{ title: string; at: number; end: number }> = [];
  for (const t of titlesIn(text)) {
    const title = t[1];
    const at = t.index + t[0].length;
    NAME_AFTER.lastIndex = at;
    const m = NAME_AFTER.exec(text);
    if (!m) continue;
    // Only initials make a name of one word after a courtesy title or a judge's ("Justice R M Sawarkar").
    if (!/^\p{Lu}\.?[ \t]/u.test(m[0]) && !/[ \t]/u.test(m[0]) && !isStyleWord(title)) continue;
    if (personWords(m[0])) found.push({ title, at, end: at + m[0].length });
  }
  return found;
});

/** Whether the words of `name` may be a person's: no function word, title, organisation's word or well-known place. */
function personWords(name: string): boolean {
  for (const [word] of name.matchAll(WORD)) if (word.length > 1 && (STOP.has(word) || isTitleWord(word) || ORG_WORDS.test(word) || PLACES.has(word) || isStyleWord(word))) return false;
  return true;
}

/** Whether the span is a style alone right before a person's name: "Barr" + ". Chinedu Obiora-Lawal". */
function styleBeforePerson(text: string, s: NamedSpan, next: NamedSpan | undefined): boolean {
  if (s.type !== 'person' || !next || next.type !== 'person' || !isStyleWord(text.slice(s.start, s.end))) return false;
  const gap = text.slice(s.end, next.start);
  return gap === ' ' || gap === '. ';
}

/**
 * Spans (sorted, apart) with the people found after titles and styles added, a person's span inside
 * such a name widened to it, and a style taken for a person dropped; see the file's comment.
 */
export function withTitledNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out = spans.filter((s, k) => !styleBeforePerson(text, s, spans[k + 1]));
  const added: NamedSpan[] = [];
  for (const { title, at, end } of titledNamesIn(text)) {
    const inside = out.filter((s) => s.start < end && at < s.end);
    if (inside.some((s) => (s.type !== 'person' && !PERSON_ONLY.has(title)) || s.start < at || s.end > end)) continue;
    if (inside.length === 1 && inside[0].start === at && inside[0].end === end) continue;
    out = out.filter((s) => !inside.includes(s));
    added.push({ type: 'person', start: at, end });
  }
  return withAdded(out, added);
}
