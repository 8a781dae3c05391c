import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { isPostNominal } from './not-names';
import { PARTY_ADJECTIVES } from './org-parties';
import { isTitleWord, MEMBER_LETTERS, STOP } from './rule-tagger';
import { wordBefore } from './word-before';

/**
 * A member's letters around a person's name ("Daphne Callister MHK", "Galway TD Ann Lee", "Onchan
 * MHK Rob Callister-Cain", see `MEMBER_LETTERS`) and a lawyer's or an honour's after it ("Ann Lee
 * QC", "Tim Ross MBE") are no part of the name; the capitalised word before a member's letters is
 * the seat the member holds, a place, unless the lists know it as a body ("Labour MP").
 */

/** A member's letters between two capitalised words of a person's span: " MHK " of "Ramsey MHK Alex Faragher". */
const MEMBER_INSIDE = new RegExp(String.raw`(?<=\p{L})[ \t]+(?:${[...MEMBER_LETTERS].join('|')})[ \t]+(?=\p{Lu})`, 'u');

/** {@link MEMBER_INSIDE}'s match in a person's name, or null; most names hold no " M" or " TD" and skip the pattern. */
export function memberLettersInside(name: string): RegExpExecArray | null {
  return name.includes(' M') || name.includes(' TD') ? MEMBER_INSIDE.exec(name) : null;
}

/** Words before a member's letters that say what kind of member, not where from ("Backbench MP", "Rebel TD"). */
const MEMBER_KINDS = new Set(['Backbench', 'Backbencher', 'Frontbench', 'Rebel', 'Veteran', 'Senior', 'Local', 'Government', 'Tory', 'Labour', 'Unionist']);

/** Whether `seat`, the words before a member's letters, may name a seat: no title, function word or party's adjective ("Former MP", "The MP", "Conservative MP"). */
export function maySeat(seat: string): boolean {
  return !seat.split(' ').some((w) => isTitleWord(w) || STOP.has(w) || PARTY_ADJECTIVES.has(w) || MEMBER_KINDS.has(w));
}

/** The end of a person's name before letters written after it ("Ann Lee QC", "Daphne Callister MHK"), or `s.end`. */
export function endBeforePostNominals(text: string, s: NamedSpan): number {
  let end = s.end;
  // The letters end in a capital ("QC", "MHK") or "PhD": one character rules out most names.
  for (let c = text.charCodeAt(end - 1); c >= 65 && c <= 90; c = text.charCodeAt(end - 1)) {
    const space = text.lastIndexOf(' ', end - 1);
    if (space <= s.start || !isPostNominal(text.slice(space + 1, end))) break;
    end = space;
    while (end > s.start && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  }
  return end;
}

/**
 * Spans (sorted, apart) with the seat written before a member's letters and a person's name added as
 * a place where no span holds it ("Onchan" of "Onchan MHK Rob Callister-Cain said"); `isListed` tells
 * a name the lists know as a place or a body, which is left to them.
 */
export function withMemberSeats(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const added: NamedSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const letters = wordBefore(text, s.start, true);
    if (!letters || !MEMBER_LETTERS.has(letters.word)) continue;
    const seat = wordBefore(text, letters.start, true);
    if (!seat || !maySeat(seat.word) || seat.word.includes('.') || isListed(seat.word) || overlapsAny(spans, seat.start, seat.start + seat.word.length)) continue;
    added.push({ type: 'place', start: seat.start, end: seat.start + seat.word.length });
  }
  return added.length ? withAdded(spans as NamedSpan[], added) : (spans as NamedSpan[]);
}
