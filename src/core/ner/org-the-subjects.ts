import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { isGeneric } from './org-staff-cues';
import { SPEECH_VERBS } from './person-verbs';
import { isLowerAsciiLetter } from './word-after';
import { wordStartsWith } from './word-led';

/**
 * A body named by one unfamiliar capitalised word after "the": the subject of what bodies do ("the
 * Bundesbank said", "The Politburo decided", "the Storting voted"), the owner of a body's people or
 * acts ("the Bundesbank's president") or a source cited ("according to the Bundesbank,"). "the"
 * rules out a person's name ("Schmidt said"), and a place is seldom the subject of such a verb with
 * "the" before it; the model, not knowing the word, often finds nothing there. Generic words ("the
 * Ministry said", "the Queen said"), plurals, which name peoples more often than bodies ("the
 * Pashtuns said"), writings ("the Bible says") and names the lists hold are left alone, and so is a
 * name after a word of place ("traders at the Ceja said"): the subject is someone there, the name
 * most often a place.
 */

/** What a body does in the news, besides speaking: the verbs a one-word body is the subject of. */
const BODY_VERBS = ['decided', 'voted', 'approved', 'ruled', 'reported', 'confirmed', 'rejected', 'agreed', 'declined', 'urged', 'ordered', 'issued', 'released', 'published', 'launched', 'raised', 'lowered', 'cut', 'estimated', 'expects', 'expected', 'forecast', 'predicted', 'accused', 'condemned', 'demanded', 'refused', 'responded', 'plans', 'planned', 'intervened', 'pledged', 'promised', 'criticised', 'criticized', 'welcomed', 'acknowledged', 'elected', 'passed', 'appointed', 'hired', 'signed', 'sued', 'fined', 'banned', 'imposed', 'suspended', 'recommended', 'concluded', 'charged', 'arrested', 'detained', 'funded', 'acquired', 'bought', 'sold'];
/** Words between the name and its verb: "the Bundesbank also said", "the Politburo has decided". */
const BETWEEN = String.raw`(?:(?:also|has|had|have|later|then|recently|previously|earlier|subsequently|unanimously|formally|officially)[ \t]+)?`;
/** A body's people or acts after its possessive: "the Bundesbank's president", "the Politburo's decision". */
const BODY_THINGS = 'president|chief|head|governor|chairman|chairwoman|spokesman|spokeswoman|spokesperson|director|board|members|leadership|decision|ruling|statement|website';
/** "the", one capitalised word, and a body's verb or its possessive and a body's thing; sticky, tried only where "the " or "The " stands before a capital. */
const THE_SUBJECT = new RegExp(String.raw`(?:The|the)[ \t]+(\p{Lu}\p{Ll}[\p{Ll}\p{M}-]*[\p{Ll}\p{M}])(?:[ \t]+${BETWEEN}(?:${[...SPEECH_VERBS, ...BODY_VERBS].join('|')})|['’]s[ \t]+(?:${BODY_THINGS}))(?![\p{L}\p{M}\p{N}'’-])`, 'uy');
/** Names of texts and faiths' writings that "say" things as bodies do: "the Bible says", "the Constitution says". */
const WRITINGS = new Set(['Bible', 'Koran', 'Quran', 'Qur', 'Torah', 'Talmud', 'Gospel', 'Constitution', 'Charter', 'Declaration', 'Act', 'Bill', 'Law', 'Code', 'Report', 'Statement', 'Study', 'Survey', 'Review', 'Book', 'Lord', 'God', 'Almighty', 'Prophet']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Whether the character at `at` may go on a name's word: a lower-case ASCII letter, a hyphen, or any character beyond ASCII (the pattern judges those). */
function isNameLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isLowerAsciiLetter(text, at) || code === 45 || code > 127;
}

/** One capitalised word of a name, lower-case after its capital (no initials, no "McLeod"). */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}-]*[\p{Ll}\p{M}]$/u;
/** "according to " before "the": the name after it is cited as a source, a body's way. */
const ACCORDING_TO = /[Aa]ccording[ \t]+to[ \t]+$/u;
/** Characters that may end a name cited after "according to the": an apostrophe and marks (",", ".", ";", ":", ")"). */
const CITED_END = new Set([39, 44, 46, 59, 58, 41]);
/** A word of place right before "the": the name after it is where the subject is. */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:at|in|on|near|from|across|around|inside|outside|throughout|to|into)[ \t]+$/u;

/**
 * Where the one-word names after "the" that a body's verb, its possessive or "according to" before
 * "the" tell stand in `text` (as spans, not yet judged by the word): each "the " and "The " read from
 * the text's shared index of word starts (see word-led.ts), the pattern tried only where a capital
 * follows and the name's word ends in a space and a lower-case letter or in an apostrophe, a small
 * share of the text's "the"s, the others passed over by a look at a few characters.
 */
function namesAfterThe(text: string): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const the of ['the ', 'The ']) for (const at of wordStartsWith(text, the) ?? []) pushNameAfter(text, at, found);
  return found.sort((a, b) => a.start - b.start);
}

/** Pushes onto `found` the name after the "the" or "The" at `at` when its words tell a body (see {@link namesAfterThe}). */
function pushNameAfter(text: string, at: number, found: NamedSpan[]): void {
  const start = at + 4;
  const next = text.charCodeAt(start);
  if (next < 128 ? next < 65 || next > 90 : !UPPER.test(text[start])) return;
  let end = start + 1;
  while (end < text.length && isNameLetter(text, end)) end++;
  const after = text.charCodeAt(end);
  const cited = at >= 13 && text.charCodeAt(at - 2) === 111 && ACCORDING_TO.test(text.slice(at - 13, at));
  // Without "according to", the pattern needs a lower-case word or a possessive after the name: most capitals after "the" go on with another.
  if (!cited && (after === 32 ? !isLowerAsciiLetter(text, end + 1) : after !== 39 && after !== 0x2019)) return;
  // The index lists "the" after any character that is no ASCII letter or digit: a letter beyond ASCII is part of a longer word.
  if (at > 0 && text.charCodeAt(at - 1) > 127 && LETTER_OR_DIGIT.test(text[at - 1])) return;
  if (cited) {
    // "according to the Bundesbank," / "according to the Bundesbank's figures": the name ends at a mark, a possessive, or a space and a lower-case word.
    if (after === 32 ? !isLowerAsciiLetter(text, end + 1) : end < text.length && after < 128 && !CITED_END.has(after)) return;
    if (NAME_WORD.test(text.slice(start, end))) found.push({ type: 'organization', start, end });
    return;
  }
  THE_SUBJECT.lastIndex = at;
  const m = THE_SUBJECT.exec(text);
  if (m && !PLACE_WORD_BEFORE.test(text.slice(Math.max(0, at - 12), at))) found.push({ type: 'organization', start, end: start + m[1].length });
}

/** The one-word bodies after "the" in `text` that the words around them tell (see the file's comment). */
const bodiesBeforeVerbs = lastTextMemo((text: string): NamedSpan[] =>
  namesAfterThe(text).filter((f) => {
    const name = text.slice(f.start, f.end);
    // A plural names a people or a faith's followers more often than one body ("the Pashtuns", "the Shiites").
    return !isGeneric(name) && !WRITINGS.has(name) && !(name.endsWith('s') && !name.endsWith('ss'));
  }),
);

/**
 * Spans (sorted, apart) with the bodies found by the verb after them (see the file's comment) added
 * where the model found nothing; `isListed` tells a name the lists hold (a place, a people, a person).
 */
export function withTheSubjects(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const found = bodiesBeforeVerbs(text);
  if (!found.length) return spans as NamedSpan[];
  const added = found.filter((f) => !overlapsAny(spans, f.start, f.end) && !isListed(text.slice(f.start, f.end)));
  return withAdded(spans as NamedSpan[], added);
}
