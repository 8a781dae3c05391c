import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { DEMONYMS, isTitleWord } from './rule-tagger';
import { wordBefore } from './word-before';

/**
 * Organisations the model found only a part of, read whole by the capitalised words around that part
 * where the text gives the name as a name:
 * - after "of" or "of the", a member's group or party: "Jane Ho of People Power", "Tom Lau of the Neo
 *   Democrats", "Ann Yip of New People's Party" (a possessive inside the name before a party's or an
 *   army's word: "the Korean People's Army");
 * - after a capital "The" inside a sentence, a title with "and" inside: "Sam Roe of The Globe and Mail";
 * - after "the", the capitalised words the model left out before a name of several words: "the Free
 *   Funeral Services Society", "The Little Salmon Carmacks First Nation" (an article names one body).
 * The words added must carry no other name, and the name must end where the capitalised words end.
 */

/** Words a name of a group may close with after a possessive inside it ("People's Party", "People's Army"). */
const HEAD_AFTER_POSSESSIVE = /^['’]s[ \t]+(?:Party|Army|Front|Movement|Alliance|Union|Congress|League|Liberation|Power|Action|Voice|Forum|Council|Assembly|Republic)(?![\p{L}\p{N}-])/u;
/**
 * A capitalised word of a name (not all capitals, which are names of their own: "NPP DAB"), each part
 * after a hyphen capitalised too: "Moscow-dominated", "Vancouver-based" describe the name.
 */
const TITLE_WORD = /^\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*$/u;
/** The next capitalised word right after a name, one space or tab away ({@link TITLE_WORD}, then no letter or hyphen). */
const NEXT_WORD = /^[ \t]+(\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*)(?![\p{L}\p{M}-])/u;
/** " and " and one capitalised word: the second half of a title ("Globe and Mail"). */
const AND_WORD = /^[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}-]*/u;
/** Words that open phrases, not names, read back from a name. */
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'And', 'But', 'Or', 'Of', 'For', 'In', 'On', 'At', 'By', 'To', 'From', 'With', 'As']);
/** A name of two words or more. */
const MULTI_WORD = /\S[ \t]+\S/u;
/** How many words may be added before the model's part. */
const MAX_ADDED = 2;

/** Whether a capitalised word or a digit goes on right after `end` (the name goes on: not one to guess at). */
function goesOn(text: string, end: number): boolean {
  const after = /^[ \t]+[\p{Lu}\p{N}]/u.exec(text.slice(end, end + 3));
  return !!after;
}

/** Whether a title or a nationality word is among the words from `start` to `end` ("the Russian Defence Ministry"): they describe, not name. */
function describedBefore(text: string, start: number, end: number): boolean {
  return text.slice(start, end).split(/[ \t]+/u).some((w) => w && (isTitleWord(w) || DEMONYMS.has(w)));
}

/** Whether a capital "The" at `at` stands inside a sentence (a title's "The", not the sentence's first word). */
function titleThe(text: string, at: number): boolean {
  if (text.slice(at, at + 4) !== 'The ') return false;
  const before = wordBefore(text, at);
  return !!before && /\p{Ll}$/u.test(before.word);
}

/** "the Free" + "Funeral Services Society": the capitalised words between "the" and a name of several words, or null. */
function theRunBefore(text: string, s: NamedSpan, start: number, before: string | undefined): NamedSpan | null {
  if (start === s.start || (before !== 'the' && before !== 'The') || !MULTI_WORD.test(text.slice(s.start, s.end))) return null;
  return describedBefore(text, start, s.start) || goesOn(text, s.end) ? null : { type: 'organization', start, end: s.end };
}

/** The whole name around the organisation `s` (a span of `spans`, at `k`), or null when it stands as it is. */
function runAround(text: string, spans: readonly NamedSpan[], k: number, isListedPlace: (name: string) => boolean, standsAlone: (name: string) => boolean): NamedSpan | null {
  const s = spans[k];
  let start = s.start;
  for (let n = 0; n < MAX_ADDED; n++) {
    const word = wordBefore(text, start, true);
    if (!word || !TITLE_WORD.test(word.word) || OPENERS.has(word.word) || isListedPlace(word.word)) break;
    const prev = spans[k - 1];
    if (prev && prev.end > word.start) break;
    start = word.start;
  }
  const before = wordBefore(text, start);
  const afterThe = before?.word === 'the' ? wordBefore(text, before.start) : before;
  const title = before?.word === 'The' && titleThe(text, before.start);
  if (!title && afterThe?.word !== 'of') return theRunBefore(text, s, start, before?.word);
  let end = s.end;
  const possessive = HEAD_AFTER_POSSESSIVE.exec(text.slice(end, end + 16));
  if (possessive && !title) end += possessive[0].length;
  else if (title) {
    const and = AND_WORD.exec(text.slice(end, end + 40));
    if (!and) return null;
    end += and[0].length;
  } else {
    // One word at most: a second is as likely a person's name the model missed. A name that stands
    // alone elsewhere in the text is a name of its own, and the word after it names a thing of its
    // ("the Gas segment of Acme Online").
    const word = NEXT_WORD.exec(text.slice(end, end + 40));
    if (word && !OPENERS.has(word[1]) && !isListedPlace(word[1]) && !standsAlone(text.slice(s.start, s.end))) end += word[0].length;
  }
  if ((start === s.start && end === s.end) || goesOn(text, end)) return null;
  // The words added carry no other name, but a part of the same organisation ("People" + "'s Party").
  for (let j = k + 1; j < spans.length && spans[j].start < end; j++) if (spans[j].type !== 'organization' || spans[j].end > end) return null;
  return { type: 'organization', start, end };
}

/** Spans (sorted, apart) with the organisations the model cut read whole; see the file's comment. */
export function withOrganisationRuns(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  const names: NamedSpan[] = [];
  let counts: Map<string, number> | null = null;
  const standsAlone = (name: string): boolean => {
    if (!counts) {
      counts = new Map();
      for (const s of spans) if (s.type === 'organization') counts.set(text.slice(s.start, s.end), (counts.get(text.slice(s.start, s.end)) ?? 0) + 1);
    }
    return (counts.get(name) ?? 0) > 1;
  };
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'organization') continue;
    const run = runAround(text, spans, k, isListedPlace, standsAlone);
    if (run) names.push(run);
  }
  return names.length ? withWholeNames(spans, names) : [...spans];
}
