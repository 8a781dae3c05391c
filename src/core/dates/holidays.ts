import { isoDay, utcDay } from './calendar';
import { describeDate } from './describe-date';
import type { ResolvedDate } from './phrases';

/**
 * Christmas named as the day something is done by, before or after ("would present a reform before
 * Christmas", "closed until Christmas Day", "on Christmas Eve"): 25 December (24 for its eve), the
 * coming one in a clause that looks ahead, else the one gone by. Not "over Christmas" or "at
 * Christmas" alone, the holiday season rather than a day, nor a name ("Christmas Island").
 */
export const CHRISTMAS_DAY = /\b(?:before|by|until|till|after|since|on|for)\s+"?(Christmas(?:\s+(Day|Eve))?)\b(?!\s+[A-Z])/g;

/** Text every {@link CHRISTMAS_DAY} match holds. */
export const HAS_CHRISTMAS = /Christmas/;

/** The day of a {@link CHRISTMAS_DAY} match from the reference day, or only its words without one. */
export function resolveChristmas(m: RegExpExecArray, ref: Date | null, future: () => boolean): ResolvedDate {
  if (!ref) return { canonical: m[1] };
  const day = m[2] === 'Eve' ? 24 : 25;
  let year = ref.getUTCFullYear();
  const thisYears = isoDay(utcDay(year, 12, day));
  if (future()) {
    if (thisYears < isoDay(ref)) year += 1;
  } else if (thisYears > isoDay(ref)) year -= 1;
  const value = isoDay(utcDay(year, 12, day));
  return { value, canonical: describeDate(value) ?? value };
}
