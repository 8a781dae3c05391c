import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { previousWord } from './word-before';

/**
 * The parties of a court case written "A v. B" ("Roe v. Wade", "Acme Corp. v. Holloway"): a party
 * named by one capitalised word, with no capitalised word joined to it, is a person's surname. The
 * model reads "in Holloway v. Acme" as a place after "in", and misses a surname after "v." alone.
 * A party typed as an organisation stays one, and two places on both sides are teams ("England v.
 * India"), not parties; a surname that is also a town's ("Delgado v. Acme Inc.") is still the person's.
 */

/** The mark between the parties: " v. " (US and UK law reports). "vs." is left out: it mostly parts teams. */
const VERSUS = ' v. ';
/** One capitalised word: "Delgado", "O'Brien", "Cissé-Kowalski". */
const PARTY = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const CAPITAL = /^\p{Lu}/u;
/** The capitalised word right after `at`, and where it ends. */
const WORD_AFTER = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*/u;

/** The one-word party before " v. " at `at`, or null when it is part of a longer name. */
function leftParty(text: string, at: number): NamedSpan | null {
  const w = previousWord(text, at + 1);
  if (!w || !PARTY.test(w.word)) return null;
  const before = previousWord(text, w.start);
  if (before && CAPITAL.test(before.word)) return null;
  return { type: 'person', start: w.start, end: w.start + w.word.length };
}

/** The one-word party after " v. " at `at`, or null when a capitalised word follows it. */
function rightParty(text: string, at: number): NamedSpan | null {
  const start = at + VERSUS.length;
  const m = WORD_AFTER.exec(text.slice(start, start + 40));
  if (!m) return null;
  const end = start + m[0].length;
  if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3)) || /^[\p{L}\p{N}]/u.test(text[end] ?? '')) return null;
  return { type: 'person', start, end };
}

/**
 * Spans (sorted, apart) with the one-word parties of case names as people; see the file's comment.
 * `isListedPlace` tells a name the name lists know as a place.
 */
export function withCaseParties(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  if (!text.includes(VERSUS)) return spans as NamedSpan[];
  const parties: NamedSpan[] = [];
  const isPlace = (p: NamedSpan | null): boolean => !!p && (isListedPlace(text.slice(p.start, p.end)) || spans.some((s) => s.type === 'place' && s.start === p.start && s.end === p.end));
  for (let at = text.indexOf(VERSUS); at >= 0; at = text.indexOf(VERSUS, at + VERSUS.length)) {
    const left = leftParty(text, at);
    const right = rightParty(text, at);
    // "England v. India": two places are two teams, not parties to a case.
    if (isPlace(left) && isPlace(right)) continue;
    for (const party of [left, right]) {
      if (!party || spans.some((s) => s.type === 'organization' && s.start < party.end && party.start < s.end)) continue;
      parties.push(party);
    }
  }
  if (!parties.length) return spans as NamedSpan[];
  // A party the model typed otherwise, over the same word, becomes the person.
  const retyped = mapChangedSpans(spans, (s) => (parties.some((p) => p.start === s.start && p.end === s.end) ? { ...s, type: 'person' as const } : s));
  return withWholeNames(retyped, parties);
}
