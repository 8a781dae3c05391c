import { isRealDay, pad2 } from './calendar';
import { describeDate } from './describe-date';
import type { ResolvedDate } from './phrases';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\\s+';

/**
 * A day and a month with the year cut to two digits after an apostrophe, as some sites stamp their
 * pages ("Thu 12 Feb '26", "Feb 12, '26"): chrono reads the day and the month and leaves the year
 * out. A weekday before is part of the date, as on other date lines.
 */
export const APOSTROPHE_YEAR_DATE = new RegExp(`\\b(?:${WEEKDAY})?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?),?\\s+['’](\\d{2})(?![\\d'’])`, 'g');

/** Text every such date holds: an apostrophe before two digits. */
export const HAS_APOSTROPHE_YEAR = /['’]\d\d/;

/** The day an {@link APOSTROPHE_YEAR_DATE} match names, in this century, or undefined when it is no real day. */
export function resolveApostropheYear(m: RegExpExecArray): ResolvedDate | undefined {
  const [day, name] = m[1] ? [+m[1], m[2]] : [+m[4], m[3]];
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const year = 2000 + +m[5];
  if (!isRealDay(year, month, day)) return undefined;
  const value = `${year}-${pad2(month)}-${pad2(day)}`;
  return { value, canonical: describeDate(value) ?? value };
}
