/**
 * Weaker cues to the order of an ambiguous slash date ("1/8/2026": 8 January or 1 August), read
 * by `writesDayFirst` (slash-order.ts) only when its stronger evidence is silent. Each cue is
 * something a page does that one way of writing dates goes with: a time zone after the date, days
 * written with dots, a weekday the page ties to its own day, the same day named with its month, and
 * two habits of spelling and clocks that US pages do not have.
 */

/** One slash date's two first parts, either of which could be the month. */
export interface AmbiguousSlash {
  first: number;
  second: number;
  year: number;
  /** What follows the date on its line (a clock time, a zone). */
  after: string;
  /** A few characters before the date (a weekday: "Sat 1/8/2026"). */
  before: string;
}

/**
 * A time zone of a country writing the day first, after the date's clock ("9:40 pm EEST", "14:05
 * GMT+3", "4:40 pm WAT"). Not "PHT" (the Philippines write the month first) nor "AST" (Arabia or the
 * Atlantic), nor a bare "UTC".
 */
const DAY_FIRST_ZONE = /\b(?:(?:GMT|UTC)\s*[+-]\s*\d|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|TRT|GST|PKT|WAT|CAT|EAT|SAST|WIB|MYT|SGT|HKT|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT)\b/u;
/** A time zone of the United States after the date's clock ("10:02 AM ET", "9:40 p.m. EDT"). */
const MONTH_FIRST_ZONE = /\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST)\b/u;
/** A date parted by dots, day first ("01.08.2026"), which no US page writes. */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/u;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
/** How far from the page's day a word puts a day: "yesterday", "today", "two days ago". */
const OFFSET = '([Yy]esterday|[Tt]oday|[Tt]omorrow|(?:a|one|two|three|four|five|six|[1-6])\\s+days?\\s+ago)';
/** A weekday set beside its distance from the page's day ("on Thursday, two days ago", "yesterday (Monday)"). */
const WEEKDAY_THEN_OFFSET = new RegExp(`\\b${WEEKDAY}\\s*[,(–—]\\s*${OFFSET}\\b`, 'gu');
const OFFSET_THEN_WEEKDAY = new RegExp(`\\b${OFFSET}\\s*[,(–—]\\s*(?:on\\s+)?${WEEKDAY}\\b`, 'gu');
/** What every such pair holds, as a cheap first test. */
const HAS_OFFSET = /esterday|oday|omorrow|days? ago/u;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;
/** A day named with its month, either way round ("1 August", "August 1st"). */
const NAMED_DAY = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?![\\d:])`, 'gu');

/**
 * Commonwealth spellings, which US pages do not use ("neighbourhood", "litres", "tonnes",
 * "programme", "organised"). "Labour" is left out: it names parties everywhere.
 */
const COMMONWEALTH_SPELLING = /\b(?:neighbour|colour|favour|behaviour|harbour|honour|centre|theatre|litre|kilometre|programme|tonnes?\b|organis|recognis|criticis|apologis|travell|cancell)/u;
/** Their US forms, which leave the page's habit in doubt (a name such as "Trade Center" included). */
const US_SPELLING = /\b(?:neighbor|color|favor|behavior|harbor|center|theater|liter|kilometer|organiz|recogniz|criticiz|apologiz|traveled|canceled)/u;
/** A line holding only a 24-hour clock past noon, as live pages stamp their entries ("21:40"). */
const AFTERNOON_STAMP = /^(?:1[3-9]|2[0-3])[:.h][0-5]\d\s*$/mu;

/** A weekday, written out or short, right before a date ("Saturday, 1/8/2026", "Sat 1/8/2026"). */
const WEEKDAY_BEFORE = /\b(?:(Sun)(?:day)?|(Mon)(?:day)?|(Tue)(?:s|sday)?|(Wed)(?:nesday)?|(Thu)(?:rs?|rsday)?|(Fri)(?:day)?|(Sat)(?:urday)?)\.?,?\s*$/iu;

/**
 * True when a weekday written right before an ambiguous slash date fits only its day-first reading,
 * false when it fits only the month-first one, else null: the page states its own order.
 */
export function byWeekdayWritten(slashes: readonly AmbiguousSlash[]): boolean | null {
  for (const s of slashes) {
    if (s.first === s.second || s.first > 12 || s.second > 12) continue;
    const m = WEEKDAY_BEFORE.exec(s.before);
    if (!m) continue;
    // The group that matched is the weekday's number (Sunday 0).
    const weekday = m.slice(1).findIndex((g) => g !== undefined);
    const monthFirst = utcDate(s.year, s.first, s.second)?.getUTCDay() === weekday;
    const dayFirst = utcDate(s.year, s.second, s.first)?.getUTCDay() === weekday;
    if (monthFirst !== dayFirst) return dayFirst;
  }
  return null;
}

/**
 * True when the weaker cues say `text` writes its slash dates day first, false when they say month
 * first, null when they say nothing. `slashes` are the page's slash dates in text order; the first
 * ambiguous one (usually the date line) is the day the weekday and named-day cues are checked against.
 */
export function dayFirstByWeakCues(text: string, slashes: readonly AmbiguousSlash[]): boolean | null {
  const zone = zoneOrder(slashes);
  if (zone !== null) return zone;
  if (text.includes('.') && DOTTED_DATE.test(text)) return true;
  const day = slashes.find((s) => s.first !== s.second && s.first <= 12 && s.second <= 12);
  if (day) {
    const monthFirst = utcDate(day.year, day.first, day.second);
    const dayFirst = utcDate(day.year, day.second, day.first);
    const byWeekday = agreeingReading(weekdayVotes(text, monthFirst), weekdayVotes(text, dayFirst));
    if (byWeekday !== null) return byWeekday;
    const byName = agreeingReading(namedDayVotes(text, day.first, day.second), namedDayVotes(text, day.second, day.first));
    if (byName !== null) return byName;
  }
  // Two independent habits of non-US pages together: one alone is too weak (Canadian pages spell
  // "centre" and write the month first).
  if (COMMONWEALTH_SPELLING.test(text) && !US_SPELLING.test(text) && AFTERNOON_STAMP.test(text)) return true;
  return null;
}

/** The order the time zone after a slash date gives, or null. */
function zoneOrder(slashes: readonly AmbiguousSlash[]): boolean | null {
  for (const s of slashes) {
    if (DAY_FIRST_ZONE.test(s.after)) return true;
    if (MONTH_FIRST_ZONE.test(s.after)) return false;
  }
  return null;
}

/** True when only the day-first reading has votes, false when only the month-first one has, else null. */
function agreeingReading(monthFirst: number, dayFirst: number): boolean | null {
  if (dayFirst > 0 && monthFirst === 0) return true;
  if (monthFirst > 0 && dayFirst === 0) return false;
  return null;
}

/** How many weekdays the page ties to its own day agree with `day` as the page's day. */
function weekdayVotes(text: string, day: Date | null): number {
  if (!day || !HAS_OFFSET.test(text)) return 0;
  let votes = 0;
  for (const pattern of [WEEKDAY_THEN_OFFSET, OFFSET_THEN_WEEKDAY]) {
    const weekdayFirst = pattern === WEEKDAY_THEN_OFFSET;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [weekday, offset] = weekdayFirst ? [m[1], m[2]] : [m[2], m[1]];
      const shifted = (day.getUTCDay() + offsetDays(offset) + 7 * 7) % 7;
      if (shifted === WEEKDAYS.indexOf(weekday)) votes++;
    }
  }
  return votes;
}

/** Days from the page's day that `offset` names (-1 for "yesterday", -2 for "two days ago"). */
function offsetDays(offset: string): number {
  const word = offset.toLowerCase();
  if (word === 'yesterday') return -1;
  if (word === 'today') return 0;
  if (word === 'tomorrow') return 1;
  const count = word.split(/\s+/u)[0];
  return -(COUNTS[count] ?? Number(count));
}

/** How many days named with their month in the page are `month`/`day`. */
function namedDayVotes(text: string, month: number, day: number): number {
  let votes = 0;
  NAMED_DAY.lastIndex = 0;
  for (let m = NAMED_DAY.exec(text); m; m = NAMED_DAY.exec(text)) {
    const [named, number] = m[1] ? [m[2], m[1]] : [m[3], m[4]];
    if (+number === day && MONTHS.findIndex((n) => n.startsWith(named.slice(0, 3))) + 1 === month) votes++;
  }
  return votes;
}

/** The UTC noon of a real calendar day, or null (31 June). */
function utcDate(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day, 12));
  return d.getUTCMonth() === month - 1 ? d : null;
}
