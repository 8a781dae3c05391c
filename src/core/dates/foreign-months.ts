import { isRealDay, pad2 } from './calendar';
import { describeDate } from './describe-date';
import type { ResolvedDate } from './phrases';

/**
 * Dates written day first with the month named in Italian, Spanish, French, Portuguese or German
 * ("14 ottobre 2026", "3 de marzo de 2026", "1er février 2026", "14. Oktober 2026"), as English
 * editions of European and Latin American sites print their date lines: chrono reads none of them.
 * Names spelt as in English ("April", "August") are left to the English patterns.
 */

/** Each month's names in those languages, January first. */
const NAMES: readonly string[][] = [
  ['gennaio', 'enero', 'janvier', 'janeiro', 'januar', 'jänner'],
  ['febbraio', 'febrero', 'février', 'fevrier', 'fevereiro', 'februar'],
  ['marzo', 'mars', 'março', 'märz', 'maerz'],
  ['aprile', 'abril', 'avril'],
  ['maggio', 'mayo', 'mai', 'maio'],
  ['giugno', 'junio', 'juin', 'junho', 'juni'],
  ['luglio', 'julio', 'juillet', 'julho', 'juli'],
  ['agosto', 'août', 'aout'],
  ['settembre', 'septiembre', 'setiembre', 'septembre', 'setembro'],
  ['ottobre', 'octubre', 'octobre', 'outubro', 'oktober'],
  ['novembre', 'noviembre', 'novembro'],
  ['dicembre', 'diciembre', 'décembre', 'decembre', 'dezembro', 'dezember'],
];

const MONTH_OF = new Map(NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/** A foreign month name, one capture group, longer names first so none is cut short. */
export const FOREIGN_MONTH = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** The month (1-12) a foreign name gives, in any case, or 0. */
export function foreignMonthNumber(name: string): number {
  return MONTH_OF.get(name.toLowerCase()) ?? 0;
}

/**
 * Day, month and four-digit year: the day with a German full stop or a French "er" or an ordinal
 * sign ("1º", "1°"), and the Spanish and Portuguese "de" between the parts. Not before a letter
 * (the "mai" of a longer word) nor a further digit.
 */
export const FOREIGN_DAY_MONTH_YEAR = `\\b(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?${FOREIGN_MONTH}(?![\\p{L}])\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`;

export const FOREIGN_MONTH_DATE = new RegExp(FOREIGN_DAY_MONTH_YEAR, 'giu');

/** Text every such date holds: a digit, perhaps a mark, a space, and a letter. */
export const HAS_FOREIGN_MONTH = /\d(?:\.|er|º|°)?\s+(?:de\s+)?(?:gen|ene|jan|j[äa]n|f[eé]v|feb|mar|mär|mae|apr|abr|avr|ma[giy]|giu|jui?n|jun|lug|jul|jui|ago|ao[uû]|set|sep|ott|oct|out|okt|nov|dic|d[eé]c|dez)/iu;

/** The day a {@link FOREIGN_MONTH_DATE} match names, or undefined when it is no real day ("31 aprile 2026"). */
export function resolveForeignMonthDate(m: RegExpExecArray): ResolvedDate | undefined {
  const [day, month, year] = [+m[1], foreignMonthNumber(m[2]), +m[3]];
  if (month === 0 || !isRealDay(year, month, day)) return undefined;
  const value = `${year}-${pad2(month)}-${pad2(day)}`;
  return { value, canonical: describeDate(value) ?? value };
}
