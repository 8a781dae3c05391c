import { addDays, utcDay } from './calendar';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The Monday that starts ISO week `week` of ISO year `year` (4 January is always in week 1). */
export function isoWeekMonday(year: number, week: number): Date {
  const jan4 = utcDay(year, 1, 4);
  const mondayOfWeek1 = addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

/** "10–16 May 2021", "26 April – 2 May 2021", "28 December 2020 – 3 January 2021". */
function describeDayRange(from: Date, to: Date): string {
  const [d1, m1, y1] = [from.getUTCDate(), MONTHS[from.getUTCMonth()], from.getUTCFullYear()];
  const [d2, m2, y2] = [to.getUTCDate(), MONTHS[to.getUTCMonth()], to.getUTCFullYear()];
  if (y1 !== y2) return `${d1} ${m1} ${y1} – ${d2} ${m2} ${y2}`;
  if (m1 !== m2) return `${d1} ${m1} – ${d2} ${m2} ${y2}`;
  return `${d1}–${d2} ${m2} ${y2}`;
}

/**
 * A date value as Byline writes them (ISO 8601 at its real granularity) in words, for canonical
 * names and hover cards: `2020-12-02` -> "Wednesday, 2 December 2020", `2020-11` -> "November 2020",
 * `2021-W19` -> "Week of 10–16 May 2021", `2020` -> "2020", `199` (a decade) -> "1990s", `18` (a century) -> "1800s". Null for anything else (including
 * impossible days such as `2021-02-29`), so callers can fall back to the text as written.
 */
export function describeDate(value: string): string | null {
  if (/^\d{3}$/u.test(value)) return `${value}0s`;
  if (/^\d{2}$/u.test(value)) return `${value}00s`;
  const week = /^(\d{4})-W(\d{2})$/u.exec(value);
  if (week) {
    const [year, n] = [Number(week[1]), Number(week[2])];
    const monday = isoWeekMonday(year, n);
    // Week 53 exists only in years whose 28 December falls in it.
    if (n < 1 || n > 53 || (n === 53 && isoWeekMonday(year + 1, 1).getTime() === monday.getTime())) return null;
    return `Week of ${describeDayRange(monday, addDays(monday, 6))}`;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return String(year);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return describeMonth(year, month);
  const day = Number(m[3]);
  const date = utcDay(year, month, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return describeDay(date);
}

/** A month (1-based) in words: "November 2020". */
export function describeMonth(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}

/** The UTC day of `d` in words: "Wednesday, 2 December 2020". */
export function describeDay(d: Date): string {
  return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
