import type { Entity } from '../model/types';
import { addDays, isoDay } from './calendar';
import { describeDate } from './describe-date';
import { referenceDay } from './resolve-chrono';

/** A day named from the moment of speaking: "today", "tonight", "this morning", "tomorrow", "yesterday". */
const SPEAKERS_DAY = /^(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening))$/iu;
/** A weekday named alone, as a report dates its event ("on Tuesday"). */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u;

/**
 * A line holding only a clock time ("4:35 p.m.", "13:20 GMT"), perhaps in bold and with the entry's
 * heading after a dash ("**20:02** — Roads closed"): a live page's entry stamp. A live page quotes its
 * speakers as the day goes, so their "today" is the page's own day.
 */
const ENTRY_TIME = /^[ \t]*(?:\*\*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5}(?:[+-]\d{1,2})?)?(?:\*\*)?(?:[ \t]+[—–-][ \t]+[^\n]+)?[ \t]*\r?$/mu;

/** True when `at` lies inside a quotation opened earlier on its own line (paragraph). */
function insideQuote(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let straight = 0;
  let curly = 0;
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

/** The ISO day before the ISO day `iso`, or null when `iso` is no real day. */
function dayBefore(iso: string): string | null {
  const day = referenceDay(iso);
  return day ? isoDay(addDays(day, -1)) : null;
}

/**
 * `dates` (sorted, with values resolved against the publication day `published`) with the days
 * that quoted speakers name from their own moment moved to the day they spoke, when the report
 * came out the day after its event: if the first weekday the text names is the day before
 * publication ("A judge on Tuesday ordered ..." in a Wednesday paper), the quotes were gathered
 * that day, and "Today a judge said the truth" in one of them is the Tuesday. Days outside quotes
 * are the writer's and keep the publication day, and so do those of a live page (see ENTRY_TIME).
 * Returns `dates` itself when nothing moves.
 */
export function withSpeakersDays(text: string, dates: Entity[], published: string | null): Entity[] {
  if (!published || !dates.some((d) => SPEAKERS_DAY.test(d.text))) return dates;
  const firstWeekday = dates.find((d) => WEEKDAY.test(d.text));
  if (!firstWeekday || firstWeekday.value !== dayBefore(published) || ENTRY_TIME.test(text)) return dates;
  return dates.map((d) => {
    const value = d.start < firstWeekday.end || !d.value || !SPEAKERS_DAY.test(d.text) || !insideQuote(text, d.start) ? null : dayBefore(d.value);
    if (!value) return d;
    return { ...d, value, canonical: describeDate(value) ?? value };
  });
}
