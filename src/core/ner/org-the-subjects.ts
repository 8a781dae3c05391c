import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { isGeneric } from './org-staff-cues';
import { SPEECH_VERBS } from './person-verbs';

/**
 * A body named by one unfamiliar capitalised word after "the", the subject of what bodies do: "the
 * Bundesbank said", "The Politburo decided", "the Storting voted", and so is one whose people or
 * acts are named after its possessive ("the Bundesbank's president"). "the" rules out a person's name
 * ("Schmidt said") and a place is seldom the subject of such a verb with "the" before it, where the
 * model, not knowing the word, often finds nothing. Generic words ("the Ministry said", "the Queen
 * said"), plurals, which name peoples more often than bodies ("the Pashtuns said"), and names the lists hold are left alone, and so is
 * a name after a word of place ("traders at the Ceja said", "residents in the Bronx said"): the
 * subject is someone there, the name most often a place.
 */

/** What a body does in the news, besides speaking: the verbs a one-word body is the subject of. */
const BODY_VERBS = ['decided', 'voted', 'approved', 'ruled', 'reported', 'confirmed', 'rejected', 'agreed', 'declined', 'urged', 'ordered', 'issued', 'released', 'published', 'launched', 'raised', 'lowered', 'cut', 'estimated', 'expects', 'expected', 'forecast', 'predicted', 'accused', 'condemned', 'demanded', 'refused', 'responded', 'plans', 'planned', 'intervened', 'pledged', 'promised', 'criticised', 'criticized', 'welcomed', 'acknowledged', 'elected', 'passed'];
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

/** Whether `code` is an ASCII lower-case letter. */
function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Whether `code` may go on a name's word: a lower-case ASCII letter, a hyphen, or any character beyond ASCII (the pattern judges those). */
function isNameLetter(code: number): boolean {
  return isLowerAscii(code) || code === 45 || code > 127;
}

/**
 * The matches of {@link THE_SUBJECT} in `text`: "he " found with `indexOf`, and the pattern tried only
 * where a whole "the" or "The" stands before it, a capital after it, and the name's word ends in a
 * space and a lower-case letter or in an apostrophe: a small share of the text's "the"s, the others
 * passed over by a look at a few characters.
 */
function theSubjects(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = text.indexOf('he ', 1); at >= 0; at = text.indexOf('he ', at + 3)) {
    const t = text.charCodeAt(at - 1);
    if (t !== 116 && t !== 84) continue;
    const next = text.charCodeAt(at + 3);
    if (next < 128 ? next < 65 || next > 90 : !UPPER.test(text[at + 3])) continue;
    // The pattern needs a lower-case word or a possessive after the name: most capitals after "the" go on with another.
    let end = at + 4;
    while (end < text.length && isNameLetter(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    if (after === 32 ? !isLowerAscii(text.charCodeAt(end + 1)) : after !== 39 && after !== 0x2019) continue;
    const before = at > 1 ? text.charCodeAt(at - 2) : 32;
    if (before < 128 ? (before >= 48 && before <= 57) || ((before | 32) >= 97 && (before | 32) <= 122) : LETTER_OR_DIGIT.test(text[at - 2])) continue;
    THE_SUBJECT.lastIndex = at - 1;
    const m = THE_SUBJECT.exec(text);
    if (m) found.push(m);
  }
  return found;
}
/** A word of place right before "the": the name after it is where the subject is. */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:at|in|on|near|from|across|around|inside|outside|throughout|to|into)[ \t]+$/u;

/** The one-word bodies after "the" before a body's verb in `text` (see the file's comment). */
const bodiesBeforeVerbs = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of theSubjects(text)) {
    const name = m[1];
    if (isGeneric(name) || WRITINGS.has(name)) continue;
    // A plural names a people or a faith's followers more often than one body ("the Pashtuns", "the Shiites").
    if (name.endsWith('s') && !name.endsWith('ss')) continue;
    if (PLACE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = m.index + m[0].indexOf(name, 3);
    found.push({ type: 'organization', start, end: start + name.length });
  }
  return found;
});

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
