import { type AmbiguousSlash, byWeekdayWritten, dayFirstByWeakCues } from './day-first-cues';

/**
 * Which way a page writes its slash dates. "03/02/2026" is 2 March in the United States and 3 February
 * almost everywhere else; the date alone cannot tell, so the page is asked. Month first stays the
 * default, as US outlets dominate scraped English news; day first needs evidence from the same text.
 */

/** A slash date with a four-digit year, and what may follow it on its line (a clock time). */
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b([^\n]{0,24})/gu;
/** A 24-hour clock right after a date ("03/02/2026 - 14:27", "03/02/2026, 00:15"), with no am/pm: not the US way. */
const CLOCK_24 = /^\s*(?:[-–—,|·]\s*)?(?:at\s+)?(\d{2})[:.h]([0-5]\d)(?![:.]?\d|\s*[AaPp]\.?[Mm]\b)/u;
/** A date in a web address's path ("/2026/02/03/"), or written ISO style ("2026-02-03"). */
const PATH_DATE = /\b(20\d{2})([-/])(\d{2})\2(\d{2})\b/gu;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A day written before its month ("14 January", "3rd of Feb"), the British and European order. */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gu');
/** A day written after its month ("January 14", "Feb. 3"), the American order. */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![\\d:]|\\.\\d)`, 'gu');
/**
 * A web address in a country that writes the day first ("bbc.co.uk/", "abc.net.au", "lemonde.fr/",
 * "spiegel.de"). Country codes used as generic names (.io, .tv, .co, .me) and those of countries writing
 * the month first or mixing (.us, .ca, .ph) are left out.
 */
const DAY_FIRST_DOMAIN = /[a-z0-9-]\.(?:co\.uk|org\.uk|uk|com\.au|net\.au|au|co\.nz|nz|ie|in|co\.za|za|fr|de|es|it|nl|be|ch|at|se|dk|no|fi|pt|pl|gr|ke|ng|gh|sg|my|pk|ae|qa|br|ar|cl)(?=[/:?#\s)\]"'>]|$)/u;

/** One slash date's parts, and what follows it. */
type Slash = AmbiguousSlash;

let memoText: string | null = null;
let memoDayFirst = false;

/**
 * True when `text` writes its slash dates day first, told, strongest evidence first, by: a slash date
 * in it whose first part exceeds 12 (false if a second part does); a weekday written with a slash date
 * that fits one reading only ("Sat 1/8/2026" is 1 August 2026); a date in a web address or in ISO
 * form that matches only one reading of an ambiguous slash date; a 24-hour clock after a slash date
 * ("03/02/2026 - 14:27"); days written before their months ("14 January") and never after; a web
 * address in a country writing the day first; the weaker cues of `dayFirstByWeakCues` (a time zone, dotted
 * dates, weekdays tied to the page's day, the same day named with its month). Otherwise false: month first. Remembers its last text,
 * as every slash date of a page asks the same question.
 */
export function writesDayFirst(text: string): boolean {
  if (text === memoText) return memoDayFirst;
  memoText = text;
  memoDayFirst = decide(text);
  return memoDayFirst;
}

function decide(text: string): boolean {
  const slashes: Slash[] = [];
  SLASH_DATE.lastIndex = 0;
  for (let m = SLASH_DATE.exec(text); m; m = SLASH_DATE.exec(text)) slashes.push({ first: +m[1], second: +m[2], year: +m[3], after: m[4], before: text.slice(Math.max(0, m.index - 12), m.index) });
  for (const s of slashes) {
    if (s.first > 12 && s.second <= 12) return true;
    if (s.second > 12 && s.first <= 12) return false;
  }
  const named = byWeekdayWritten(slashes);
  if (named !== null) return named;
  const confirmed = confirmedOrder(text, slashes);
  if (confirmed !== null) return confirmed;
  for (const s of slashes) {
    const clock = CLOCK_24.exec(s.after);
    if (clock && (+clock[1] >= 13 && +clock[1] <= 23 || clock[1].startsWith('0'))) return true;
  }
  const dayFirst = count(DAY_MONTH, text);
  if (dayFirst > 0) return count(MONTH_DAY, text) === 0;
  return DAY_FIRST_DOMAIN.test(text) || (dayFirstByWeakCues(text, slashes) ?? false);
}

/** The order confirmed by a fuller date of the same day elsewhere in the text ("/2026/02/03/" in the page's address), or null. */
function confirmedOrder(text: string, slashes: readonly Slash[]): boolean | null {
  if (!/\d{4}[-/]\d{2}[-/]\d{2}/u.test(text)) return null;
  const days = new Set<string>();
  PATH_DATE.lastIndex = 0;
  for (let m = PATH_DATE.exec(text); m; m = PATH_DATE.exec(text)) days.add(`${+m[1]}-${+m[3]}-${+m[4]}`);
  for (const s of slashes) {
    if (s.first === s.second) continue;
    const monthFirst = days.has(`${s.year}-${s.first}-${s.second}`);
    const dayFirst = days.has(`${s.year}-${s.second}-${s.first}`);
    if (monthFirst !== dayFirst) return dayFirst;
  }
  return null;
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
