import { FOREIGN_MONTH_DATE, HAS_FOREIGN_MONTH, resolveForeignMonthDate } from '../dates/foreign-months';
import { ROMAN_MONTH, romanMonthNumber } from '../dates/roman-months';

/** A calendar date written out in full (day, month and year), found in a text. */
export interface FullDate {
  start: number;
  end: number;
  /** `YYYY-MM-DD` */
  iso: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "December 02, 2020", "Dec. 2 2020", and "Jul 15,2026" with no space after the comma
const MONTH_DAY_YEAR = `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b`;
// "2 December 2020", "2nd of December, 2020"
const DAY_MONTH_YEAR = `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`;
// "2020-12-02" (also with a time after it: "2020-12-02 10:46", "2020-12-02T10:46:00Z", the date part only)
const ISO_DATE = '\\b(\\d{4})-(\\d{2})-(\\d{2})(?:\\b|(?=T\\d{2}:\\d{2}))';
// "12/02/2020": read the American way, as US outlets dominate scraped news, unless the page shows it
// writes the day first (see `withSlashOrder`) or the first part is past 12 ("17/06/2026").
const SLASH_DATE = '\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b';
// "22.04.2026": dots join a date only where the day comes first (German, Scandinavian, Russian pages).
const DOT_DATE = '\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b(?!\\.\\d)';
// "2026.06.03", "2026/07/08": the year first, as East Asian, Baltic and South Asian sites write it,
// always followed by the month; the same mark must part all three.
const YEAR_FIRST_DATE = '\\b(\\d{4})([./])(\\d{1,2})\\17(\\d{1,2})\\b(?![./]\\d)';
// "09-Jul-2026", "20/Oct/2026": the month's short form between hyphens or slashes, as wire and log stamps write it.
const HYPHEN_DATE = `\\b(\\d{1,2})[-/]${MONTH}[-/](\\d{4})\\b`;

// "2026. 08. 04." (Hungarian) and "30. 5. 2026." (Croatian, Czech): a full stop and a space after each
// part; the last full stop is left out, as a sentence's is.
const SPACED_YEAR_FIRST = '\\b(\\d{4})\\.[ \\u00a0](\\d{1,2})\\.[ \\u00a0](\\d{1,2})(?=\\.(?!\\d))';
const SPACED_DAY_FIRST = '\\b(\\d{1,2})\\.[ \\u00a0](\\d{1,2})\\.[ \\u00a0](\\d{4})\\b(?![.,]?\\d)';
// "5.VI.2026", "5. VI. 2026": the month in Roman numerals, as Slovak, Czech, Polish and Romanian pages write it.
const ROMAN_MONTH_DATE = `\\b(\\d{1,2})\\.[ \\u00a0]?${ROMAN_MONTH}\\.[ \\u00a0]?(\\d{4})\\b(?![.,]?\\d)`;

const FULL_DATE = new RegExp(`${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${ISO_DATE}|${SLASH_DATE}|${DOT_DATE}|${YEAR_FIRST_DATE}|${HYPHEN_DATE}|${SPACED_YEAR_FIRST}|${SPACED_DAY_FIRST}|${ROMAN_MONTH_DATE}`, 'gi');

/** The number (1-12) of an English month name or its short form (`Sept`, `Nov.`), or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/u, '')];
}

/** `YYYY-MM-DD` for a real calendar day, or null (31 November, month 13, years outside 1000-2999). */
export function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null; // 31 November and the like
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Finds every full date in `text` between `from` and `to` (UTF-16 offsets), in text order. */
export function findFullDates(text: string, from = 0, to = text.length): FullDate[] {
  const found: FullDate[] = [];
  const slice = text.slice(from, to);
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(slice); m; m = FULL_DATE.exec(slice)) {
    let iso: string | null = null;
    if (m[1]) iso = toIso(+m[3], monthNumber(m[1]) ?? 0, +m[2]);
    else if (m[5]) iso = toIso(+m[6], monthNumber(m[5]) ?? 0, +m[4]);
    else if (m[7]) iso = toIso(+m[7], +m[8], +m[9]);
    // Month first, unless the first part cannot be a month ("17/06/2026" is 17 June on any page).
    else if (m[10]) iso = +m[10] > 12 ? toIso(+m[12], +m[11], +m[10]) : toIso(+m[12], +m[10], +m[11]);
    else if (m[13]) iso = toIso(+m[15], +m[14], +m[13]);
    else if (m[16]) iso = toIso(+m[16], +m[18], +m[19]);
    else if (m[20]) iso = toIso(+m[22], monthNumber(m[21]) ?? 0, +m[20]);
    else if (m[23]) iso = toIso(+m[23], +m[24], +m[25]);
    // Not the tail of a longer run of numbers ("2.5. 3. 2026"), checked here to spare a lookbehind.
    else if (m[26]) iso = /[\d.]/u.test(slice[m.index - 1] ?? '') ? null : toIso(+m[28], +m[27], +m[26]);
    else if (m[29]) iso = toIso(+m[31], romanMonthNumber(m[30]), +m[29]);
    if (iso) found.push({ start: from + m.index, end: from + m.index + m[0].length, iso });
  }
  return HAS_FOREIGN_MONTH.test(slice) ? withForeignMonthDates(found, slice, from) : found;
}

/** `found` with the dates whose month is named in another language ("14 ottobre 2026"), in text order. */
function withForeignMonthDates(found: FullDate[], slice: string, from: number): FullDate[] {
  FOREIGN_MONTH_DATE.lastIndex = 0;
  for (let m = FOREIGN_MONTH_DATE.exec(slice); m; m = FOREIGN_MONTH_DATE.exec(slice)) {
    const iso = resolveForeignMonthDate(m)?.value;
    if (iso) found.push({ start: from + m.index, end: from + m.index + m[0].length, iso });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A day, a month and a two-digit year parted by slashes or dots ("23/06/26", "09.07.26"), as some
 * sites write their date lines. Read on a date line only: in prose such numbers are as often scores,
 * fractions or versions.
 */
const SHORT_YEAR_DATE = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{2})\b(?![./]\d)/u;

/** A day and a month with a two-digit year after an apostrophe ("12 Feb '26", "Feb 12, '26"). */
const APOSTROPHE_YEAR_DATE = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?),?\\s+['’](\\d{2})(?![\\d'’])`, 'iu');

/** The full year of a two-digit one: this century up to 50, the last from 51 ("26" is 2026, "98" 1998), as the date finder reads it. */
function fullYear(year: string): number {
  return year.length === 4 ? +year : +year <= 50 ? 2000 + +year : 1900 + +year;
}

/**
 * The first date with a two-digit year in `text` (see `SHORT_YEAR_DATE`, then `APOSTROPHE_YEAR_DATE`), or null. Slashes put the
 * month first as {@link findFullDates} does unless the first part cannot be a month ("23/06/26" is 23
 * June 2026); dots put the day first.
 */
export function findShortYearDate(text: string): FullDate | null {
  const m = SHORT_YEAR_DATE.exec(text);
  if (!m) return apostropheYearDate(text);
  const [first, second, year] = [+m[1], +m[3], fullYear(m[4])];
  const dayFirst = m[2] === '.' || first > 12;
  const iso = dayFirst ? toIso(year, second, first) : toIso(year, first, second);
  return iso ? { start: m.index, end: m.index + m[0].length, iso } : null;
}

/** The first day and month with an apostrophe year in `text` ("Thu 12 Feb '26, 18:20"), or null. */
function apostropheYearDate(text: string): FullDate | null {
  const m = text.includes("'") || text.includes('’') ? APOSTROPHE_YEAR_DATE.exec(text) : null;
  if (!m) return null;
  const [day, month] = m[1] ? [+m[1], monthNumber(m[2]) ?? 0] : [+m[4], monthNumber(m[3]) ?? 0];
  const iso = toIso(2000 + +m[5], month, day);
  return iso ? { start: m.index, end: m.index + m[0].length, iso } : null;
}

/** A slash date whose two first parts could each be the month ("03/02/2026", "03/02/26"). */
const AMBIGUOUS_SLASH = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/u;

/**
 * `date` read day first when it is an ambiguous slash date and `dayFirst` says the page writes the day
 * first (`03/02/2026` as 3 February); otherwise `date` as found (month first).
 */
export function withSlashOrder(text: string, date: FullDate, dayFirst: (text: string) => boolean): FullDate {
  const m = AMBIGUOUS_SLASH.exec(text.slice(date.start, date.end));
  if (!m || +m[1] > 12 || +m[2] > 12 || m[1] === m[2] || !dayFirst(text)) return date;
  const iso = toIso(fullYear(m[3]), +m[2], +m[1]);
  return iso ? { ...date, iso } : date;
}
