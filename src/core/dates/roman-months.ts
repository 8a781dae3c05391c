import { isRealDay, pad2 } from './calendar';
import { describeDate } from './describe-date';
import type { ResolvedDate } from './phrases';

/**
 * Dates with the month in Roman numerals between full stops ("5.VI.2026", "5. VI. 2026"), as Slovak,
 * Czech, Polish, Romanian and Hungarian pages write them: chrono reads none of them.
 */

const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A month in Roman numerals, one capture group; the longer numerals first so "VII" is not read as "V". */
export const ROMAN_MONTH = '(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)';

/** The month (1-12) a Roman numeral names, in either case, or 0. */
export function romanMonthNumber(numeral: string): number {
  return NUMERALS.indexOf(numeral.toUpperCase()) + 1;
}

/** A day, a Roman month and a four-digit year, each part closed by a full stop ("5.VI.2026"). */
export const ROMAN_MONTH_DATE = new RegExp(`\\b(\\d{1,2})\\.[ \\u00a0]?${ROMAN_MONTH}\\.[ \\u00a0]?(\\d{4})\\b(?![.,]?\\d)`, 'g');

/** Text every such date holds: a full stop, perhaps a space, and a capital I, V or X after a digit. */
export const HAS_ROMAN_MONTH = /\d\.[ \u00a0]?[IVX]/;

/** The day a {@link ROMAN_MONTH_DATE} match names, or undefined when it is no real day ("31.II.2026"). */
export function resolveRomanMonthDate(m: RegExpExecArray): ResolvedDate | undefined {
  const [day, month, year] = [+m[1], romanMonthNumber(m[2]), +m[3]];
  if (!isRealDay(year, month, day)) return undefined;
  const value = `${year}-${pad2(month)}-${pad2(day)}`;
  return { value, canonical: describeDate(value) ?? value };
}
