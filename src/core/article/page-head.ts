import { isBoilerplateLine } from './line-patterns';
import { isBlank, type Line } from './lines';

/**
 * Furniture at the head of a scraped page that no single line gives away: the site's masthead over
 * its bar of links ("The Kathmandu Post" over "E-Paper | Subscribe | Login"), and the section or
 * region a page files the story under, standing between the menus and the headline ("Bagmati
 * Province", "Money Markets"). Both are short lines of capitalised words, told by what stands beside them.
 */

/** A masthead or a section name: one to four capitalised words ("The Kathmandu Post", "Bagmati Province", "Culture & Lifestyle"). */
const TITLE_CASE_WORDS = /^(?:The )?\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:&|of|and|the|\p{Lu}[\p{L}\p{M}'’.-]*)){0,3}$/u;
/** A bar of links: "E-Paper | Subscribe | Login", "News · Sport · Weather". */
const LINK_BAR = /\s[|·•]\s/u;
/** The longest masthead or section name read. */
const LONGEST_NAME = 40;
/** A headline under a section name has at least this many words. */
const HEADLINE_WORDS = 4;

/**
 * True for a site's masthead: a short line of capitalised words whose very next line, with no blank
 * line between, is a bar of furniture links ("E-Paper | Subscribe | Login"). `index` is the line's
 * `Line.index`; callers ask only before the headline is found.
 */
export function isMastheadLine(lines: readonly Line[], index: number, trimmed: string): boolean {
  if (trimmed.length > LONGEST_NAME || !TITLE_CASE_WORDS.test(trimmed)) return false;
  const next = lines[index + 1];
  if (next === undefined || isBlank(next)) return false;
  const bar = next.text.trim();
  return LINK_BAR.test(bar) && isBoilerplateLine(bar);
}

/**
 * True for the section or region a page files its story under, between furniture and the headline:
 * a short line of capitalised words, after page furniture (`afterFurniture`, which the caller knows),
 * with a headline (`isHeadline`) of a few words as the next line of text.
 */
export function isSectionAboveHeadline(lines: readonly Line[], index: number, trimmed: string, afterFurniture: boolean, isHeadline: (line: string) => boolean): boolean {
  if (!afterFurniture || trimmed.length > LONGEST_NAME || !TITLE_CASE_WORDS.test(trimmed)) return false;
  let i = index + 1;
  while (i < lines.length && isBlank(lines[i])) i++;
  const next = lines[i]?.text.trim() ?? '';
  return next.split(/\s+/u).length >= HEADLINE_WORDS && isHeadline(next) && !isBoilerplateLine(next);
}
