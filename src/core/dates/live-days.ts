import type { TextRange } from '../model/types';
import { isRealDay, utcDay } from './calendar';

/**
 * The days of a live page's entries. A live page that runs over several days parts its timed entries
 * by a heading naming the day ("Tuesday 14 July", "Mon, 13 Jul 2026"), each over a clock time
 * ("09.10", "6:45 PM BST"); an entry's "tomorrow" or "on Friday" is told from its own day, not from
 * the day the page was last published.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+';
/**
 * A heading naming a day with a weekday or a year, day first or month first: "Tuesday 14 July",
 * "Mon, 13 Jul 2026", "Tuesday, July 14", "14 July 2026". Groups: weekday, day and month (or month
 * and day), year.
 */
const DAY_HEADING = new RegExp(
  `^(?:${WEEKDAY})?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?$`,
  'u',
);
/** The longest day heading read. */
const LONGEST_HEADING = 40;
/** A clock time alone on its line, as an entry opens: "09.10", "18:40 SLST", "6:45 PM", "3.20pm BST". */
const CLOCK_LINE = /^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$|^\d{1,2}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,5})?$/u;
/** How many characters after a heading the clock line of its first entry may start. */
const CLOCK_REACH = 8;

/** Where an entry day begins and which day it is. */
export interface LiveDay {
  start: number;
  day: Date;
}

/**
 * The day headings among `ranges` of `text`, in order: a range holding only a day, with a weekday or
 * a year, whose next line of text is a clock time. A day without a year takes the year of `ref` in
 * which its weekday falls, else the year of `ref` (the page's day). None on most texts: a range is
 * looked at only when it is short and opens with a capital or a digit.
 */
export function liveDays(text: string, ranges: readonly TextRange[], ref: Date): LiveDay[] {
  const out: LiveDay[] = [];
  for (const r of ranges) {
    if (r.end - r.start > LONGEST_HEADING) continue;
    const c = text.charCodeAt(r.start);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) continue;
    const m = DAY_HEADING.exec(text.slice(r.start, r.end).trim());
    if (!m || !(m[1] || m[6])) continue;
    if (!CLOCK_LINE.test(nextLine(text, r.end))) continue;
    const day = Number(m[2] ?? m[5]);
    const month = MONTHS.indexOf((m[3] ?? m[4]).slice(0, 3).toLowerCase()) + 1;
    const year = m[6] ? Number(m[6]) : yearOfWeekday(ref, month, day, m[1]);
    if (isRealDay(year, month, day)) out.push({ start: r.start, day: utcDay(year, month, day) });
  }
  return out;
}

/** The day of the latest heading in `days` at or before `at`, else `fallback`. */
export function dayAt(days: readonly LiveDay[], at: number, fallback: Date): Date {
  let found = fallback;
  for (const d of days) {
    if (d.start > at) break;
    found = d.day;
  }
  return found;
}

/** The next line of text after `end` (blank lines skipped), trimmed; at most a line's worth is read. */
function nextLine(text: string, end: number): string {
  let at = end;
  while (at < text.length && at < end + CLOCK_REACH && /\s/u.test(text[at])) at++;
  const stop = text.indexOf('\n', at);
  return text.slice(at, stop < 0 ? Math.min(text.length, at + 30) : Math.min(stop, at + 30)).trim();
}

/** The year around `ref` in which the day falls on the named weekday; `ref`'s year when none does. */
function yearOfWeekday(ref: Date, month: number, day: number, weekday: string | undefined): number {
  const y = ref.getUTCFullYear();
  if (!weekday) return y;
  const wanted = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(weekday.slice(0, 3).toLowerCase());
  return [y, y - 1, y + 1].find((yy) => isRealDay(yy, month, day) && utcDay(yy, month, day).getUTCDay() === wanted) ?? y;
}
