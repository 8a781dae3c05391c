/**
 * Small UTC calendar helpers for date values. Everything is UTC so a value never depends on the
 * reader's time zone.
 */

const DAY_MS = 86_400_000;

/** Zero-pads a month or day number to two digits. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Zero-pads a year to the four digits ISO 8601 asks for. */
export const pad4 = (n: number): string => String(n).padStart(4, '0');

/** `YYYY-MM-DD` of a UTC day. */
export const isoDay = (d: Date): string => `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/** `YYYY-MM` of a year and a 1-based month. */
export const isoMonth = (year: number, month: number): string => `${pad4(year)}-${pad2(month)}`;

/** The UTC noon of a calendar day (month 1-based); years below 100 stay themselves (`Date.UTC` would add 1900). */
export function utcDay(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(2000, 0, 1, 12));
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/** `d` moved by whole days. */
export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);

/** True when year/month/day name a real calendar day (no 31 April). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const d = utcDay(year, month, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** ISO 8601 week value (`2021-W19`) of the week holding `d` (weeks start on Monday). */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  // The ISO year of a week is the year of its Thursday.
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad2(week)}`;
}

/**
 * The `weekday` (0 = Sunday) nearest `ref` in the given direction. The reference day itself counts
 * ("on Wednesday" in a Wednesday article is that day) unless `strictly` ("next Wednesday", "last
 * Sunday" in a Sunday article: a week away).
 */
export function weekdayNear(ref: Date, weekday: number, direction: 'past' | 'future', strictly = false): Date {
  const diff = weekday - ref.getUTCDay();
  if (direction === 'past') return addDays(ref, diff < 0 || (diff === 0 && !strictly) ? diff : diff - 7);
  return addDays(ref, diff > 0 || (diff === 0 && !strictly) ? diff : diff + 7);
}

/** Days from the reference day into the week `word` names ("this" 0, "next" and "coming" 7, "last", "past" and "previous" -7). */
export function weekShift(word: string): number {
  const w = word.toLowerCase();
  return w === 'this' ? 0 : w === 'next' || w === 'coming' ? 7 : -7;
}
