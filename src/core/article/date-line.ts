import { findFullDates, findShortYearDate, type FullDate } from './full-dates';

const LEFTOVER_WORDS = /\b(?:first|published|updated?|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|msk|[ecmp][sd]t|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|date|time|by|release)\b/giu;

/** A reading time sharing the date's line: "Published 17 September 2025 · 9 min read", "4 March 2026 | 3-minute read". */
const READING_TIME = /\b\d{1,3}[- ]?min(?:ute)?s?\b(?:\s+read(?:ing)?(?:\s+time)?\b)?|\bread(?:ing)?\s+time\b/giu;

/**
 * A clock time with its half of the day and time zone, which any site may write: "11:05", "2:30 p.m.
 * ET", "06.00 AEST", "5:48 PM GMT-3". The zone is read in capitals only, so a word of prose is not.
 */
const CLOCK_AND_ZONE = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?(?!\p{L}))?/gu;

/** The time of an ISO 8601 time stamp, after its date: "T03:20:00Z", "T10:46:00.000+01:00". */
const ISO_TIME = /^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?/u;

const WEEKDAY = '(?<![\\p{L}])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\.?';
/** A weekday name or its short form right before a date, with no comma between (as the date finder reads body text too). */
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY}\\s+$`, 'u');
/** The same with a comma, which a date written day first keeps ("Wednesday, 04 Mar 2026"). */
const WEEKDAY_COMMA_BEFORE = new RegExp(`${WEEKDAY},?\\s+$`, 'u');
/** A short weekday opening the line before a month-first date, which stamps the two as one ("Sat, Mar 14, 2026 at 6:05 PM"). */
const OPENING_WEEKDAY = new RegExp(`^${WEEKDAY},?\\s+$`, 'u');
/** A weekday written out in full and set off by a comma, kept before any date, as in body text ("Tuesday, January 13, 2026", "WEDNESDAY, JUNE 10, 2026"). */
const FULL_WEEKDAY_COMMA_BEFORE = /(?<!\p{L})(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?\s+$/u;

/**
 * If a short line is a date line ("December 02, 2020", "Published: Wed, Dec 2, 2020 10:46 AM EST",
 * "Date: 23/06/26" with a two-digit year), returns its first full date; otherwise null. What remains
 * once date, weekday, time and labels are removed must be next to nothing, so a sentence that merely
 * mentions a date is not taken.
 */
export function matchDateLine(text: string): FullDate | null {
  if (text.length > 100) return null;
  const dates = findFullDates(text);
  if (dates.length === 0) {
    const short = findShortYearDate(text);
    if (!short) return null;
    dates.push(short);
  }
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end + isoTimeAt(text, d.end));
  rest = rest
    .replace(READING_TIME, '')
    .replace(CLOCK_AND_ZONE, '')
    .replace(LEFTOVER_WORDS, '')
    .replace(/[^\p{L}]/gu, '');
  if (rest.length > 3) return null;
  const chosen = dates.length > 1 ? publishedOf(text, dates) : 0;
  const date = dates[chosen];
  // A weekday joined to the day is part of the date ("Mon 16 Feb 2026"), and so is one set off by a
  // comma before a day-first date ("Wednesday, 04 Mar 2026") or written out in full, as the date
  // finder keeps it in body text ("Tuesday, January 13, 2026"), and so is a short one opening the
  // line ("Sat, Mar 14, 2026"); after a label, a short one before a month-first date, whose own
  // commas set its parts apart, is not ("Published: Wed, Dec 2, 2020"), unless the date has no comma
  // of its own, when the weekday's is the only one ("Posted: Tue, June 2nd 2026").
  const dayFirst = /\d/u.test(text[date.start] ?? '');
  const lead = text.slice(chosen > 0 ? dates[chosen - 1].end : 0, date.start);
  const commaless = !text.slice(date.start, date.end).includes(',');
  const weekday = dayFirst ? WEEKDAY_COMMA_BEFORE.exec(lead) : (FULL_WEEKDAY_COMMA_BEFORE.exec(lead) ?? (commaless ? WEEKDAY_COMMA_BEFORE : OPENING_WEEKDAY).exec(lead) ?? WEEKDAY_BEFORE.exec(lead));
  return weekday ? { ...date, start: date.start - lead.length + weekday.index } : date;
}

/** A label naming when a page was first put out: "Published", "Posted", "First published", "Created". */
const PUBLISHED_LABEL = /\b(?:published|posted|created|issued|released)\b/iu;
/** A label naming a later change: "Updated", "Last modified", "Edited". */
const UPDATED_LABEL = /\b(?:updated?|modified|edited|revised|amended)\b/iu;

/** The label words written right before `dates[i]`, after the date before it. */
function labelBefore(text: string, dates: readonly FullDate[], i: number): string {
  return text.slice(i > 0 ? dates[i - 1].end : 0, dates[i].start);
}

/**
 * Which of a date line's dates is the publication's: the first under a publication label
 * ("Updated: 2026-07-09 | Published: 2026-07-08" gives the second), else the first under no update
 * label, else the first.
 */
function publishedOf(text: string, dates: readonly FullDate[]): number {
  let unlabelled = -1;
  for (let i = 0; i < dates.length; i++) {
    const label = labelBefore(text, dates, i);
    if (PUBLISHED_LABEL.test(label)) return i;
    if (unlabelled < 0 && !UPDATED_LABEL.test(label)) unlabelled = i;
  }
  return Math.max(unlabelled, 0);
}

/**
 * How the date a date line gives is labelled: 'published' ("Published at : 2026/07/08", "Posted:"),
 * 'updated' ("Updated 10.06.2026 21:40", "Last updated on") or null (a date alone). `date` is what
 * {@link matchDateLine} returned for `text`.
 */
export function dateLineLabel(text: string, date: FullDate): 'published' | 'updated' | null {
  const lead = text.slice(0, date.start);
  const cut = Math.max(lead.lastIndexOf('|'), lead.lastIndexOf('·'), lead.lastIndexOf('•'));
  const label = cut >= 0 ? lead.slice(cut + 1) : lead;
  if (PUBLISHED_LABEL.test(label)) return 'published';
  return UPDATED_LABEL.test(label) ? 'updated' : null;
}

/** The length of an ISO 8601 time right at `at` (after a date), or 0. */
function isoTimeAt(text: string, at: number): number {
  if (text[at] !== 'T') return 0;
  return ISO_TIME.exec(text.slice(at, at + 30))?.[0].length ?? 0;
}

/** How long ago, in a page's words: "3 hours ago", "an hour ago", "2 days ago", "yesterday", "just now". */
const AGO = '(?:(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few)\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?)\\s+ago|yesterday|today|just now)';
const RELATIVE_DATE_LINE = new RegExp(`^(?:(?:last\\s+)?(?:updated|published|posted|modified|edited)(?:\\s+on)?\\s*:?\\s*)?${AGO}$`, 'iu');

/**
 * True for a line stating when the page was published or updated relative to the moment it was
 * saved: "Updated 3 hours ago", "Published: 2 days ago", "5 mins ago". Such a line marks a news
 * page but gives no date, as the moment of saving is unknown.
 */
export function isRelativeDateLine(text: string): boolean {
  return text.length <= 60 && RELATIVE_DATE_LINE.test(text.replace(/[.·|•]+$/u, '').trim());
}

/** A time zone after a clock time: "GMT", "MYT", "AEDT", "GMT+8", "UTC+08:00", "local time". */
const ZONE = '(?:\\p{Lu}{2,5}(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|local time)';
/** A clock time: "14:32", "1:45 PM", "3.20pm", "9am". */
const CLOCK = '(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)';
const CLOCK_LINE = new RegExp(`^(?:(?:last\\s+)?(?:updated|published|posted|edited|modified)(?:\\s+at)?\\s*:?\\s*)?${CLOCK}(?:\\s+${ZONE})?$`, 'iu');

/**
 * True for a line holding only a clock time, as live blogs stamp their entries: "14:32 GMT",
 * "1:45 PM MYT", "Updated at 15.14 GMT". It names nobody and dates nothing (a line with a date,
 * "Wednesday, 4 March 2026 1:45 PM", is a date line or prose, not this).
 */
export function isClockLine(text: string): boolean {
  return text.length <= 40 && CLOCK_LINE.test(text);
}
