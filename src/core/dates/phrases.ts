import { addDays, isRealDay, isoDay, isoMonth, isoWeek, utcDay, weekShift } from './calendar';
import { describeDate } from './describe-date';
import { describeSeason, isSeasonOfEveryYear, seasonOf, seasonYear } from './seasons';
import { HAS_FOR_MONTH, MONTH_FOR, resolveMonthFor } from './month-for';
import { HAS_SPACED_DOTS, resolveSpacedDots, SPACED_DOT_DATE } from './spaced-dot-dates';
import { APOSTROPHE_YEAR_DATE, HAS_APOSTROPHE_YEAR, resolveApostropheYear } from './apostrophe-year-dates';
import { HAS_ROMAN_MONTH, resolveRomanMonthDate, ROMAN_MONTH_DATE } from './roman-months';
import { FOREIGN_MONTH_DATE, HAS_FOREIGN_MONTH, resolveForeignMonthDate } from './foreign-months';
import { CHRISTMAS_DAY, HAS_CHRISTMAS, resolveChristmas } from './holidays';

/** A date phrase resolved to a value (absent when it needs a reference day and has none). */
export interface ResolvedDate {
  value?: string;
  canonical: string;
  /**
   * Set for "the following year" (1) and "the previous year" (-1): the value is the year of the latest
   * date before it in the same paragraph moved by this much, and without such a date there is none.
   */
  yearAfterPrevious?: number;
}

/** A phrase pattern whose match is (part of) a date, resolved from the match and the reference day. */
interface Phrase {
  pattern: RegExp;
  /** Text every match contains: a slice without it is not scanned with the pattern. */
  needs: RegExp;
  /** A second text every match contains, looked for only when `needs` is present. */
  alsoNeeds?: RegExp;
  /** Index of the capture group that is the date itself, when the match carries a leading word. */
  group?: number;
  /** `future()`: whether the sentence around the match speaks of the future (asked only when needed). */
  resolve(m: RegExpExecArray, ref: Date | null, future: () => boolean): ResolvedDate | undefined;
}

const SEASON = '(spring|summer|fall|autumn|winter)';
const YEAR = '((?:1[89]|20)\\d{2})';
/** "early", "late", "mid" before a month or a year, as part of the date ("mid-May", "late 2006"). */
const QUALIFIER = '(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)';
/** Month names, capitalised: news writes them so, and "may", "march" in lower case are verbs. */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Cheap tests for what the patterns need: a year, a season's name, the word "week". */
const HAS_YEAR = /(?:1[89]|20)\d{2}/;
const HAS_SEASON = /spring|summer|fall|autumn|winter/i;
const HAS_WEEK = /week/i;
const HAS_QUALIFIER = /early|late|mid/i;
/** Written as its pattern writes it: a capital only at the word's start, and a capitalised month after it. */
const HAS_RELATIVE_MONTH = /(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+[JFMASOND]/;
const HAS_THE_MONTH = /[Tt]he\s+[JFMASOND]/;
const HAS_DECADE = /\d0s\b/;
const HAS_MAY = /May\b/;
const HAS_FISCAL = /[Ff]iscal/;
const HAS_ABOUT = /[Aa]bout/;
const HAS_COMPARED = /ompared with/;
/** How far around "May" its context is read. */
const MAY_LOOK_BACK = 24;
const MAY_LOOK_AHEAD = 12;
/** "since" right before "May": a month gone by, never the coming one. */
const SINCE_BEFORE_MAY = /\bsince\s+$/;
/** A word that leads to a date right before "May": "of", "since", "until", "April and". */
const LEADS_TO_MAY = new RegExp(`\\b(?:of|since|until|till|from|through|by|before|after|during|between|to|(?:${MONTH_NAMES.join('|')}),?\\s+(?:and|or))\\s+$`);
/** A line's opening, perhaps a bullet: where "May CPI" stands. */
const LINE_OPENS_WITH = /\n(?:[-*\u2022][ \t]+)?$/;
/** A statistic's initials after the month: "May CPI", "May PMI". */
const STATISTIC_AFTER = /^[ \t]+[A-Z]{2,5}\b/;
/** A hyphen, a capitalised word or a verb after "May": a compound, a name ("May Day", "May Okafor") or the modal verb. */
const NOT_AFTER_MAY = /^(?:[ \t]*-|[ \t]+(?:[A-Z][a-z]|be\b|have\b|not\b))/;
/** What the tests of a "last/this/next year" and a neighbouring year below hold, tried first: most paragraphs have none. */
const HAS_YEAR_NAMED = /year/i;
const HAS_YEAR_WORD = /(?:last|this|next) year/i;
const HAS_THE_YEAR = /of the (?:year|decade)/;
/** How far before "to 2028" a number makes the year the end of a count's change ("from 1500 to 2000"). */
const NUMBER_BEFORE = 14;
const HAS_NEIGHBOUR_YEAR = /(?:following|previous|preceding) year/i;
/**
 * Words that may follow a bare season ("in the summer, when", "before the spring.", "in the spring to
 * discuss"), not nouns it qualifies ("the spring statement"); not "to" after "fall" ("the fall to 3%").
 * "that" after "since" or a verb of telling opens what was said ("complained since the spring that
 * canals ran dry", "said in the spring that"); after other words it may qualify a spring of water
 * ("from the spring that feeds the village").
 */
const AFTER_SEASON = '(?=\\s*(?:[,.;:!?)"\u201d\u2019]|$)|\\s+(?:when|and|or|but|after|before|while|with|if|so|because|until|is|was|will|would|has|had|he|she|it|they|we|about|over|against|amid|without|despite)\\b|(?<!fall)\\s+to\\b|(?<=(?:since|said|says|announced|warned|told\\s+\\w+|wrote|reported|confirmed)\\s+(?:(?:in|over|during)\\s+)?(?:the\\s+)?[a-z]+)\\s+that\\b)';
/**
 * A word before "the fall" that reads it as an event as readily as the season ("before the fall", "after
 * the fall" of rock, of a government, of prices): the season is told "in the fall", "by the fall".
 */
const FALL_EVENT_BEFORE = /^(?:before|after|from|since|across|around|ahead of)\s/i;
/** Things counted, so a number before them is a count, not a year ("of 2000 people", "the 1500 metres"). */
const COUNTED = 'people|persons|staff|employees|customers|users|passengers|visitors|fans|seats|beds|flights|vehicles|troops|soldiers|members|votes|times|residents|workers|jobs|homes|houses|cases|deaths|patients|children|students|families|units|cars|tons|tonnes|metres|meters|miles|feet|kilometres|kilometers|km|hectares|acres|euros|dollars|pounds|yuan|yen|rupees|shares|points|runs|words|pages|calories|[a-z]+s\\b(?=\\s+(?:were|are|have|had|who|each))';

/** More things counted, after a verb: "sold 2031 tickets", "gave 2026 doses". */
const COUNTED_TOO = 'tickets|copies|doses|items|signatures|arrests|complaints|applications|animals|trees|buildings|schools|companies|firms|households|migrants|refugees|prisoners|inmates|teachers|nurses|doctors|officers|volunteers|others|more';
/** How many years from the reference year a bare year modifying a noun may lie ("shift 2027 contracts"). */
const NEAR_YEARS = 10;
/** Words after a number that make it no modifier of a noun: joining words, prepositions, verbs. */
const NOT_A_NOUN = 'and|or|but|nor|to|in|on|at|for|of|the|a|an|with|by|from|than|that|which|who|as|is|are|was|were|has|have|had|will|would|per|when|after|before|into|over|under|more|less|plus|minus';
/**
 * A lower-case word right before a bare year, as a verb stands before its object ("shift 2027
 * contracts"); not one that counts ("about 2040 tickets", "more than 2030", "and 2025 others").
 */
const VERB_BEFORE_YEAR = /[^\p{L}\d,.$€£¥%](?!(?:about|around|some|over|under|nearly|almost|than|only|just|roughly|approximately|least|most|exactly|and|or|nor|plus|minus|another|additional|extra|all|total|up|no|number|page|room|route|flight|code|model|version|chapter|article|section|resolution|line|platform|gate|exit|unit|lot|case|file|ref|id)\s)\p{Ll}{2,}\s+$/u;
/** Counts chrono reads only up to twelve: the teens and tens, alone or joined ("twenty-five"), and a hundred. */
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const LONG_COUNT = `(?:${TEENS.join('|')}|(?:${TENS.join('|')})(?:[-\\s](?:${UNITS.join('|')}))?|(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred)`;
/** {@link LONG_COUNT} as the whole of a count. */
const WHOLE_LONG_COUNT = new RegExp(`^${LONG_COUNT}$`, 'i');
/** What every count back holds, "ago" (written in lower case): a literal, the cheapest scan. */
const HAS_AGO = /\sago\b/;

/** The number a {@link LONG_COUNT}, a unit word or "a"/"an" stands for (0 for anything else). */
function countOf(words: string): number {
  const lower = words.toLowerCase();
  // "a hundred", "two hundred": the unit before "hundred" counts the hundreds.
  if (/hundred$/.test(lower)) return 100 * Math.max(1, UNITS.indexOf(lower.split(/\s+/)[0]) + 1);
  let n = 0;
  for (const w of lower.split(/[-\s]+/)) {
    const tens = TENS.indexOf(w);
    const teen = TEENS.indexOf(w);
    const unit = UNITS.indexOf(w);
    n += tens >= 0 ? (tens + 2) * 10 : teen >= 0 ? teen + 13 : unit >= 0 ? unit + 1 : w === 'a' || w === 'an' ? 1 : 0;
  }
  return n;
}

/**
 * The month `month` (1-12) meant without a year: the latest one up to the reference day, or the next
 * one from it in the future. The month right after the reference month is the coming one either way
 * ("the April sitting" in a March report), as a date read in the past is when it begins soon after
 * publication (see `SOON_MONTH_DAYS` in find-dates.ts): last year's would be "last April". Not
 * without `soon`, as after "since", which looks back.
 */
function monthNear(month: number, ref: Date, future: boolean, soon = true): string {
  const refMonth = ref.getUTCMonth() + 1;
  let year = ref.getUTCFullYear();
  if (soon && month === (refMonth % 12) + 1) return isoMonth(month === 1 ? year + 1 : year, month);
  if (!future && month > refMonth) year -= 1;
  if (future && month < refMonth) year += 1;
  return isoMonth(year, month);
}

/**
 * Phrases chrono misses or reads unlike news: seasons, weeks and years after a preposition. They run
 * before chrono; at the same offset, the longer match wins. The patterns are ASCII-only and carry no
 * `u` flag on purpose: V8 runs case-insensitive `\b` scans several times slower with it.
 */
export const PHRASES: readonly Phrase[] = [
  // "bookings for September", "for early April": first, so it wins over the same words read by tense.
  { needs: HAS_FOR_MONTH, pattern: MONTH_FOR, group: 1, resolve: resolveMonthFor },
  {
    // "spring 2019", "the summer of 2019": a season in a stated year.
    needs: HAS_YEAR,
    alsoNeeds: HAS_SEASON,
    pattern: new RegExp(`\\b${SEASON}\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    resolve(m) {
      const season = seasonOf(m[1]);
      return season && { value: m[2], canonical: describeSeason(season, Number(m[2])) };
    },
  },
  {
    // "last fall", "this spring", "next winter", "late summer": relative to the reference day.
    needs: HAS_SEASON,
    pattern: new RegExp(`\\b(last|this|next|past|previous|coming|early|late)\\s+${SEASON}\\b(?!\\s+(?:of\\s+)?\\d)`, 'gi'),
    resolve(m, ref) {
      const season = seasonOf(m[2]);
      if (!season) return undefined;
      if (!ref) return { canonical: `${m[1].toLowerCase()} ${season}` };
      const year = seasonYear(season, m[1], ref);
      return { value: String(year), canonical: describeSeason(season, year) };
    },
  },
  {
    // "in the summer", "before the spring", "set for the autumn": a season named alone, the latest one begun or, in a sentence
    // that looks ahead, the current or coming one. The season is written in lower case ("the Arab Spring"
    // is a name) and ends its phrase ("the spring statement", "the fall of Kabul" are not dates).
    needs: HAS_SEASON,
    pattern: new RegExp(`\\b(?:in|during|over|through|throughout|by|before|after|until|till|since|from|into|across|around|ahead of|(?:set|scheduled|slated|planned|due|pencill?ed in|earmarked) for)\\s+the\\s+${SEASON}${AFTER_SEASON}`, 'gi'),
    group: 1,
    resolve(m, ref, future) {
      const season = m[1] === m[1].toLowerCase() ? seasonOf(m[1]) : undefined;
      if (!season || (m[1] === 'fall' && FALL_EVENT_BEFORE.test(m[0]))) return undefined;
      if (!ref) return { canonical: season };
      const year = seasonYear(season, '', ref, future());
      return { value: String(year), canonical: describeSeason(season, year) };
    },
  },
  {
    // "before autumn", "by spring": a season after a preposition with no article, as British news writes
    // it. Not "fall", a noun and a verb too ("in fall prices"); the season must end its phrase. Not a
    // season of every year (see `isSeasonOfEveryYear`).
    needs: HAS_SEASON,
    pattern: new RegExp(`\\b(?:in|during|by|before|after|until|till|since|from|into|ahead of)\\s+(spring|summer|autumn|winter)${AFTER_SEASON}`, 'g'),
    group: 1,
    resolve(m, ref, future) {
      const season = seasonOf(m[1]);
      if (!season) return undefined;
      // "in winter, when flows fall", "in summer and ... in winter": a season of every year.
      const end = m.index + m[0].lastIndexOf(m[1]) + m[1].length;
      if (/^in\s/.test(m[0]) && isSeasonOfEveryYear(m.input, m.index, end)) return undefined;
      if (!ref) return { canonical: season };
      const year = seasonYear(season, '', ref, future());
      return { value: String(year), canonical: describeSeason(season, year) };
    },
  },
  {
    // "October last year", "May this year", "early June next year", "3 March last year": a month or a
    // day in the year named after it, one date with the year it points to.
    needs: HAS_YEAR_NAMED,
    alsoNeeds: HAS_YEAR_WORD,
    pattern: new RegExp(`\\b(?:${QUALIFIER}|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${MONTH_NAMES.join('|')})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+([Ll]ast|[Tt]his|[Nn]ext)\\s+year\\b`, 'g'),
    resolve(m, ref) {
      if (!ref) return { canonical: m[0] };
      const month = MONTH_NAMES.indexOf(m[2]) + 1;
      const word = m[4].toLowerCase();
      const year = ref.getUTCFullYear() + (word === 'last' ? -1 : word === 'next' ? 1 : 0);
      const day = Number(m[1] ?? m[3] ?? 0);
      const value = day ? (isRealDay(year, month, day) ? isoDay(utcDay(year, month, day)) : undefined) : isoMonth(year, month);
      return value ? { value, canonical: describeDate(value) ?? value } : undefined;
    },
  },
  {
    // "the following year", "the previous year": a year told from the one before it in the paragraph
    // ("In 1971 ... until the following year" is 1972). Not a span of time ("over the following year").
    needs: HAS_YEAR_NAMED,
    alsoNeeds: HAS_NEIGHBOUR_YEAR,
    pattern: /(?<!\b(?:[Oo]ver|[Ww]ithin|[Ff]or|[Tt]hroughout)\s+)\b[Tt]he\s+(following|previous|preceding)\s+year\b/g,
    resolve(m) {
      return { canonical: m[0], yearAfterPrevious: m[1] === 'following' ? 1 : -1 };
    },
  },
  {
    // "Twenty years ago", "twenty-five years ago", "two decades ago", "thirty weeks ago": counts of
    // years and weeks back that chrono misses or cuts ("five years ago" of "twenty-five").
    needs: HAS_AGO,
    pattern: new RegExp(`\\b(${LONG_COUNT}|${UNITS.join('|')}|a|an)\\s+(years?|decades?|months?|weeks?)\\s+ago\\b`, 'gi'),
    resolve(m, ref) {
      const n = countOf(m[1]);
      const unit = m[2].toLowerCase();
      // chrono reads the short counts of years, months and weeks itself ("two years ago").
      if (n === 0 || (!unit.startsWith('decade') && !WHOLE_LONG_COUNT.test(m[1]))) return undefined;
      if (!ref) return { canonical: m[0] };
      if (/^(?:year|decade)/.test(unit)) {
        const value = String(ref.getUTCFullYear() - n * (unit.startsWith('decade') ? 10 : 1));
        return { value, canonical: value };
      }
      if (unit.startsWith('month')) {
        const months = ref.getUTCFullYear() * 12 + ref.getUTCMonth() - n;
        const value = isoMonth(Math.floor(months / 12), (months % 12) + 1);
        return { value, canonical: describeDate(value) ?? value };
      }
      const value = isoWeek(addDays(ref, -7 * n));
      return { value, canonical: describeDate(value) ?? value };
    },
  },
  {
    // "this week", "last week", "this past week": an ISO week value; "week before last" and "week after
    // next" two weeks away. Not "the last week of March", a part of the month the month's own date gives.
    needs: HAS_WEEK,
    pattern: new RegExp(`\\b(?:(this\\s+past|this|last|next|past|previous|coming)\\s+week|week\\s+(before\\s+last|after\\s+next))\\b(?!s|end|\\s+of\\s+(?:${MONTH_NAMES.join('|')})\\b)`, 'gi'),
    resolve(m, ref) {
      if (!ref) return { canonical: m[0] };
      const shift = m[1] ? weekShift(m[1]) : /^before/i.test(m[2]) ? -14 : 14;
      const week = isoWeek(addDays(ref, shift));
      return { value: week, canonical: describeDate(week) ?? week };
    },
  },
  {
    // "last December", "next March", "this June": a month named relative to the reference day, the
    // word being part of the date. "Last" is the latest one before the reference month, "next" the
    // first one after it, "this" the one in the reference year.
    needs: HAS_RELATIVE_MONTH,
    pattern: new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+(${MONTH_NAMES.join('|')})\\b(?!,?\\s*\\d)`, 'g'),
    resolve(m, ref) {
      if (!ref) return { canonical: m[0] };
      const month = MONTH_NAMES.indexOf(m[2]) + 1;
      const word = m[1].toLowerCase();
      const refMonth = ref.getUTCMonth() + 1;
      let year = ref.getUTCFullYear();
      if ((word === 'last' || word === 'past') && month >= refMonth) year -= 1;
      if ((word === 'next' || word === 'coming') && month <= refMonth) year += 1;
      const value = isoMonth(year, month);
      return { value, canonical: describeDate(value) ?? value };
    },
  },
  {
    // "the May budget", "the June election", "the March deadline": a month naming an event of that
    // month; the nearest such month, forwards when the sentence speaks of the future. Not a quarter
    // or a half-year named by its last month ("the December quarter"): a span, not a date.
    needs: HAS_THE_MONTH,
    pattern: new RegExp(`\\b[Tt]he\\s+(${MONTH_NAMES.join('|')})\\s+(?!(?:of|to|and|or|in|on|at|for|with|by|from|is|was|were|are|has|had|will|would|that|which|when|quarter|half)\\b)\\p{Ll}{3,}\\b`, 'gu'),
    group: 1,
    resolve(m, ref, future) {
      if (!ref) return { canonical: m[1] };
      const value = monthNear(MONTH_NAMES.indexOf(m[1]) + 1, ref, future());
      return { value, canonical: describeDate(value) ?? value };
    },
  },
  {
    // "mid-May", "late June", "early March 2024": part of a month, whose value is the month. Without a
    // year, the month up to the reference day, or from it when the sentence speaks of the future.
    needs: HAS_QUALIFIER,
    pattern: new RegExp(`\\b${QUALIFIER}(${MONTH_NAMES.join('|')})(?:,?\\s+${YEAR})?\\b(?![-–/]?\\s*\\d)`, 'g'),
    resolve(m, ref, future) {
      const month = MONTH_NAMES.indexOf(m[1]) + 1;
      if (!m[2] && !ref) return { canonical: m[0] };
      const value = m[2] ? isoMonth(Number(m[2]), month) : monthNear(month, ref!, future());
      return { value, canonical: describeDate(value) ?? value };
    },
  },
  {
    // "the second half of May", "since May", "April and May", "May CPI" opening a line: "May" where
    // chrono, wary of the verb, takes it only after "in". Written with a capital after a word that
    // leads to a date, or before a statistic's initials; not before a capitalised word ("since May
    // Day", "of May Okafor") nor a verb ("until May be").
    needs: HAS_MAY,
    // Found as a literal, the fastest scan; the words around it are read only where it stands.
    pattern: /\bMay\b/g,
    resolve(m, ref, future) {
      const from = Math.max(0, m.index - MAY_LOOK_BACK);
      const before = (from === 0 ? '\n' : '') + m.input.slice(from, m.index);
      const after = m.input.slice(m.index + 3, m.index + 3 + MAY_LOOK_AHEAD);
      if (NOT_AFTER_MAY.test(after)) return undefined;
      if (!LEADS_TO_MAY.test(before) && !(LINE_OPENS_WITH.test(before) && STATISTIC_AFTER.test(after))) return undefined;
      if (!ref) return { canonical: m[0] };
      const value = monthNear(5, ref, future(), !SINCE_BEFORE_MAY.test(before));
      return { value, canonical: describeDate(value) ?? value };
    },
  },
  {
    // "late 2006", "early 2007", "mid-2019": part of a year, whose value is the year.
    needs: HAS_YEAR,
    alsoNeeds: HAS_QUALIFIER,
    pattern: new RegExp(`\\b${QUALIFIER}${YEAR}\\b(?![-–/]\\d|,?\\d|\\s*(?:people|troops|members|votes|times))`, 'g'),
    resolve(m) {
      return { value: m[1], canonical: m[1] };
    },
  },
  {
    // "the 1990s", "the late 1980s": a decade, valued as ISO 8601-2 writes one (its first three
    // digits, "199"), so it sorts just before its first year; "late" is kept in the text only. "The
    // 1800s" and "the 1900s" are centuries, valued by their first two digits; "the 2000s" is the decade.
    // "The '90s" is the 1990s, "the '00s" the 2000s; "the '20s" could be either and is left alone.
    needs: HAS_DECADE,
    pattern: /(?:\b(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+))?(?:\b((?:1\d|20)\d)|(?<!\w)['’]([013-9]))0s\b/g,
    resolve(m) {
      const decade = m[1] ?? `${m[2] <= '1' ? '20' : '19'}${m[2]}`;
      const century = decade.startsWith('1') && decade.endsWith('0') && m[1] !== undefined;
      return { value: century ? decade.slice(0, 2) : decade, canonical: `${decade}0s` };
    },
  },
  {
    // "the 2023-24 season", "in 2025/26", "fiscal 2024-25": a year running into the next, valued as the
    // year it starts in, or, for a fiscal year, the one it ends in (as "fiscal 2025" is). Only the very
    // next year after the dash, so no ISO month ("2021-02") or code is read as one.
    needs: HAS_YEAR,
    pattern: new RegExp(`(?<![\\d.,/–-])\\b((?:[Ff]iscal(?:\\s+[Yy]ear)?|FY)\\s+)?${YEAR}[-–/](\\d{2})\\b(?![-–/.,]\\d)`, 'g'),
    resolve(m) {
      const start = Number(m[2]);
      if ((start + 1) % 100 !== Number(m[3])) return undefined;
      const value = String(m[1] ? start + 1 : start);
      return { value, canonical: `${m[1] ? 'fiscal ' : ''}${start}–${start + 1}` };
    },
  },
  {
    // "fiscal 2026", "fiscal year 2025": a company's year, named by the calendar year it ends in.
    needs: HAS_YEAR,
    alsoNeeds: HAS_FISCAL,
    pattern: new RegExp(`\\b[Ff]iscal(?:\\s+[Yy]ear)?\\s+${YEAR}\\b(?![-–/]\\d|,?\\d)`, 'g'),
    resolve(m) {
      return { value: m[1], canonical: m[0] };
    },
  },
  {
    // "in 1994", "since 1994", "by 2030", "beyond 2030", "the 2017 election", "the end of 2026", "targeted for 2027",
    // "as recently as 2024", "until at least 2029", "we remember 2023", "a dry year, such as 2015": a year on
    // its own after a preposition,
    // "the" or a verb of memory. The word before is
    // context, not part of the date; "1994-95", "1994/5" and counts ("the 2000 people") are left alone.
    needs: HAS_YEAR,
    pattern: new RegExp(`\\b(?:in|since|by|until|till|from|before|after|during|around|through|between|of|the|for|beyond|(?:recently|early|late|soon|long ago|far back)\\s+as|such\\s+as|(?:until|till|by|from|since|before)\\s+at\\s+(?:least|the\\s+(?:latest|earliest))|remember(?:s|ed)?|recall(?:s|ed)?)\\s*${YEAR}\\b(?![-–/]\\d|,?\\d|\\s*(?:${COUNTED}))`, 'gi'),
    group: 1,
    resolve(m) {
      return { value: m[1], canonical: m[1] };
    },
  },
  {
    // "pushes back production to 2028", "delayed by about a year to 2028": a year something is moved
    // or runs to. Not a count reached from another number close before it ("from 1500 to 2000", "12
    // points to 1987"), nor "up to 2000".
    needs: HAS_YEAR,
    pattern: new RegExp(`\\b(?<!\\b[Uu]p\\s)to\\s+${YEAR}\\b(?![-–/.]\\d|,?\\d|\\s*(?:${COUNTED}))`, 'g'),
    group: 1,
    resolve(m) {
      if (/\d/u.test(m.input.slice(Math.max(0, m.index - NUMBER_BEFORE), m.index))) return undefined;
      return { value: m[1], canonical: m[1] };
    },
  },
  {
    // "rose by 19 percent compared with 2024": the year a figure is set against. Only a year near the
    // reference one, as a count may be set against another ("2100 units, compared with 2050 a year earlier").
    needs: HAS_YEAR,
    alsoNeeds: HAS_COMPARED,
    pattern: new RegExp(`\\b[Cc]ompared\\s+with\\s+${YEAR}\\b(?![-–/.]\\d|,?\\d|\\s*(?:${COUNTED}))`, 'g'),
    group: 1,
    resolve(m, ref) {
      return ref && Math.abs(Number(m[1]) - ref.getUTCFullYear()) <= NEAR_YEARS ? { value: m[1], canonical: m[1] } : undefined;
    },
  },
  {
    // "before the end of the year", "at the start of the year": the year of the reference day; "by
    // the end of the decade": its decade, valued as its first three digits ("202").
    needs: HAS_THE_YEAR,
    pattern: /\b(?:[Ee]nd|[Ss]tart|[Bb]eginning)\s+of\s+the\s+(year|decade)\b/g,
    resolve(m, ref) {
      if (!ref) return { canonical: m[0] };
      const year = ref.getUTCFullYear();
      if (m[1] === 'decade') return { value: String(Math.floor(year / 10)), canonical: `${Math.floor(year / 10)}0s` };
      const value = String(year);
      return { value, canonical: value };
    },
  },
  {
    // "before the end of the summer", "at the start of the spring": a part of a season, valued as the
    // season's year, the latest begun or, in a sentence that looks ahead, the current or coming one.
    needs: HAS_SEASON,
    pattern: /\b(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle)\s+of\s+the\s+(spring|summer|autumn|winter)\b/g,
    resolve(m, ref, future) {
      const season = seasonOf(m[1]);
      if (!season) return undefined;
      if (!ref) return { canonical: m[0] };
      const year = seasonYear(season, '', ref, future());
      return { value: String(year), canonical: describeSeason(season, year) };
    },
  },
  {
    // "was about 2027, not about the crisis": a year as what something is about. Only before a
    // clause's end, since "about 2000" before anything else is as often a count ("about 2000 people").
    needs: HAS_YEAR,
    alsoNeeds: HAS_ABOUT,
    pattern: new RegExp(`\\b[Aa]bout\\s+${YEAR}(?=[,.;:!?)"\u201d\u2019]|$)(?!\\.\\d)`, 'g'),
    group: 1,
    resolve(m) {
      return { value: m[1], canonical: m[1] };
    },
  },
  {
    // "her 1971 photographs", "the company's 2024 results": a year as a modifier after a possessive.
    // A round 2000 before a plural ("their 2000 staff") is a count.
    needs: HAS_YEAR,
    pattern: new RegExp(`(?:\\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Ww]hose)|[A-Za-z]['\u2019]s|s['\u2019])\\s+(?!(?:1[89]|20)00\\s+[a-z]+s\\b)${YEAR}\\b(?![-\u2013/]\\d|,?\\d|\\s*(?:${COUNTED}))`, 'g'),
    group: 1,
    resolve(m) {
      return { value: m[1], canonical: m[1] };
    },
  },
  {
    // "could not shift 2027 contracts", "will fund 2026 repairs": a year as a modifier after a verb,
    // before a noun. A number there is as often a count ("sold 2140 tickets"), so only a year a few
    // years from the reference one, not a round hundred nor before a thing counted, after a word that
    // counts nothing ("about", "than") and before one that is no noun ("2027 and").
    needs: HAS_YEAR,
    pattern: new RegExp(`\\b${YEAR}\\s+(?!(?:${NOT_A_NOUN}|${COUNTED_TOO}|${COUNTED})\\b)[a-z]{3,}\\b`, 'g'),
    group: 1,
    resolve(m, ref) {
      const year = Number(m[1]);
      if (!ref || year % 100 === 0 || Math.abs(year - ref.getUTCFullYear()) > NEAR_YEARS) return undefined;
      const from = Math.max(0, m.index - 24);
      const before = (from === 0 ? ' ' : '') + m.input.slice(from, m.index);
      return VERB_BEFORE_YEAR.test(before) ? { value: m[1], canonical: m[1] } : undefined;
    },
  },
  {
    // The second year of "between 1990 and 1995", "from 2010 to 2015", "in 2021 and 2022".
    needs: HAS_YEAR,
    pattern: new RegExp(`\\b(?:in|from|between|since|during)\\s+${YEAR}\\s+(?:and|to|or|through|until|till)\\s+${YEAR}\\b(?![-–/]\\d|,?\\d)`, 'gi'),
    group: 2,
    resolve(m) {
      return { value: m[2], canonical: m[2] };
    },
  },
  // "2026. 08. 04.", "30. 5. 2026.": see spaced-dot-dates.ts.
  { needs: HAS_SPACED_DOTS, pattern: SPACED_DOT_DATE, resolve: resolveSpacedDots },
  // "Thu 12 Feb '26": see apostrophe-year-dates.ts.
  { needs: HAS_APOSTROPHE_YEAR, pattern: APOSTROPHE_YEAR_DATE, resolve: resolveApostropheYear },
  // "5.VI.2026": see roman-months.ts.
  { needs: HAS_ROMAN_MONTH, pattern: ROMAN_MONTH_DATE, resolve: resolveRomanMonthDate },
  // "14 ottobre 2026", "3 de marzo de 2026": see foreign-months.ts.
  { needs: HAS_FOREIGN_MONTH, pattern: FOREIGN_MONTH_DATE, resolve: resolveForeignMonthDate },
  // "before Christmas": see holidays.ts.
  { needs: HAS_CHRISTMAS, pattern: CHRISTMAS_DAY, group: 1, resolve: resolveChristmas },
];

/** The distinct tests of `PHRASES`, and per phrase the indices of its `needs` and `alsoNeeds` among them (-1: none). */
const NEEDS = [...new Set(PHRASES.flatMap((p) => (p.alsoNeeds ? [p.needs, p.alsoNeeds] : [p.needs])))];
const NEEDS_AT = PHRASES.map((p) => NEEDS.indexOf(p.needs));
const ALSO_NEEDS_AT = PHRASES.map((p) => (p.alsoNeeds ? NEEDS.indexOf(p.alsoNeeds) : -1));
/** Per test of the slice being read: 0 not tried yet, 1 present, 2 absent. Shared: a slice is read to the end before the next. */
const present = new Uint8Array(NEEDS.length);

/** Whether `slice` holds a match of test `k`, each test tried once per slice (see {@link present}). */
function hasText(k: number, slice: string): boolean {
  if (present[k] === 0) present[k] = NEEDS[k].test(slice) ? 1 : 2;
  return present[k] === 1;
}

/** One phrase found in a slice: offsets relative to the slice. */
export interface PhraseMatch extends ResolvedDate {
  index: number;
  length: number;
}

/**
 * Every special phrase in `slice`. `futureAt(index, length)` tells whether the sentence around a
 * match in the slice speaks of the future (none by default).
 */
export function findPhrases(slice: string, ref: Date | null, futureAt: (index: number, length: number) => boolean = () => false): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  // Several phrases need the same text: test each need once.
  present.fill(0);
  for (let i = 0; i < PHRASES.length; i++) {
    const phrase = PHRASES[i];
    // The patterns are global and shared: restart them, and finish each scan before the next.
    const { pattern } = phrase;
    if (!hasText(NEEDS_AT[i], slice) || (ALSO_NEEDS_AT[i] >= 0 && !hasText(ALSO_NEEDS_AT[i], slice))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const part = phrase.group === undefined ? m[0] : m[phrase.group];
      const index = m.index + (phrase.group === undefined ? 0 : m[0].lastIndexOf(part));
      const resolved = phrase.resolve(m, ref, () => futureAt(index, part.length));
      if (resolved) out.push({ index, length: part.length, ...resolved });
    }
  }
  return out;
}
