import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Entity, TextRange } from '../model/types';
import { DATE_PARSER } from './date-parser';
import { describeDate } from './describe-date';
import { findPhrases, type ResolvedDate } from './phrases';
import { addDays, isoDay, isRealDay, pad2, pad4, utcDay } from './calendar';
import { looksLikeDate, needsNoTense, referenceDay, resolveComponents } from './resolve-chrono';
import { writesDayFirst } from './slash-order';
import { withSpeakersDays } from './quoted-days';
import { isFutureContext, isPastOwned } from './tense';
import { dayAt, liveDays } from './live-days';
import { tableYears } from './table-years';

/**
 * Sentence words chrono includes that belong to the sentence, not the date ("on Wednesday" -> "Wednesday"),
 * and the pronouns it reads as "the" and a unit letter before a count ("warned them two weeks ago").
 */
const LEADING = /^(?:on|in|since|by|until|till|from|during|at|of|as of|before|after|the|them|they)\s+/iu;
/** Those pronouns alone, left out of chrono's match before it is judged ("them two weeks later" is "two weeks later"). */
const GLUED_PRONOUN = /^the[my]\s+/iu;
/**
 * A clock time after the day ("October 16, 2025 at 9:12 PM", "Dec 2, 2025 11:40 AM", "November 13 2025 - 4:52pm", "16 Feb 2026
 * 09.12", "Friday from 9:30") or a part of the day after a named day ("Sunday night"): a date is the day, so the time is left out.
 */
const TIME_AFTER = /(?:[\s,]+(?:[-–—|]\s*)?(?:(?:at|from|between)\s+)?\d{1,2}(?:[:.]\d{2}(?:\s*(?:[ap]\.m\.?|[AaPp][Mm]))?|\s*(?:[ap]\.m\.?|[AaPp][Mm]))(?:\s*\(?(?:[A-Z]{1,4}T|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?|\s+(?:morning|afternoon|evening|night))$/u;
/**
 * A clock time or a time zone before the day ("9 p.m. on Monday", "3am on Sunday", "noon Friday", "9pm
 * tonight", "EAT, June 11, 2025", "14:32 GMT on Friday", "9 a.m. EST on Monday").
 */
const TIME_BEFORE = /^(?:(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.?|[AaPp][Mm])|\d{1,2}:\d{2}|noon|midnight)\s+(?:on\s+)?|(?:[A-Z]{1,4}T|UTC)(?:[+-]\d{1,2})?,?\s+(?:on\s+)?)+(?=\p{Lu}|(?:today|tonight|tomorrow|yesterday)\b)/u;
/** A part of the day before the day it belongs to ("night of August 12, 2023"). */
const PART_OF_DAY_OF = /^(?:morning|afternoon|evening|night)\s+of\s+(?=\p{Lu}|\d)/u;
/** "now" after a day chrono joins it to ("Friday now", "Monday to Thursday, now"). */
const NOW_AFTER = /,?\s+now$/iu;
/** A short "year" after a day and a comma ("September 30, 13"), which may be the start of a count. */
const COUNT_AS_YEAR = /,\s*\d{1,3}$/u;
/** The rest of a count written with thousands separators (",400"). */
const THOUSANDS_AFTER = /^[,.]\d{3}(?!\d)/u;
/** An ISO 8601 date with a time joined by "T". */
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}T\d/u;
/**
 * A span told from another event, after a comma ("this morning, a day before the company's update"):
 * chrono joins it to the date before it, which stands alone.
 */
const COUNTED_TAIL = /,\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|earlier|later)$/iu;
/** "this" before a full date ("In this Wednesday, April 7, 2021 file photo") is not part of it. */
const LEADING_THIS = /^this\s+(?=\p{L}+,?\s+\p{L}+\.?\s+\d)/iu;
/** "this" before "past weekend": it only stresses "past", and is part of the date. */
const THIS_BEFORE_PAST = /\bthis\s+$/iu;
/** "late Thursday", "late on Wednesday", "mid-March", "earlier this year": the modifier is part of the time reference. */
const MODIFIER_BEFORE = /(?:^|\s)((?:late|early|mid|earlier|later)(?:\s+on)?\s+|mid-)$/iu;
/**
 * "run" before "late" or "early", which then tells how long something lasts, not when ("the rainy
 * season would run late this year"): the date is what follows. Not "came late Thursday", a time of day.
 */
const VERB_BEFORE_MODIFIER = /\b(?:run|runs|ran|running)\s+$/iu;
/** An update or correction note, whose days can lie a little after publication ("This article was updated on November 19"). */
const UPDATE_NOTE = /\b(?:updated|corrected|amended|revised|editor['’]s note|correction|clarification)\b[^.!?\n]*$/iu;
/**
 * What every `UPDATE_NOTE` holds, as a cheap first test: the anchored pattern is tried from every
 * position of the text before each date, and almost none of them is an update note. `ſ` because
 * `UPDATE_NOTE` folds case the Unicode way, where it reads as "s".
 */
const UPDATE_NOTE_WORD = /updat|correct|amend|revi[sſ]|editor|clarif/i;
/** How many days after publication an update note's day may lie and keep the publication's year. */
const UPDATE_DAYS = 45;
/**
 * How many days after publication a day told without a year, in a clause read in the past, is still
 * that coming day: a day a year back would be written with its year, while reports name the next
 * race, hearing or vote by its date alone ("work to do before the next race on March 15" in a report
 * of March 8; "Jan. 3" in one of December 28). A month beginning so soon is the coming one too.
 */
const SOON_DAYS = 14;
/**
 * How far ahead a month named alone ("in September"), or a day set as a deadline ("by Sept. 1",
 * "before Oct. 3"), may lie and still be the coming one in a clause read in the past: the next
 * month whole ("named for the world championships in September" in an August report), as last
 * year's would be "last September", and a deadline is a day still to be met.
 */
const SOON_MONTH_DAYS = 31;
/**
 * How far ahead a month named alone after "from" may lie and still be the coming one in a clause read
 * in the past: "from July" opens a period, and a period opened a year back is told "since July"
 * ("we have agreed a single timetable from July" in a May release; "rose in May from April" is
 * not ahead at all). Not the first end of a range ("ran from October to March").
 */
const FROM_MONTH_DAYS = 183;
const FROM_BEFORE = /\bfrom\s+$/u;
const RANGE_END_AFTER = /^\s*(?:to|until|till|through|and|[-–—])\s/u;
/** A deadline word right before the date: "by", "before". */
const DEADLINE_BEFORE = /\b(?:by|before)\s+(?:the\s+)?$/iu;
/**
 * How many days after publication the day heading an entry of an agenda or a timeline ("Nov 5 — BNR
 * rate decision" under "Coming up") may lie: such a line has no verb to tell its tense, and a
 * timeline of the past would not hold a day so soon after its publication.
 */
const ENTRY_DAYS = 45;
/** A day heading its line, after any list mark, before a dash or a colon that opens the entry. */
const ENTRY_OPENING = /(?:^|\n)[ \t]*(?:[-*•·>|][ \t]*)?$/u;
const ENTRY_AFTER = /^[ \t]*[-–—:|]/u;
/** What joins two dates as a pair or as the ends of a range. */
const PAIR_JOIN = /^\s*(?:[-–—,\/]|and|or|to|through|until|till)\s*$/u;
/** A month's name or its short form. */
const MONTH_NAMED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
/** A weekday's name or a year, either of which fixes a date's year. */
const WEEKDAY_OR_YEAR = /\b(?:mon|tue|wed|thu|fri|sat|sun)|\d{3}|['’]\d{2}\b/iu;
/** A weekend named with "the" or as a plural, as a habit is told ("at the weekend", "at weekends"). */
const ANY_WEEKEND = /^(?:the\s+)?weekends?$/iu;
/**
 * A habit told in the present before "at the weekend" ("hotels still turn people away at the
 * weekend", "he usually trains at weekends"): every weekend, not a date. Not a past or a modal
 * between ("shops were still closed at the weekend").
 */
const HABIT_BEFORE = /\b(?:usually|often|always|normally|typically|regularly|generally|sometimes|routinely|traditionally|still|tends?\s+to)\s+(?:(?!(?:was|were|had|did|will|would|could|might|should)\s)(?:[^\s.!?;:]*[^\s.!?;:d]|[^\s.!?;:]*[^e\s.!?;:]d)\s+){1,6}?(?:at|on|over|during)\s+(?:the\s+)?$/iu;
/**
 * What makes a weekend one of an event or of a month, not the one nearest publication: a month or a
 * day after it ("the opening weekend in January", "the weekend of March 5"), or an event's opening or
 * closing before it ("the festival's closing weekend").
 */
const PLACED_WEEKEND_AFTER = /^[ \t]+(?:in|of)[ \t]+(?:(?:early|mid|late)[ \t-]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)/u;
const EVENT_WEEKEND_BEFORE = /\b(?:opening|closing)[ \t]+$/iu;
/** A month after "last week", as in "the last week of March": a part of that month, which the month's own date gives. */
const OF_MONTH_AFTER = /^[ \t]+of[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
/**
 * A noun after a bare "weekend", which then says what kind of thing it is, not when ("articles about
 * weekend queues", "weekend trains"): no date. Not a word that goes on the sentence ("weekend and").
 */
const NOUN_AFTER_WEEKEND = /^[ \t]+(?!(?:and|or|but|in|at|on|of|to|for|with|from|by|was|were|is|are|had|has|when|as|after|before|while|that|which|the|a|an|he|she|they|we|it|i|you|there)\b)\p{Ll}{3,}/u;
/** A month or weekday name after a title is a person's name ("Mr. March", "Prime Minister May"). */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Sen|Rep|Gov|Capt|Col|Lt|Sgt|Rev|Sir|Dame|Lady|Lord|Judge|Minister|Justice)\.?\s+$/u;
/** "every" or "each" right before a day or a month: a habit, not a date ("Every Saturday night", "each March"). */
const EVERY_BEFORE = /\b(?:every|each)\s+$/iu;
/** "a" right before a weekday: any such day, not a date ("At noon on a Tuesday the square is empty"). */
const ANY_WEEKDAY_BEFORE = /(?:^|[^\p{L}])[Aa]\s+$/u;
/** A weekday named alone. */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u;
/**
 * Two weekdays as the ends of a span that is something ("Tuesday to Thursday is fine", "Monday to
 * Friday are school days"): the days of any week, a habit, not dates.
 */
const WEEKDAY_SPAN = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:to|through|[-–])\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u;
/** "is" or "are" right after. */
const PRESENT_BE_AFTER = /^\s+(?:is|are)\b/u;
/**
 * Opening hours or a working week told in the present before such a span ("is open Monday to
 * Friday", "buses run from Monday to Saturday", "staff work Monday to Thursday"): every week's days.
 * Not after a modal or "to" ("the strike will run from Monday to Friday").
 */
const HOURS_BEFORE = /\b(?:(?:is|are)\s+(?:open|closed|shut|staffed|available)|(?<!\b(?:will|would|shall|might|could|should|must|to)\s+|['’]ll\s+)(?:opens?|closes?|runs?|operates?|works?|serves?|trades?))\s+(?:from\s+)?$/iu;
/** "this morning", "this afternoon", "this evening": a part of the publication day, valued as the day. */
const PART_OF_TODAY = /^this\s+(?:morning|afternoon|evening)$/iu;
/** Two numbers and a slash, with no year: in a table, a score or a record ("7/3": goals and penalties). */
const BARE_SLASH = /^\d{1,2}\/\d{1,2}$/u;
/** A capitalised day word before a programme word names the programme ("BBC Radio 4's Today programme", "the Today show"). */
const PROGRAMME_AFTER = /^[ \t]+(?:programme|program|show|podcast|bulletin)\b/u;
/**
 * A weekday or "Weekend" between "the" and a capitalised word is part of a name ("the Sunday Times",
 * "the Tuesday Cup", "The Weekend Australian", "the Good Friday Agreement"), not a date; not before a
 * month or a number ("the Sunday May 3 match"), which make a date of it.
 */
const NAMED_DAY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Weekend)$/u;
const NAME_WORD_AFTER = /^[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\b)\p{Lu}\p{Ll}/u;
const THE_BEFORE_NAME = /\b[Tt]he[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?$/u;
/**
 * "today's" meaning "of our time" ("today's treatments", "in today's world", "today's young
 * voters"): a plural or a word of the age after it, perhaps behind one adjective. Plurals that
 * happen on a day ("today's talks", "today's results") keep the day, and so does a noun followed by a
 * verb ("today's agreement shows", "today's decision means"), the noun's suffix telling it from an adjective.
 */
const NOWADAYS_AFTER = /^['’]s[ \t]+(?:(?!\p{Ll}+(?:ment|tion|sion|ance|ence|ship|ness|ity)\b)\p{Ll}+[ \t]+)?(?:(?!(?:talks|elections|results|games|matches|proceedings|protests|negotiations|hearings|papers|headlines|figures|numbers|announcements|events|celebrations|strikes|fixtures|races|finals|semi-finals|markets|sessions|meetings|votes)\b)\p{Ll}{3,}s\b|(?:world|society|economy|generation|youth|era|age|climate|culture|politics|media|landscape|standards)\b)/u;
/**
 * A quarter or a half-year named by its months ("the October-December quarter", "the June half"):
 * a span of a company's or a government's year, not a date.
 */
const QUARTER_AFTER = /^[ \t-]+(?:quarters?|half|halves|half-years?)\b/u;
/** "period" after two months joined ("the July-September period"): a span too, where one month is not ("the July period"). */
const PERIOD_AFTER = /^[ \t]+periods?\b/u;
/** A dash or a word joining two months in a phrase of `MONTHS_ONLY`. */
const MONTHS_JOINED = /\p{L}\.?\s*[-–—\/]\s*\p{L}|\s(?:to|through)\s/u;
/** Month names only, joined by a dash or a word: what a quarter is named with. */
const MONTHS_ONLY = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?(?:\s*[-–—\/]\s*|\s+(?:to|through)\s+)?)+$/u;
/**
 * "today" meaning "nowadays" at the end of a clause that says how or where things are ("where the
 * orders are today", "what the city is today", "as it stands today"), not when something happens.
 */
const NOWADAYS_BEFORE = /\b(?:where|what|who|how|as)\s+(?:[\p{L}'’-]+\s+){1,3}(?:is|are|stands?|looks?|lives?)\s+$/iu;
/**
 * A habit later in the sentence "Today" opens ("Today a nurse reaches the city centre in 45 minutes,
 * every morning"), with no past or future verb between: "today" means "nowadays", not a day.
 */
const HABIT_AFTER_TODAY = /^(?:(?!\b(?:said|says|told|was|were|will|would|had|did|\p{Ll}{2,}ed)\b)[^.!?\n]){0,160}\b(?:every|each)\s+(?:morning|day|evening|night|week|weekday|month)\b/iu;
/**
 * "Today" opening a sentence on what something is now, said of a thing named before ("Today that is
 * not the case", "Today those are the main routes"): "nowadays", not a day.
 */
const NOWADAYS_DEMONSTRATIVE = /^[ \t]+(?:that|these|those)[ \t]+(?:is|are|isn['’]t|aren['’]t)\b/u;
/** The end of a clause after "today". */
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?"”’)]|$)/u;
/**
 * A day named or numbered: what is left must still be a date once a time is cut off ("tomorrow
 * morning" -> "tomorrow"; "this morning" stays whole).
 */
const HAS_DAY = /\d|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)day\b|^(?:today|tomorrow|yesterday)\b/iu;
/** Where a range splits into its two ends ("May 5-7", "from May to July"). */
const RANGE_SEPARATOR = /\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/iu;
/** A slash date either of whose first two parts could be the month ("03/02/2026", "03/02/26"), which chrono reads month first. */
const AMBIGUOUS_SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/u;
/**
 * A date parted by dots ("10.06.2026", "07.06.26"), which chrono reads month first: pages that write dates so
 * (German, Nordic, Baltic, Slavic) put the day first, as the article parser reads them too.
 */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/u;
/**
 * What a piece of text must hold to be searched for dates: a figure or a word of the calendar. The
 * figure is looked for first, alone: most pieces hold one, and a search for a single kind of
 * character is far cheaper than one for any of the words.
 */
const DIGIT = /\d/u;
const DATE_WORD = /day|week|month|year|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tonight|last night|tomorrow|ago|this (?:morning|afternoon|evening)|christmas/iu;
/** Longest piece of text handed to chrono at once (see {@link chunks}). */
const CHUNK = 3000;
/** A fixed reference for texts with no publication date; only values that carry their own year are kept then. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** What is read of a chrono result. */
type ChronoMatch = Pick<ParsedResult, 'index' | 'text' | 'start' | 'end'>;

interface Found extends ResolvedDate {
  start: number;
  end: number;
  /** Start of the range (paragraph) it was found in, for the dates told from an earlier one. */
  within?: number;
}

/**
 * Finds the date expressions in `ranges` of `text` with exact UTF-16 offsets and resolves them against
 * the publication day (`YYYY-MM-DD`) the way news uses them: in the past unless the clause says
 * otherwise ("next", "will ...", "would ..."; "said Friday it will" stays a past Friday), the
 * publication day included for its own weekday. A stated weekday picks the year of a day without one
 * ("Saturday, May 15"). Values keep their real granularity: `2020-12-02`, `2020-11` ("in November",
 * "the end of April"), `2021-W19` ("this week", "last week": ISO 8601 weeks, Monday to Sunday),
 * `2020` (seasons give their year; a winter the year it begins in; "the following year" the year after
 * the latest date before it in its range). Durations ("six weeks"), bare numbers and times without a
 * day are not dates. With no publication day, relative dates ("last
 * month", "Friday") are returned without a `value`, their canonical being the words as written.
 * In `captions` (photo captions, told in the present of the picture) a verb in the present does not
 * put a date ahead. A weekend is the ISO week holding it. A quoted "today" in a report of the day
 * before publication is that day (see {@link withSpeakersDays}). A live page's entries under a heading
 * naming their day are told from that day (see {@link liveDays}). The years of a table's "Year" column
 * are dates (see {@link tableYears}). Sorted, non-overlapping.
 */
export function findDates(text: string, ranges: readonly TextRange[], published: string | null, captions: readonly TextRange[] = []): Entity[] {
  const pageDay = referenceDay(published);
  // A live page's entries under a heading naming their day are told from that day.
  const days = pageDay ? liveDays(text, ranges, pageDay) : [];
  const found: Found[] = [];
  const isFuture = (start: number, end: number) => isFutureContext(text, start, end, captions.length > 0 && captions.some((c) => c.start <= start && end <= c.end));
  for (const whole of ranges) {
    const ref = days.length && pageDay ? dayAt(days, whole.start, pageDay) : pageDay;
    for (const range of chunks(text, whole)) {
      const slice = text.slice(range.start, range.end);
      if (!DIGIT.test(slice) && !DATE_WORD.test(slice)) continue;
      const futureAt = (index: number, length: number) => isFuture(range.start + index, range.start + index + length);
      for (const p of findPhrases(slice, ref, futureAt)) {
        const start = range.start + p.index;
        found.push({ start, end: start + p.length, value: p.value, canonical: p.canonical, yearAfterPrevious: p.yearAfterPrevious, within: whole.start });
      }
      const results = DATE_PARSER.parse(slice, { instant: ref ?? NO_REFERENCE, timezone: 0 }, { forwardDate: false });
      for (const result of results) found.push(...fromResult(text, range.start, slice, result, ref, isFuture));
    }
    for (const year of tableYears(text, whole)) found.push({ ...year, canonical: year.value, within: whole.start });
  }
  // Earlier and longer matches win; the special phrases were pushed first, so they win ties.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd || f.end <= f.start) continue;
    lastEnd = f.end;
    const first = out.length ? out[out.length - 1] : undefined;
    const told = f.yearAfterPrevious === undefined ? (first ? notBefore(f, first, text, pageDay) : f) : fromPreviousYear(f, out);
    if (!told) continue;
    const entity: Entity = { type: 'date', text: text.slice(f.start, f.end), start: f.start, end: f.end, canonical: told.canonical };
    if (told.value !== undefined) entity.value = told.value;
    out.push(entity);
  }
  return withSpeakersDays(text, out, published);
}

/**
 * "the following year", "the previous year" valued from the latest earlier date of its range that has
 * a year; none when there is no such date, as with "the day before": the year is that of some untold event.
 */
function fromPreviousYear(f: Found, before: readonly Entity[]): ResolvedDate | null {
  for (let i = before.length - 1; i >= 0 && before[i].start >= (f.within ?? f.start); i--) {
    const year = /^\d{4}/u.exec(before[i].value ?? '');
    if (year) {
      const value = String(Number(year[0]) + (f.yearAfterPrevious ?? 0));
      return { value, canonical: value };
    }
  }
  return null;
}

/**
 * `range` cut at sentence ends (else at spaces) into pieces of at most CHUNK characters. Some of chrono's
 * parsers look back over everything before each match, which is quadratic in one huge paragraph; real
 * paragraphs are far shorter, so this only bounds the pathological case.
 */
function chunks(text: string, range: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let start = range.start;
  while (range.end - start > CHUNK) {
    const window = text.slice(start, start + CHUNK);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
    const space = window.lastIndexOf(' ');
    const cut = sentence > CHUNK / 2 ? sentence + 1 : space > CHUNK / 2 ? space : CHUNK;
    out.push({ start, end: start + cut });
    start += cut;
  }
  out.push({ start, end: range.end });
  return out;
}

/** One chrono result as zero, one or two dates (a range gives its two ends). */
function fromResult(text: string, base: number, slice: string, result: ChronoMatch, ref: Date | null, isFuture: (start: number, end: number) => boolean): Found[] {
  let { index } = result;
  let phrase = result.text.replace(/[\s,;:]+$/u, '');
  // Keep the full stop of an abbreviation ("Nov.") but not a sentence's.
  if (phrase.endsWith('.') && !/\b\p{L}{3,4}\.$/u.test(phrase)) phrase = phrase.slice(0, -1);
  // chrono's weekday takes a comma before it after an abbreviation's full stop ("Washington, D.C., on
  // Monday"): the sentence's, not the date's.
  const comma = /^[,;:]\s*/u.exec(phrase);
  if (comma) [index, phrase] = [index + comma[0].length, phrase.slice(comma[0].length)];
  // chrono's weekday takes the brackets around it ("(Wednesday)", "Zagreb, Wednesday)"): not the date's.
  if (phrase.startsWith('(')) [index, phrase] = [index + 1, phrase.slice(1)];
  if (phrase.endsWith(')') && !phrase.includes('(')) phrase = phrase.slice(0, -1);
  const lead = LEADING.exec(phrase) ?? LEADING_THIS.exec(phrase);
  if (lead) {
    index += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  // "the night of August 12, 2023": chrono reads the part of the day as a time and leaves the day
  // uncertain; the date is what follows "of", read again alone.
  const partOfDay = PART_OF_DAY_OF.exec(phrase);
  if (partOfDay) {
    const at = index + partOfDay[0].length;
    const again = DATE_PARSER.parse(slice.slice(at, result.index + result.text.length), { instant: ref ?? NO_REFERENCE, timezone: 0 }, { forwardDate: false })[0];
    if (!again || again.index !== 0) return [];
    return fromResult(text, base, slice, { index: at, text: again.text, start: again.start, end: again.end }, ref, isFuture);
  }
  // "on Friday now looks unlikely": chrono joins "now" to the day and reads the two as this moment;
  // the date is the day before it, read again alone.
  const now = phrase.length > 4 && NOW_AFTER.exec(phrase);
  if (now) {
    const again = DATE_PARSER.parse(slice.slice(index, index + now.index), { instant: ref ?? NO_REFERENCE, timezone: 0 }, { forwardDate: false })[0];
    if (!again || again.index !== 0 || again.text.length !== now.index) return [];
    return fromResult(text, base, slice, { index, text: again.text, start: again.start, end: again.end }, ref, isFuture);
  }
  // "ended September 30, 13,400 vessels transited": chrono reads a count's first figures as the year;
  // the date is the day before the comma, read again alone.
  const count = phrase.length > 4 && COUNT_AS_YEAR.exec(phrase);
  if (count && THOUSANDS_AFTER.test(slice.slice(index + phrase.length, index + phrase.length + 5))) {
    const again = DATE_PARSER.parse(slice.slice(index, index + count.index), { instant: ref ?? NO_REFERENCE, timezone: 0 }, { forwardDate: false })[0];
    if (!again || again.index !== 0 || again.text.length !== count.index) return [];
    return fromResult(text, base, slice, { index, text: again.text, start: again.start, end: again.end }, ref, isFuture);
  }
  const clockBefore = TIME_BEFORE.exec(phrase);
  if (clockBefore) {
    index += clockBefore[0].length;
    phrase = phrase.slice(clockBefore[0].length);
  }
  const tail = phrase.includes(',') ? COUNTED_TAIL.exec(phrase) : null;
  if (tail) phrase = phrase.slice(0, tail.index);
  // An ISO time stamp ("2026-04-14T03:20:00Z") is dated by its date part.
  if (phrase[10] === 'T' && ISO_STAMP.test(phrase)) phrase = phrase.slice(0, 10);
  // Only when a day or a named day is left: "tonight", "this morning" stay whole.
  const clockAfter = TIME_AFTER.exec(phrase);
  if (clockAfter && HAS_DAY.test(phrase.slice(0, clockAfter.index))) phrase = phrase.slice(0, clockAfter.index);
  // Only the few characters before the match: testing the whole prefix would be quadratic.
  const windowStart = Math.max(0, index - 24);
  const modifier = MODIFIER_BEFORE.exec(slice.slice(windowStart, index));
  const modifierStart = modifier ? index - modifier[1].length : 0;
  // "early this morning" is a time within the day the date names: the date is "this morning".
  if (modifier && (modifier.index > 0 || windowStart === 0) && !PART_OF_TODAY.test(phrase) && !(/^(?:late|early)\s/iu.test(modifier[1]) && VERB_BEFORE_MODIFIER.test(slice.slice(Math.max(0, modifierStart - 12), modifierStart)))) {
    index -= modifier[1].length;
    phrase = modifier[1] + phrase;
  }
  const stressed = /^past\s/iu.test(phrase) && THIS_BEFORE_PAST.exec(slice.slice(Math.max(0, index - 8), index));
  if (stressed) {
    index -= stressed[0].length;
    phrase = stressed[0] + phrase;
  }
  if (ANY_WEEKEND.test(phrase) && HABIT_BEFORE.test(slice.slice(Math.max(0, index - 80), index)) && !isFuture(base + index, base + index + phrase.length)) return [];
  if (/(?:^|\s)last week$/iu.test(phrase) && OF_MONTH_AFTER.test(slice.slice(index + phrase.length, index + phrase.length + 11))) return [];
  if (/^weekend$/iu.test(phrase) && (PLACED_WEEKEND_AFTER.test(slice.slice(index + 7, index + 24)) || EVENT_WEEKEND_BEFORE.test(slice.slice(Math.max(0, index - 9), index)) || NOUN_AFTER_WEEKEND.test(slice.slice(index + 7, index + 24)))) return [];
  if (/^\p{L}+$/u.test(phrase) && TITLE_BEFORE.test(slice.slice(Math.max(0, index - 12), index))) return [];
  if (EVERY_BEFORE.test(slice.slice(Math.max(0, index - 8), index))) return [];
  if (WEEKDAY.test(phrase) && ANY_WEEKDAY_BEFORE.test(slice.slice(Math.max(0, index - 6), index))) return [];
  if (result.end && WEEKDAY_SPAN.test(phrase) && (PRESENT_BE_AFTER.test(slice.slice(index + phrase.length, index + phrase.length + 5)) || HOURS_BEFORE.test(slice.slice(Math.max(0, index - 24), index)))) return [];
  if (phrase.length <= 5 && BARE_SLASH.test(phrase) && isTableCell(slice, index, index + phrase.length)) return [];
  if (/^today$/iu.test(phrase) && (NOWADAYS_AFTER.test(slice.slice(index + 5, index + 60)) || (phrase === 'Today' && (HABIT_AFTER_TODAY.test(slice.slice(index + 5, index + 170)) || NOWADAYS_DEMONSTRATIVE.test(slice.slice(index + 5, index + 24)))) || (CLAUSE_END_AFTER.test(slice.slice(index + 5, index + 8)) && NOWADAYS_BEFORE.test(slice.slice(Math.max(0, index - 60), index))))) return [];
  if (MONTHS_ONLY.test(phrase)) {
    const after = slice.slice(index + phrase.length, index + phrase.length + 12);
    if (QUARTER_AFTER.test(after) || (PERIOD_AFTER.test(after) && MONTHS_JOINED.test(phrase))) return [];
  }
  if (/^\p{Lu}\p{Ll}+$/u.test(phrase) && PROGRAMME_AFTER.test(slice.slice(index + phrase.length, index + phrase.length + 12))) return [];
  if (NAMED_DAY.test(phrase) && NAME_WORD_AFTER.test(slice.slice(index + phrase.length, index + phrase.length + 12)) && THE_BEFORE_NAME.test(slice.slice(Math.max(0, index - 16), index))) return [];
  const start = base + index;
  const dayFirst = dayFirstSlash(text, phrase) ?? dayFirstDots(phrase);
  if (dayFirst) return [{ start, end: start + phrase.length, value: dayFirst, canonical: describeDate(dayFirst) ?? dayFirst }];
  // How late an update note's day may lie, read only for a date with a year to choose (see `one`).
  const lateDays = (): number => {
    const before = text.slice(Math.max(0, start - 120), start);
    return UPDATE_NOTE_WORD.test(before) && UPDATE_NOTE.test(before) ? UPDATE_DAYS : 0;
  };
  // A day soon after publication, not owned by a past verb ("met on"), is the coming one.
  const aheadDays = (at: number, end: number, monthAlone: boolean) =>
    lateDays() || (isPastOwned(text, at) ? 0 : isEntryHead(text, at, end) ? ENTRY_DAYS : monthAlone && opensPeriod(text, at, end) ? FROM_MONTH_DAYS : monthAlone || DEADLINE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ? SOON_MONTH_DAYS : SOON_DAYS);
  // Each end of a range reads its own tense: "from 6pm until 3am on Sunday" looks ahead from "until".
  const one = (components: ParsedComponents, at: number, part: string, rangeEnd = false): Found[] => {
    if (!looksLikeDate(result.text.trim().replace(GLUED_PRONOUN, ''), part, components, rangeEnd)) return [];
    const future = ref !== null && !needsNoTense(components, part) && isFuture(at, at + part.length);
    // Only a day or a month without a year, read in the past, has a year to choose, the one use of
    // how many days ahead it may lie: spare the look back for the rest.
    const withoutYear = ref !== null && !future && (components.isCertain('day') || components.isCertain('month')) && !components.isCertain('year');
    const resolved = resolveComponents(components, part, ref, future, withoutYear ? aheadDays(at, at + part.length, !components.isCertain('day')) : 0);
    return resolved ? [{ start: at, end: at + part.length, ...resolved }] : [];
  };
  const separator = result.end ? RANGE_SEPARATOR.exec(phrase) : null;
  if (result.end && separator && separator.index > 0) {
    const left = withoutClock(phrase.slice(0, separator.index));
    const rightAt = separator.index + separator[0].length;
    const right = withoutClock(phrase.slice(rightAt));
    const ends = [...one(yearFromEnd(result.start, result.end), start + left.offset, left.text), ...(right.text ? one(result.end, start + rightAt + right.offset, right.text, true) : [])];
    if (ends.length) return ends;
  }
  return one(result.start, start, phrase);
}

/**
 * The second of two dates joined as a pair or a range ("July and August", "May 5 to June 2"), told by
 * its month without a year or a weekday, moved a year on when its own reading put it before the first
 * ("bookings for July and August had not yet fallen": the first looks ahead, and so does the second);
 * a weekday alone is moved a week on after a first day still to come (see {@link weekdayNotBefore}).
 */
function notBefore(second: Found, first: Entity, text: string, pageDay: Date | null): Found {
  const [a, b] = [first.value, second.value];
  if (second.start - first.end > 9 || !PAIR_JOIN.test(text.slice(first.end, second.start))) return second;
  const own = text.slice(second.start, second.end);
  if (WEEKDAY.test(own)) return pageDay && a && a > isoDay(pageDay) ? weekdayNotBefore(second, a, b) : second;
  if (!MONTH_NAMED.test(own) || WEEKDAY_OR_YEAR.test(own)) return second;
  if (!a || !b || !/^\d{4}-\d{2}/u.test(a) || !/^\d{4}-\d{2}(?:-\d{2})?$/u.test(b)) return second;
  const length = Math.min(a.length, b.length);
  if (b.slice(0, length) >= a.slice(0, length)) return second;
  const later = `${pad4(Number(b.slice(0, 4)) + 1)}${b.slice(4)}`;
  if (later.slice(0, length) < a.slice(0, length) || (later.length === 10 && !isRealDay(+later.slice(0, 4), +later.slice(5, 7), +later.slice(8)))) return second;
  return { ...second, value: later, canonical: describeDate(later) ?? later };
}

/**
 * The second weekday of a pair ("extended to Saturday and Sunday", "adjourned to Thursday or Friday")
 * read before the first day (`first`, a day's value after publication) when its own clause gave it no
 * tense: it is that weekday's first after the first day, a week later than its own reading (`value`).
 */
function weekdayNotBefore(second: Found, first: string | undefined, value: string | undefined): Found {
  if (!first || !value || first.length !== 10 || value.length !== 10 || value >= first) return second;
  const own = utcDay(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8));
  const from = utcDay(+first.slice(0, 4), +first.slice(5, 7), +first.slice(8));
  const weekday = own.getUTCDay();
  const later = isoDay(addDays(from, ((weekday - from.getUTCDay() + 6) % 7) + 1));
  return { ...second, value: later, canonical: describeDate(later) ?? later };
}

/** Whether `[start, end)` opens a period after "from" and is not the first end of a range (see `FROM_MONTH_DAYS`). */
function opensPeriod(text: string, start: number, end: number): boolean {
  return FROM_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !RANGE_END_AFTER.test(text.slice(end, end + 10));
}

/** Whether `[start, end)` heads an entry of a list: first on its line, a dash or a colon after it. */
function isEntryHead(text: string, start: number, end: number): boolean {
  return ENTRY_AFTER.test(text.slice(end, end + 4)) && ENTRY_OPENING.test(text.slice(Math.max(0, start - 6), start));
}

/** The day of an ambiguous slash date read day first, when the page writes its dates so; otherwise null. */
function dayFirstSlash(text: string, phrase: string): string | null {
  const m = AMBIGUOUS_SLASH.exec(phrase);
  if (!m || m[1] === m[2] || +m[1] > 12 || +m[2] > 12 || !writesDayFirst(text)) return null;
  // A two-digit year is this century's up to 50, as chrono reads it.
  const year = m[3].length === 4 ? +m[3] : +m[3] <= 50 ? 2000 + +m[3] : 1900 + +m[3];
  const [day, month] = [+m[1], +m[2]];
  return isRealDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
}

/** The day of a date parted by dots, read day first ("10.06.2026" is 10 June, "07.06.26" 7 June 2026); null for other phrases. */
function dayFirstDots(phrase: string): string | null {
  const m = phrase.length <= 10 ? DOTTED.exec(phrase) : null;
  if (!m) return null;
  // A two-digit year ("07.06.26") is this century's up to 50, as for slash dates.
  const year = m[3].length === 4 ? +m[3] : +m[3] <= 50 ? 2000 + +m[3] : 1900 + +m[3];
  const [day, month] = [+m[1], +m[2]];
  return isRealDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
}

/**
 * The first end of a range read in the year its second end states, when it states none of its own
 * ("from July to December 2026", "May 5 to June 2, 2027"): the range runs forward within that year,
 * or from the year before when its first month comes later ("November to February 2027").
 */
function yearFromEnd(first: ParsedComponents, second: ParsedComponents): ParsedComponents {
  if (first.isCertain('year') || !second.isCertain('year') || !first.isCertain('month') || !second.isCertain('month')) return first;
  const endYear = second.get('year') ?? 0;
  const year = (first.get('month') ?? 1) > (second.get('month') ?? 12) ? endYear - 1 : endYear;
  return {
    isCertain: (component) => component === 'year' || first.isCertain(component),
    get: (component) => (component === 'year' ? year : first.get(component)),
    date: () => first.date(),
    tags: () => first.tags(),
  };
}

/** One end of a range without the clock time before or after its day ("3am on Sunday" -> "Sunday"). */
function withoutClock(part: string): { text: string; offset: number } {
  const before = TIME_BEFORE.exec(part);
  const offset = before ? before[0].length : 0;
  let rest = part.slice(offset);
  const after = TIME_AFTER.exec(rest);
  if (after && HAS_DAY.test(rest.slice(0, after.index))) rest = rest.slice(0, after.index);
  return { text: rest, offset };
}

/** Whether `[start, end)` of `slice` fills a cell of a Markdown or text table on its own ("| 7/3 |"). */
function isTableCell(slice: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (slice[before] === ' ' || slice[before] === '\t')) before--;
  let after = end;
  while (after < slice.length && (slice[after] === ' ' || slice[after] === '\t')) after++;
  return slice[before] === '|' && slice[after] === '|';
}
