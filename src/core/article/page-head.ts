import { isBoilerplateLine } from './line-patterns';
import { isBlank, type Line } from './lines';

/**
 * Furniture at the head of a scraped page that no single line gives away: the site's masthead, tagline
 * or an office's letterhead over its bar of links or breadcrumbs ("The Kathmandu Post" over "E-Paper |
 * Subscribe | Login"), and the section or
 * region a page files the story under, standing between the menus and the headline ("Bagmati
 * Province", "Money Markets"). Both are short lines of capitalised words, told by what stands beside them.
 */

/** A masthead or a section name: one to four capitalised words ("The Kathmandu Post", "Bagmati Province", "Culture & Lifestyle"). */
const TITLE_CASE_WORDS = /^(?:The )?\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:&|of|and|the|\p{Lu}[\p{L}\p{M}'’.-]*)){0,3}$/u;
/**
 * A company's or an office's name as a masthead, which may run to five words ("Druk Green Power
 * Corporation Limited"): read only over a bar of links, so a longer name is safe there.
 */
const MASTHEAD_WORDS = /^(?:The )?\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:&|of|and|the|\p{Lu}[\p{L}\p{M}'’.-]*)){0,4}$/u;
/** An office's letterhead in capitals, which runs to more words: "CALIFORNIA DEPARTMENT OF WATER RESOURCES". */
const CAPITALS_WORDS = /^\p{Lu}[\p{Lu}\p{M}'’.&-]*(?: [\p{Lu}\p{M}'’.&-]+){0,6}$/u;
/** A bar of links: "E-Paper | Subscribe | Login", "News · Sport · Weather", "Home > Media Centre > Statements", "Home  News  Sport". */
const LINK_BAR = /\s[|·•›»>]\s|\S {2,}\S/u;
/** The longest masthead or section name read. */
const LONGEST_NAME = 40;
/** A headline under a section name has at least this many words. */
const HEADLINE_WORDS = 4;
/** The most lines a masthead block holds: the name, a tagline, a second line of a letterhead. */
const MASTHEAD_LINES = 3;

/**
 * A site's tagline in sentence case under its masthead ("Kazakhstan's news in English", "The valley's
 * own voice since 1921"): a short line opened by a capital, with no sentence's end or a bar.
 */
const TAGLINE = /^\p{Lu}[^.!?|:;]{2,48}$/u;

/** True for a bar of furniture links or breadcrumbs. */
function isLinkBar(trimmed: string): boolean {
  return LINK_BAR.test(trimmed) && isBoilerplateLine(trimmed);
}

/**
 * True for a site's masthead, its tagline or an office's letterhead: a short line of capitalised
 * words in a block of at most {@link MASTHEAD_LINES} such lines over a bar of furniture links or
 * breadcrumbs, perhaps after a blank line ("The Kathmandu Post" over "E-Paper | Subscribe | Login";
 * "THE HERALD" / "The Valley's Own Voice", then "Home | News | Sport"; "REPUBLIC OF KENYA" /
 * "MINISTRY OF HEALTH", then "Home > Media > Statements"); the line under the name may be a tagline in
 * sentence case ("STEPPE TIMES" / "The steppe's news in English"). `index` is the line's `Line.index`;
 * callers ask only before the headline is found.
 */
export function isMastheadLine(lines: readonly Line[], index: number, trimmed: string): boolean {
  const named = (trimmed.length <= LONGEST_NAME && isName(trimmed)) || isNameWithTagline(trimmed);
  if (!named && !isTaglineUnderName(lines, index, trimmed)) return false;
  let i = index + 1;
  for (let held = 1; i < lines.length && !isBlank(lines[i]); i++, held++) {
    const t = lines[i].text.trim();
    if (isLinkBar(t)) return true;
    // The line right under the name may be its tagline in sentence case.
    const tagline = named && held === 1 && TAGLINE.test(t);
    if (held >= MASTHEAD_LINES || (!tagline && (t.length > LONGEST_NAME || !TITLE_CASE_WORDS.test(t)))) return false;
  }
  while (i < lines.length && isBlank(lines[i])) i++;
  return i < lines.length && isLinkBar(lines[i].text.trim());
}

/** True for a masthead's name: capitalised words or a name in capitals. */
function isName(trimmed: string): boolean {
  return MASTHEAD_WORDS.test(trimmed) || CAPITALS_WORDS.test(trimmed);
}

/** A name and its tagline or edition on one line, parted by a dash: "SICILY TODAY — English edition". */
const NAME_DASH_TAGLINE = /^(.{2,40}?) [—–] (.{2,50})$/u;

/** True for a masthead's name and its tagline on one line (see {@link NAME_DASH_TAGLINE}). */
function isNameWithTagline(trimmed: string): boolean {
  const m = trimmed.length <= LONGEST_NAME + 53 && (trimmed.includes('—') || trimmed.includes('–')) ? NAME_DASH_TAGLINE.exec(trimmed) : null;
  return m !== null && isName(m[1]) && TAGLINE.test(m[2]);
}

/** True for a {@link TAGLINE} right under a masthead's name that opens its block of lines. */
function isTaglineUnderName(lines: readonly Line[], index: number, trimmed: string): boolean {
  if (index === 0 || !TAGLINE.test(trimmed) || isBlank(lines[index - 1])) return false;
  const name = lines[index - 1].text.trim();
  return name.length <= LONGEST_NAME && MASTHEAD_WORDS.test(name) && (index === 1 || isBlank(lines[index - 2]));
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
