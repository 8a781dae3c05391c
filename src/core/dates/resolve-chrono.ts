import type { ParsedComponents } from 'chrono-node';
import { addDays, isRealDay, isoDay, isoMonth, isoWeek, pad2, pad4, utcDay, weekdayNear, weekShift } from './calendar';
import { describeDate, describeDay, describeMonth } from './describe-date';
import type { ResolvedDate } from './phrases';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month and weekday names; news capitalises them, so a lower-case one is a verb or a noun ("march", "sun"). */
const CALENDAR_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/giu;
/** `CALENDAR_WORD` for a yes/no test: not global, so no `lastIndex` to carry between calls. */
const HAS_CALENDAR_WORD = new RegExp(CALENDAR_WORD.source, 'iu');
/** A day, a month's name or its short form and a year: nothing else than a date, in whatever case ("06 jul 2026"). */
const DAY_MONTH_YEAR = /^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?,?\s+\d{4}$/iu;
/** Abbreviated weekdays alone ("Sun", "Wed") are more often words than dates. */
const BARE_WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/iu;
/** Spans of time, not points in it: "the past two years", "in 24 hours", "for six weeks". */
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|few|several|couple(?:\\s+of)?)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?';
const DURATION = new RegExp(`^(?:(?:the\\s+)?(?:past|last|next|coming|previous|first)\\s+${COUNT}\\s|(?:in|within|for|after)\\s+${COUNT}\\s)`, 'iu');
/**
 * References that need another event to make sense ("the day before", "two months before the end of
 * his ban", "a year later", "about three weeks earlier").
 */
const ANAPHORIC = /^(?:the|(?:(?:about|around|roughly|some|nearly|almost|just|only|barely|over|under|more\s+than|less\s+than)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|half)(?:\s+\w+)?)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:before|after|earlier|later)\b(?!\s+(?:yesterday|today|tomorrow|last|next|this)\b)/iu;
/** A clock time opening a match ("midnight, two days after"), read past to judge what follows it. */
const CLOCK_OPENING = /^(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}|noon|midnight),?\s+/iu;
const RELATIVE = /\b(?:ago|last|next|yesterday|today|tomorrow|tonight|this|later|earlier|past|coming|previous)\b/iu;
const SUB_DAY_UNIT = /(?:\b|\d)(?:seconds?|secs?|minutes?|hours?|mins?|hrs?)\b/iu;
/** The verb "lasts", which chrono reads as "last" and a unit letter ("last s": the second before). */
const GLUED_UNIT_LETTER = /^(?:last|next|past)[smh]$/iu;
/** A signed amount ("+1.874sec", "-3 days", "+6.102"): a gap or a change, not a point in time. */
const SIGNED = /^[+\-−]\s*\d/u;
/** "Now", "right now": the moment of speaking, not a date a reader would mark. */
const NOW = /^(?:right\s+|just\s+)?now$/iu;
/** A clock time alone ("6pm", "10:30 a.m.", "noon"), as the first end of a range gives it: not a date. */
const CLOCK_ONLY = /^(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}|noon|midnight)$/iu;
/**
 * "the day", "the morning" alone ("later in the day"): a time of some other event, not a date; nor is
 * "this day" alone ("to this day", "made this day possible"), said of an occasion or of all time up to now.
 */
const BARE_DAY = /^(?:the\s+(?:day|morning|afternoon|evening|night)|this\s+day)$/iu;

/** A week named from the reference day: "this week", "earlier this week", "last week", "next week". */
const NAMED_WEEK = /\b(this|last|next|past|previous|coming)\s+week\b/iu;

/**
 * How many days before the reference day a day told without a year, in a clause that looks ahead, is
 * still that day just gone ("claims lodged up to 30 September will be paid" in a 7 October statement,
 * "was due to open on April 1" in an April 9 report): a writer meaning next year's would give its year.
 */
const JUST_GONE_DAYS = 14;

/**
 * A day's or a month's value and its words, as {@link describeDate} writes them for a value of a year
 * of four digits, told from the numbers instead of read back from the value; other years keep the value.
 */
const dayValue = (d: Date): ResolvedDate => {
  const value = isoDay(d);
  return { value, canonical: isFourDigitYear(d.getUTCFullYear()) ? describeDay(d) : value };
};
const monthValue = (year: number, month: number): ResolvedDate => {
  const v = isoMonth(year, month);
  return { value: v, canonical: isFourDigitYear(year) && Number.isInteger(month) && month >= 1 && month <= 12 ? describeMonth(year, month) : (describeDate(v) ?? v) };
};
const isFourDigitYear = (year: number): boolean => Number.isInteger(year) && year >= 0 && year <= 9999;

/**
 * False for chrono matches a reader would not call a date. `raw` is chrono's match, `text` the date
 * part kept from it; `rangeEnd`: the text is the second end of a range.
 */
export function looksLikeDate(raw: string, text: string, c: ParsedComponents, rangeEnd = false): boolean {
  // A bare number is a date only as the end of a range ("May 5-7").
  if (/^\d+$/u.test(text) && !(rangeEnd && c.isCertain('day'))) return false;
  if (SIGNED.test(raw.trim()) || GLUED_UNIT_LETTER.test(text) || NOW.test(text) || CLOCK_ONLY.test(text) || BARE_DAY.test(text) || BARE_WEEKDAY_ABBREVIATION.test(text) || DURATION.test(raw) || DURATION.test(text) || ANAPHORIC.test(raw) || ANAPHORIC.test(raw.replace(CLOCK_OPENING, ''))) return false;
  // Between a day and a year a lower-case month is still the month ("06 jul 2026", as some sites write it).
  if (!DAY_MONTH_YEAR.test(text) && hasLowerCalendarWord(text)) return false;
  // A time of day alone ("10:30", "noon", "an hour ago") is not a date.
  if (SUB_DAY_UNIT.test(text) && !HAS_CALENDAR_WORD.test(text) && !/\b(?:today|tonight|yesterday|tomorrow)\b/iu.test(text)) return false;
  const dated = c.isCertain('day') || c.isCertain('month') || c.isCertain('year') || c.isCertain('weekday');
  if (!dated && !/\b(?:today|tonight|yesterday|tomorrow|day|days|week|weeks|weekend|month|months|year|years|decade|decades)\b|^this\s+(?:morning|afternoon|evening)$/iu.test(text)) return false;
  return true;
}

/**
 * Whether a month or weekday name in `text` is written in lower case. Read with `exec` on the shared
 * global pattern: `matchAll` would build a copy of the pattern on every call, and this runs for every
 * date chrono finds.
 */
function hasLowerCalendarWord(text: string): boolean {
  CALENDAR_WORD.lastIndex = 0;
  for (let m = CALENDAR_WORD.exec(text); m; m = CALENDAR_WORD.exec(text)) if (m[0][0] === m[0][0].toLowerCase()) return true;
  return false;
}

/**
 * Turns chrono's components for `text` into a value at its real granularity: a day, a month, an ISO
 * week or a year. Dates without a year are placed in the past of `ref` unless `future` (the sentence
 * speaks of the future), where a day just gone stays (see `JUST_GONE_DAYS`). Without `ref`, only dates
 * that carry their own year get a value. A day, or a month's first day, up to `lateDays` after `ref`
 * read in the past is that coming one (an update note written after publication, the next fixture
 * named by its date alone).
 */
export function resolveComponents(c: ParsedComponents, text: string, ref: Date | null, future: boolean, lateDays = 0): ResolvedDate | undefined {
  const hasYear = c.isCertain('year');
  const relative = RELATIVE.test(text);
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  const year = c.get('year') ?? 0;
  const direction = future || /\bnext\b|\bcoming\b/iu.test(text) ? 'future' : 'past';

  const named = HAS_CALENDAR_WORD.test(text);
  // "three weeks ago", "last month": no month or weekday named, the unit gives the granularity.
  if (!named && !/\d{4}/u.test(text) && (relative || /\bweekend\b/iu.test(text))) {
    if (!ref) return { canonical: text };
    // "the weekend", "this weekend", "last weekend": two days, valued as the ISO week holding both
    // (weeks run Monday to Sunday), found from its Saturday.
    if (/\bweekend\b/iu.test(text)) {
      const week = isoWeek(weekdayNear(ref, 6, /\blast\b/iu.test(text) ? 'past' : direction, /\b(?:next|last)\b/iu.test(text)));
      return { value: week, canonical: describeDate(week) ?? week };
    }
    // chrono has already moved the reference by the stated amount; keep the unit's granularity.
    const moved = utcDay(year, month, day);
    if (/\byears?\b|\bdecades?\b/iu.test(text)) return { value: String(year), canonical: String(year) };
    if (/\bmonths?\b/iu.test(text)) return monthValue(year, month);
    if (/\bweeks?\b(?!end)/iu.test(text)) {
      // chrono starts "this week" on the Sunday before, which is in the ISO week before a Monday to
      // Saturday reference ("earlier this week" in a Thursday article is the Thursday's own week).
      const named = NAMED_WEEK.exec(text);
      const week = isoWeek(named ? addDays(ref, weekShift(named[1])) : moved);
      return { value: week, canonical: describeDate(week) ?? week };
    }
    return dayValue(moved);
  }
  if (!ref && relative && !/\d{4}/u.test(text)) return { canonical: text };
  // "the end of April" is a part of April: chrono picks its last day, the value keeps the month.
  const partOfMonth = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/iu.test(text);
  if (c.isCertain('day') && c.isCertain('month') && !partOfMonth) {
    if (hasYear) return isRealDay(year, month, day) ? dayValue(utcDay(year, month, day)) : undefined;
    if (!ref) return { canonical: `${MONTHS[month - 1]} ${day}` };
    // "Nov. 9" in a December article is the November just gone; "will ... on Jan. 5" the coming one.
    let y = ref.getUTCFullYear();
    const candidate = `${y}-${pad2(month)}-${pad2(day)}`;
    // A stated weekday decides the year ("Saturday, May 15" in a Friday 14 May 2021 article is the next day).
    const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
    const matching = weekday === null ? [] : [y, y - 1, y + 1].filter((yy) => isRealDay(yy, month, day) && utcDay(yy, month, day).getUTCDay() === weekday);
    if (matching.length) y = matching[0];
    else if (direction === 'past') y = pastYear(ref, month, day, lateDays);
    else if (candidate < isoDay(addDays(ref, -JUST_GONE_DAYS))) y += 1;
    return isRealDay(y, month, day) ? dayValue(utcDay(y, month, day)) : undefined;
  }
  if (c.isCertain('weekday') && !c.isCertain('month')) {
    if (!ref) return { canonical: text };
    const strictlyAfter = /\bnext\b/iu.test(text);
    const strictlyBefore = /\b(?:last|past|previous)\b/iu.test(text);
    const weekday = c.get('weekday') ?? 0;
    // "this Friday": the Friday of the reference day's week (weeks start on Monday); "next Wednesday":
    // the Wednesday of the week after it, not the next day in a Tuesday report.
    const dayOfWeek = addDays(ref, ((weekday + 6) % 7) - ((ref.getUTCDay() + 6) % 7));
    if (/\bthis\b/iu.test(text)) return dayValue(dayOfWeek);
    if (strictlyAfter) return dayValue(addDays(dayOfWeek, 7));
    if (strictlyBefore) return dayValue(weekdayNear(ref, weekday, 'past', true));
    return dayValue(weekdayNear(ref, weekday, direction));
  }
  if (c.isCertain('month')) {
    if (hasYear) return monthValue(year, month);
    if (!ref) return { canonical: MONTHS[month - 1] };
    const refMonth = ref.getUTCMonth() + 1;
    // Read in the past, a month is placed as its first day: the next month, when it begins within
    // `lateDays`, is the coming one ("That tells me something about April" in a report of 22 March).
    if (direction === 'past') return monthValue(pastYear(ref, month, 1, lateDays), month);
    let y = ref.getUTCFullYear();
    if (month < refMonth) y += 1;
    return monthValue(y, month);
  }
  if (hasYear) return { value: String(year), canonical: String(year) };
  return undefined;
}

/**
 * True when {@link resolveComponents} gives the same value for `c` and `text` whether or not the clause
 * looks ahead: a date whose year chrono knows ("March 5, 2021", "June 2020", "last week", "next year")
 * needs no tense, so the look at its clause is spared. Not a weekend, found from its Saturday in the
 * clause's direction, nor a weekday without its month.
 */
export function needsNoTense(c: ParsedComponents, text: string): boolean {
  return c.isCertain('year') && (c.isCertain('month') || !c.isCertain('weekday')) && !/\bweekend\b/iu.test(text);
}

/**
 * The year of a day told without one in a clause read in the past: the latest such day up to `ref`,
 * unless one falls within `lateDays` after it (this year's, or next year's in a December article).
 */
function pastYear(ref: Date, month: number, day: number, lateDays: number): number {
  const y = ref.getUTCFullYear();
  const soon = isoDay(addDays(ref, lateDays));
  const dayIn = (yy: number) => `${pad4(yy)}-${pad2(month)}-${pad2(day)}`;
  // Next year's day soon after a December `ref` comes first, then this year's up to `ref` or soon after it.
  if (dayIn(y + 1) <= soon) return y + 1;
  return dayIn(y) <= soon ? y : y - 1;
}

/** The reference day as a UTC noon, so the calendar day is the same in every time zone. */
export function referenceDay(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(published);
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return utcDay(Number(m[1]), Number(m[2]), Number(m[3]));
}
