import { matchDateLine } from './date-line';
import type { FullDate } from './full-dates';
import { isCreditLine, NAME_PARTICLE, stripEmphasis } from './line-patterns';
import { plainMarkdown } from './markdown-text';

/**
 * Bylines that carry no "By": a line holding only the writers' names ("Jane Doe", "**Jane Doe**",
 * "Jane Doe and John Roe") beside the date line, and a byline sharing its line with the date
 * ("By [Jane Doe](https://…), Political Editor · Sunday 1 February 2026, 06:00").
 */

/** One word of a name: capitalised, at least two letters ("Ó" is a particle). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}";
/** A person's name: two to four words, with particles between them. */
const NAME = `${NAME_WORD}(?: (?:${NAME_PARTICLE} )*${NAME_WORD}){1,3}`;
/** A line of names only: "Jane Doe", "Jane Doe and John Roe", "Ann Lee, Jane Doe & John Roe". */
const NAMES_ONLY = new RegExp(`^${NAME}(?:(?:, | and | & |, and )${NAME})*$`, 'u');
/** Words of section labels and desks, which look like names in capitals: "Breaking News", "Rugby Union", "Staff Reporter". */
const NOT_A_NAME =
  /\b(?:News|Sports?|Business|Politics|Opinion|Analysis|World|Live|Updates?|Weather|Football|Rugby|Cricket|Tennis|Union|League|Culture|Lifestyle|Travel|Health|Science|Tech|Technology|Markets?|Economy|Money|Entertainment|Video|Latest|Breaking|Home|Nation|Local|Editorial|Comment|Features?|Obituar(?:y|ies)|Reviews?|Desk|Staff|Reporters?|Correspondents?|Editors?|Team|Press|Agency|Service|Wire|Media|Online|Daily|Times|Post|Herald|Tribune|Journal|Guardian|Express|Ireland|England|Scotland|Wales)\b/u;

/** A line's words without its emphasis and link markup. */
function plainLine(line: string): string {
  return plainMarkdown(stripEmphasis(line).text).trim();
}

/** True for a line holding only writers' names, emphasis and links aside ("**Jane Doe**"). */
export function isNamesLine(trimmed: string): boolean {
  const plain = plainLine(trimmed);
  return plain.length <= 120 && NAMES_ONLY.test(plain) && !NOT_A_NAME.test(plain);
}

/** A writer's beat or job after the name and a comma: "Islands reporter", "Chief political correspondent". */
const BEAT = '(?:[\\p{L}-]+ ){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Pp]roducer)';
/**
 * A writer's name with page details before a date: "Jane Doe | TNN", "**Jane Doe** at the National
 * Stadium", "Jane Doe, Islands reporter".
 */
const NAME_WITH_DETAILS = new RegExp(`^(${NAME})(?: [|·•] [^|·•]{1,40})+$|^(${NAME}) (?:at|in) (?:the )?\\p{Lu}[^|·•]{0,60}$|^(${NAME}), ${BEAT}$`, 'u');

/** True for a writer's name followed by an outlet or a place, as a line of page details opens before its date. */
export function isNameWithDetails(text: string): boolean {
  const plain = plainLine(text);
  const m = plain.length <= 120 ? NAME_WITH_DETAILS.exec(plain) : null;
  return !!m && !NOT_A_NAME.test(m[1] ?? m[2] ?? m[3]);
}

/** Separators between a byline and a date on one line: "By Jane Doe · 1 February 2026", "By Jane Doe | 1 Feb 2026". */
const SEPARATOR = /\s+[·•|]\s+/gu;
/** Another separator further on. */
const LAST_SEPARATOR_AFTER = /\s[·•|]\s/u;

/** A byline and a date line sharing a line: the credit's and the date's offsets in the line. */
export interface BylineAndDate {
  credit: { start: number; end: number };
  date: FullDate;
}

/**
 * Splits a line into a byline and a date line at a `·`, `•` or `|` between them, in either order
 * ("By Jane Doe, Political Editor · Sunday 1 February 2026, 06:00", "Jane Doe | TNN | Updated: Mar 17,
 * 2026", "**Jane Doe** · 2026-10-21 11:48"); null unless both are found.
 */
export function splitBylineAndDate(trimmed: string): BylineAndDate | null {
  if (trimmed.length > 600) return null;
  const inner = stripEmphasis(trimmed);
  const text = inner.text;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    const before = text.slice(0, m.index);
    const afterAt = m.index + m[0].length;
    const after = text.slice(afterAt);
    // A bare name takes the date only as the line's last part: "Jane Doe | TNN | Updated: ..." credits "TNN" too.
    const dateAfter = isCreditLine(before) || isNameWithDetails(before) || (isNamesLine(before) && !LAST_SEPARATOR_AFTER.test(after)) ? matchDateLine(after) : null;
    if (dateAfter) {
      // A bold name alone is credited without its emphasis, as a line of names on its own is.
      const name = stripEmphasis(before);
      const credit = name.offset > 0 && isNamesLine(before) ? { start: inner.offset + name.offset, end: inner.offset + name.offset + name.text.length } : { start: inner.offset, end: inner.offset + before.length };
      return { credit, date: { ...dateAfter, start: inner.offset + afterAt + dateAfter.start, end: inner.offset + afterAt + dateAfter.end } };
    }
    const dateBefore = isCreditLine(after) ? matchDateLine(before) : null;
    if (dateBefore) return { credit: { start: inner.offset + afterAt, end: inner.offset + text.length }, date: { ...dateBefore, start: inner.offset + dateBefore.start, end: inner.offset + dateBefore.end } };
  }
  return null;
}
