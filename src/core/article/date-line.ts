import { findFullDates, type FullDate } from './full-dates';

const LEFTOVER_WORDS = /\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|msk|[ecmp][sd]t|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|date|time|by)\b/giu;

/** A weekday name or its short form right before a date, with no comma between (as the date finder reads body text too). */
const WEEKDAY_BEFORE = /(?<![\p{L}])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?\s+$/u;

/**
 * If a short line is a date line ("December 02, 2020", "Published: Wed, Dec 2, 2020 10:46 AM EST"),
 * returns its first full date; otherwise null. What remains once date, weekday, time and labels are
 * removed must be next to nothing, so a sentence that merely mentions a date is not taken.
 */
export function matchDateLine(text: string): FullDate | null {
  if (text.length > 100) return null;
  const dates = findFullDates(text);
  if (dates.length === 0) return null;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  rest = rest
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b/gu, '')
    .replace(LEFTOVER_WORDS, '')
    .replace(/[^\p{L}]/gu, '');
  if (rest.length > 3) return null;
  // A weekday joined to the day is part of the date ("Mon 16 Feb 2026"); one set off by a comma is not ("Wed, Dec 2, 2020").
  const weekday = WEEKDAY_BEFORE.exec(text.slice(0, dates[0].start));
  return weekday ? { ...dates[0], start: weekday.index } : dates[0];
}
