import { isoMonth } from './calendar';
import { describeDate } from './describe-date';
import type { ResolvedDate } from './phrases';

/** Month names but "May", which after "for" is as often a name ("votes for May"). */
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A month without a year that something is for: "bookings for September", "the figures for July",
 * "flights for early April". Neither past nor future by its verb ("bookings for September had
 * fallen" speaks of a coming September): the nearest such month, a few months ahead at most, as
 * bookings and plans look ahead and reports look back; further ahead where the sentence looks ahead
 * ("elections are set for October" in May). Group 1 is the date, with its "early",
 * "late" or "mid". Not before a day or a year ("for September 3", "for July 2025"), which chrono reads,
 * nor a surname ("for June Carter").
 */
export const MONTH_FOR = new RegExp(`\\bfor\\s+((?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+))?(${MONTHS.join('|')}))\\b(?!,?\\s*\\d|-|\\s+[A-Z])`, 'g');

/** Text every {@link MONTH_FOR} match holds. */
export const HAS_FOR_MONTH = /for\s+(?:\S+\s+)?[JFMASOND]/;

/** How many months ahead of the reference day a month something is for may lie. */
const AHEAD = 4;

/** The month of a {@link MONTH_FOR} match nearest the reference day, or only its words without one. */
export function resolveMonthFor(m: RegExpExecArray, ref: Date | null, future: () => boolean): ResolvedDate {
  if (!ref) return { canonical: m[1] };
  const month = MONTHS.indexOf(m[2]) + (MONTHS.indexOf(m[2]) >= 4 ? 2 : 1);
  const refMonth = ref.getUTCMonth() + 1;
  // Further ahead, a month is the coming one only where the sentence looks ahead ("are set for October").
  const ahead = month - refMonth > AHEAD && !future();
  const year = ref.getUTCFullYear() + (ahead ? -1 : month - refMonth < AHEAD - 12 ? 1 : 0);
  const value = isoMonth(year, month);
  return { value, canonical: describeDate(value) ?? value };
}
