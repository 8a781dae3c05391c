import { isRealDay, pad2 } from './calendar';
import { describeDate } from './describe-date';
import type { ResolvedDate } from './phrases';

/**
 * Dates whose parts are each followed by a full stop and a space, as Central European sites write
 * them: the year first in Hungarian ("2026. 08. 04." is 4 August 2026), the day first in Croatian,
 * Slovenian, Czech and Slovak ("30. 5. 2026." is 30 May 2026). chrono reads neither. The full stop
 * after the last part is left out of the date, as a sentence's is (so a date line's date may also end
 * the text it is read in). The spaces are required: without them "3.5.2026" is the plain dotted date
 * read elsewhere, and "2.5" a decimal.
 */
export const SPACED_DOT_DATE = /\b(?:((?:1[89]|20)\d{2})\.[ \u00a0](\d{1,2})\.[ \u00a0](\d{1,2})(?=\.|$)|(\d{1,2})\.[ \u00a0](\d{1,2})\.[ \u00a0]((?:1[89]|20)\d{2})\b)(?![.,]?\d)/gu;

/** Text every spaced dotted date holds: a digit, a full stop and a space before another digit. */
export const HAS_SPACED_DOTS = /\d\.[ \u00a0]\d/u;

/**
 * The day a {@link SPACED_DOT_DATE} match names, or undefined when it is no real day ("2026. 13. 40.")
 * or the match is the tail of a longer run of numbers.
 */
export function resolveSpacedDots(m: RegExpExecArray): ResolvedDate | undefined {
  // Part of a longer run of numbers ("2.5. 3. 2026"): no lookbehind in the pattern, so it is checked here.
  if (m.index > 0 && /[\d.]/u.test(m.input[m.index - 1])) return undefined;
  const [year, month, day] = m[1] ? [+m[1], +m[2], +m[3]] : [+m[6], +m[5], +m[4]];
  if (!isRealDay(year, month, day)) return undefined;
  const value = `${year}-${pad2(month)}-${pad2(day)}`;
  return { value, canonical: describeDate(value) ?? value };
}
