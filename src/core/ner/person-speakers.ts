import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { mapSpans } from './span-arrays';
import { firstEndingAfterSorted, overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { isNameChar, isNameCharAt } from './name-chars';
import { wordAt } from './word-after';
import { wordEndingAt } from './word-before';
import { SPEECH_AFTER, SPEECH_IN_TEXT as SPEECH, VERB_AFTER_LENGTH } from './person-verbs';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { UNITS } from './place-feature-endings';

/**
 * Speakers: a name right before a reporting verb is a person's ("The party's Annegret Fließ called
 * her result ...", "... Griffin said."). Two or three capitalised words the model left unnamed there
 * are the person, when no function, title or organisation word is among them and a lower-case word
 * or a line's start is before them (a longer run of capitals is a heading). A name the model made a
 * place, which no name list holds, is the person too in every mention when one of them speaks:
 * places said nothing ("Vernon said" is a man; "Moscow said", a listed place, is its government),
 * unless it ends a list of places ("farmers in Ngororero and Karongi said").
 * One name alone is the speaker right after a quote's close ('"...," Whitlow said.'), where bodies
 * the name lists do not know seldom stand, and a double surname opening a sentence when "he" or "she"
 * opens what it says ("Okafor-Lind said she would wait": a body says "it"). A speaker may be named with an employer between name and verb ("Maren Støle of Nordic Analytics
 * said", "... of the Congress Party asked"): two name words right before " of " and an organisation
 * that speaks are the person. After
 * a quote the verb comes first ('"...," said shop owner Mere Tabua.'): two or three name words
 * closing the sentence or clause after "said" and perhaps the speaker's job in lower case are the
 * person, found there or typed otherwise after a job.
 */

/** One capitalised word of a name: "Annegret", "Fließ", "Marchetti-Brandt", "O'Neill", "McKay". */
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)*$/u;
/** Words of place before a name: "in", "from", "at", "near". */
/** Lower-case particles inside a longer name: "Águas do Algarve", "Costa del Sol", "Bergen op Zoom". */
const NAME_PARTICLES = new Set(['do', 'da', 'dos', 'das', 'de', 'du', 'des', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'op', 'aan']);
const PLACE_WORDS = new Set(['in', 'at', 'on', 'from', 'to', 'near', 'into', 'outside', 'around', 'across', 'throughout', 'via', 'towards', 'toward', 'eastern', 'western', 'northern', 'southern', 'central']);

/** Whether `word` may be a word of a person's name: capitalised, no function, title, organisation or unit word. */
const personWord = (word: string): boolean => NAME_WORD.test(word) && !STOP.has(word) && !isTitleWord(word) && !ORG_WORDS.test(word) && !PLACES.has(word) && !UNITS.has(word);

/** "said" or "says" before its speaker, tried only where its words start (see `word-led.ts`). */
const saidIn = wordLedMatches(/\b(?:said|says)[ \t]/gu);
/** Words that may not stand right before a speaker's name after "said": "said in Nakuru Town." names a place. */
const NOT_BEFORE_SPEAKER = new Set([...PLACE_WORDS, 'of', 'for', 'by', 'the', 'a', 'an', 'and', 'with', 'that', 'about', 'after', 'before', 'during', 'since', 'last', 'next', 'this']);

/**
 * The speakers named after "said" at the end of a sentence or clause (see the file's comment), each
 * with whether a lower-case word (the speaker's job) stands between.
 */
const speakersAfterSaid = lastTextMemo((text): Array<{ start: number; end: number; job: boolean }> => {
  const found: Array<{ start: number; end: number; job: boolean }> = [];
  for (const m of saidIn(text)) {
    let at = m.index + m[0].length;
    let lower = 0;
    let last = '';
    for (let w = wordAt(text, at, isNameCharAt); w && lower < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(w.word) && text[w.end] === ' '; w = wordAt(text, at, isNameCharAt)) {
      last = w.word;
      at = w.end + 1;
      lower++;
    }
    if (lower && NOT_BEFORE_SPEAKER.has(last)) continue;
    const start = at;
    let words = 0;
    for (let w = wordAt(text, at, isNameCharAt); w && words < 4 && personWord(w.word); w = wordAt(text, at, isNameCharAt)) {
      words++;
      at = w.end;
      if (text[at] !== ' ') break;
      at++;
    }
    const end = text[at - 1] === ' ' ? at - 1 : at;
    if (words >= 2 && words <= 3 && (text[end] === '.' || text[end] === ',')) found.push({ start, end, job: lower > 0 });
  }
  return found;
});

/** The marks closing a quote, and those ending its clause inside it ('"... to us," Whitlow said'). */
const QUOTE_CLOSES = new Set(['"', '”', '’', "'"]);
const CLAUSE_ENDS = new Set([',', '.', '!', '?']);

/** A person's pronoun opening the reported clause, right after the verb: " she would", " that he". */
const PRONOUN_AFTER_VERB = /^[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]/u;

/**
 * A double surname ("Okafor-Lind"): a single word opening a sentence may be a common noun ("Staff
 * said he", "Witnesses said she"), which no list tells from a surname; two capitalised halves are a name's.
 */
const DOUBLE_SURNAME = /^[^-]+-\p{Lu}/u;

/** Whether `at` opens a sentence: the text's or a line's start, or a full stop, a question or an exclamation mark and a space before it. */
function opensSentenceAt(text: string, at: number): boolean {
  return at === 0 || text[at - 1] === '\n' || (text[at - 1] === ' ' && (text[at - 2] === '.' || text[at - 2] === '!' || text[at - 2] === '?'));
}

/** The reporting verbs in a text, tried only where its words start (see `word-led.ts`). */
const speechVerbsIn = wordLedMatches(SPEECH);

/**
 * The names of one to three words before each reporting verb of `text`, with whether a lower-case
 * word, a possessive or a line's start stands before them (then a name of two or three words may be
 * added where the model found nothing). Read once per article.
 */
const speakersIn = lastTextMemo((text): Array<{ start: number; end: number; words: number; opened: boolean; quoted: boolean }> => {
  const found: Array<{ start: number; end: number; words: number; opened: boolean; quoted: boolean }> = [];
  for (const m of speechVerbsIn(text)) {
    // Most reporting verbs follow a pronoun, a quote or a lower-case word: a capital letter before tells a name.
    // "... in eastern Ulaanbaatar, said": a comma before the verb closes an apposition, whose subject stands before it.
    const end = m.index;
    const c = text.charCodeAt(end - 1);
    if (!(c >= 97 && c <= 122) && !(c > 127 && isNameChar(c, text[end - 1]))) continue;
    let start = end;
    let words = 0;
    for (let w = wordEndingAt(text, end, isNameCharAt); words < 4 && w.word && personWord(w.word); w = wordEndingAt(text, start - 1, isNameCharAt)) {
      start = w.start;
      words++;
      if (text[start - 1] !== ' ') break;
    }
    if (!words || words > 3) continue;
    const before = start === 0 ? '\n' : text[start - 1];
    const prev = wordEndingAt(text, start - 1, isNameCharAt);
    // "in Harlan Springs said" is no speaker's shape: a word of place before tells a place. Nor is
    // "the chair of Gajuri Rural Municipality said": the one "of" it says it is speaks; nor "a
    // spokeswoman for Delmont Foods said" or "the High Commissioner for Human Rights called".
    if (PLACE_WORDS.has(prev.word) || prev.word === 'of' || prev.word === 'for') continue;
    // "Águas do Algarve said": after a particle that follows a capital, the speaker is the whole name.
    if (NAME_PARTICLES.has(prev.word) && /\p{Lu}/u.test(wordEndingAt(text, prev.start - 1, isNameCharAt).word.charAt(0))) continue;
    const opened = before === '\n' || (before === ' ' && (/^\p{Ll}/u.test(prev.word) || /['’]s$/u.test(prev.word)));
    // '"...," Whitlow said': the speaker slot right after a quote's close, where a surname alone stands.
    // Or a double surname opening a sentence, a person's pronoun after the verb: "Okafor-Lind said she would wait."
    const quoted = (before === ' ' && QUOTE_CLOSES.has(text[start - 2]) && CLAUSE_ENDS.has(text[start - 3])) || (words === 1 && opensSentenceAt(text, start) && DOUBLE_SURNAME.test(text.slice(start, end)) && PRONOUN_AFTER_VERB.test(text.slice(end + m[0].length, end + m[0].length + 12)));
    found.push({ start, end, words, opened, quoted });
  }
  return found;
});

/**
 * The speaker before an organisation's span at `s` that speaks ("Maren Støle of Nordic Analytics
 * said"): two name words before " of ", after a line's or a sentence's start or a lower-case word;
 * null otherwise.
 */
function speakerOf(text: string, s: NamedSpan): NamedSpan | null {
  if (s.type !== 'organization') return null;
  // "Ana Ruiz of Halden Analytics said", "Ana Ruiz of the Halden Party said".
  const gap = text.startsWith(' of ', s.start - 4) ? 4 : text.startsWith(' of the ', s.start - 8) ? 8 : 0;
  if (!gap || !SPEECH_AFTER.test(text.slice(s.end, s.end + VERB_AFTER_LENGTH))) return null;
  const surname = wordEndingAt(text, s.start - gap, isNameCharAt);
  if (!personWord(surname.word) || text[surname.start - 1] !== ' ') return null;
  const given = wordEndingAt(text, surname.start - 1, isNameCharAt);
  if (!personWord(given.word)) return null;
  const before = text.slice(Math.max(0, given.start - 2), given.start);
  const prev = wordEndingAt(text, given.start - 1, isNameCharAt);
  // A title or a member's letters (both title words) before the name open it too: "Opposition MP Ana Ruiz of the ... Party asked".
  const opened = given.start === 0 || before.endsWith('\n') || /[.!?]["”]? $/u.test(before) || (before.endsWith(' ') && ((/^\p{Ll}/u.test(prev.word) && !PLACE_WORDS.has(prev.word)) || isTitleWord(prev.word)));
  return opened ? { type: 'person', start: given.start, end: surname.start + surname.word.length } : null;
}

/** What joins the places of a list: " and ", ", ", " or ". */
const LIST_GAP = /^(?:,[ \t]+|[ \t]+(?:and|or|&)[ \t]+|,[ \t]+and[ \t]+)$/u;

/**
 * Whether the place `at` ends a list whose item before it is a place too: "cooperatives in Ngororero
 * and Karongi said" are its people speaking, not a person.
 */
function afterPlace(text: string, spans: readonly NamedSpan[], at: NamedSpan): boolean {
  const k = spans.indexOf(at);
  const prev = k > 0 ? spans[k - 1] : undefined;
  return !!prev && prev.type === 'place' && at.start - prev.end <= 7 && LIST_GAP.test(text.slice(prev.end, at.start));
}

/** The first of `spans` (sorted, apart) overlapping `[start, end)`, found by halves; undefined when none does. */
function firstOverlapping(spans: readonly NamedSpan[], start: number, end: number): NamedSpan | undefined {
  const s = spans[firstEndingAfterSorted(spans, start)];
  return s && s.start < end ? s : undefined;
}

/**
 * Spans (sorted, apart) with speakers the model missed added as people, and unlisted places that
 * speak made people in every mention; see the file's comment. `isListed` tells a name the name lists
 * know as a place or an organisation.
 */
export function withSpeakers(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const added: NamedSpan[] = [];
  for (const s of spans) {
    const speaker = speakerOf(text, s);
    if (speaker && !overlapsAny(spans, speaker.start, speaker.end) && !isListed(text.slice(speaker.start, speaker.end))) added.push(speaker);
  }
  const jobbed: NamedSpan[] = [];
  for (const sp of speakersAfterSaid(text)) {
    const name = text.slice(sp.start, sp.end);
    if (isListed(name)) continue;
    const at = firstOverlapping(spans, sp.start, sp.end);
    if (!at && !overlapsAny(added, sp.start, sp.end)) added.push({ type: 'person', start: sp.start, end: sp.end });
    else if (at && sp.job && at.type !== 'person' && at.start === sp.start && at.end === sp.end) jobbed.push(at);
  }
  const retyped = jobbed.length ? mapSpans(spans, (s) => (jobbed.includes(s) ? { ...s, type: 'person' as const } : s)) : (spans as NamedSpan[]);
  return withSaidBefore(text, retyped, added, isListed);
}

/** {@link withSpeakers} for the speakers before their verb, with `added` the speakers found so far. */
function withSaidBefore(text: string, spans: readonly NamedSpan[], added: NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const speakers = speakersIn(text);
  if (!speakers.length) return withAdded(spans as NamedSpan[], added);
  const speaking = new Set<string>();
  for (const sp of speakers) {
    const name = text.slice(sp.start, sp.end);
    const at = firstOverlapping(spans, sp.start, sp.end);
    if (!at) {
      if (((sp.words > 1 && sp.opened) || (sp.words === 1 && sp.quoted)) && !isListed(name) && !overlapsAny(added, sp.start, sp.end)) added.push({ type: 'person', start: sp.start, end: sp.end });
    } else if (at.type === 'place' && at.end === sp.end && at.start >= sp.start && !isListed(text.slice(at.start, at.end)) && !afterPlace(text, spans, at)) speaking.add(text.slice(at.start, at.end));
  }
  const out = speaking.size ? mapSpans(spans, (s) => (s.type === 'place' && speaking.has(text.slice(s.start, s.end)) ? { ...s, type: 'person' as const } : s)) : (spans as NamedSpan[]);
  return withAdded(out, added);
}
