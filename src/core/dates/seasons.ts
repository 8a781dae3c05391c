/** Seasons as news uses them (northern hemisphere, meteorological: spring = March to May). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

const START_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** "fall" and "autumn" are one season. */
export function seasonOf(word: string): Season | undefined {
  const w = word.toLowerCase();
  if (w === 'fall' || w === 'autumn') return 'autumn';
  return w === 'spring' || w === 'summer' || w === 'winter' ? w : undefined;
}

/**
 * The year of the season meant by `modifier` ("last", "this", "next", "early", "late", or "" for a
 * bare "in the fall"), seen from a reference day. A winter takes the year it begins in (December).
 * "last fall" in May 2021 is autumn 2020; "last summer" in July 2020 is summer 2019 (the current one
 * is not "last"), and so are "last spring" in June 2020 and "last summer" in December 2020 (this year's,
 * though over, is "this summer"); "last winter" in May 2021 is the winter that began in December 2020,
 * and in January 2021 the one before it. A bare season is the
 * latest one begun, or, when `future` (the sentence looks ahead), the current or the coming one:
 * "will move in the summer" in March 2026 is summer 2026.
 */
export function seasonYear(season: Season, modifier: string, ref: Date, future = false): number {
  const month = ref.getUTCMonth() + 1;
  const year = ref.getUTCFullYear();
  const start = START_MONTH[season];
  // The most recent occurrence that has begun, and whether we are still inside it.
  const begun = month >= start ? year : year - 1;
  const inside = (month - start + 12) % 12 <= 2;
  switch (modifier.toLowerCase()) {
    case 'last':
    case 'past':
    case 'previous':
      // A season within one calendar year is last year's: this year's, even when over, is "this
      // spring". A winter spans two years and keeps the one it began in: the latest one over.
      if (season !== 'winter') return year - 1;
      return inside ? begun - 1 : begun;
    case 'next':
    case 'coming':
      return begun + 1;
    case 'this':
      return season === 'winter' && month <= 2 ? year - 1 : year;
    default:
      return future && !inside ? begun + 1 : begun;
  }
}

/** "Autumn 2020". */
export function describeSeason(season: Season, year: number): string {
  return `${season[0].toUpperCase()}${season.slice(1)} ${year}`;
}

/** "in" and a season with no article, and what follows it: a season's habit ("in winter, when flows fall"). */
const BARE_IN_SEASON = /\bin\s+(?:spring|summer|autumn|winter)\b/g;
const WHEN_AFTER = /^,?\s+when\s/;
/** How far around a bare season another one is looked for, within its sentence. */
const PAIR_REACH = 100;

/**
 * Whether the bare season ending at `end` of `text`, after "in" at `start`, is a season of every year:
 * one defined by what happens in it ("meet demand at home in winter, when river flows fall") or set
 * against another ("hold back water in summer and release it in winter"). Not a date.
 */
export function isSeasonOfEveryYear(text: string, start: number, end: number): boolean {
  if (WHEN_AFTER.test(text.slice(end, end + 8))) return true;
  const from = Math.max(0, start - PAIR_REACH);
  const around = text.slice(from, Math.min(text.length, end + PAIR_REACH));
  BARE_IN_SEASON.lastIndex = 0;
  for (let m = BARE_IN_SEASON.exec(around); m; m = BARE_IN_SEASON.exec(around)) {
    const at = from + m.index;
    if (at === start) continue;
    const between = at < start ? text.slice(at, start) : text.slice(end, at);
    if (!/[.!?;\n]/.test(between)) return true;
  }
  return false;
}
