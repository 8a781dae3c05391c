import type { TextRange } from '../model/types';
import { writesDayFirst } from '../dates/slash-order';
import { findFullDates, type FullDate, toIso, withSlashOrder } from './full-dates';
import type { DatelineDate } from './wire-dateline';

/** What the line walk found that can date an article. Offsets are into the whole text. */
export interface DateEvidence {
  /** A line that is only a date (`Published: Feb 12, 2026`). */
  dateLine: FullDate | null;
  /** The date in the dateline (`PITTSBURGH, Pa., Feb. 12, 2026 /PRNewswire/ --`, `LONDON, Nov 21 (Reuters) -`). */
  datelineDate: DatelineDate | null;
  /** Where body text and captions are, for the latest full date when nothing is stated. */
  prose: TextRange[];
}

/** The chosen publication date, and whether any part of it was guessed rather than read. */
export interface Publication {
  date: FullDate | null;
  inferred: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The latest full date mentioned in the body or captions: the best guess when nothing states the date. */
function latestFullDate(text: string, prose: TextRange[]): FullDate | null {
  let latest: FullDate | null = null;
  for (const r of prose) {
    for (const d of findFullDates(text, r.start, r.end)) if (!latest || d.iso > latest.iso) latest = d;
  }
  return latest;
}

/** The month and day in whichever year (the anchor's, or one either side) puts it nearest the anchor date. */
function nearestYear(month: number, day: number, anchorIso: string): string | null {
  const anchorYear = +anchorIso.slice(0, 4);
  const anchor = Date.parse(anchorIso);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const year of [anchorYear - 1, anchorYear, anchorYear + 1]) {
    const iso = toIso(year, month, day);
    if (!iso) continue; // 29 February outside a leap year
    const distance = Math.abs(Date.parse(iso) - anchor) / DAY_MS;
    if (distance < bestDistance) [best, bestDistance] = [iso, distance];
  }
  return best;
}

/**
 * Picks the publication date, best evidence first: a date line; the dateline's date when it gives
 * the year (press releases: `Feb. 12, 2026 /PRNewswire/`); the dateline's month and day in the year
 * nearest the latest full date in the text (`Nov 21 (Reuters)`, inferred); the latest full date (inferred).
 */
export function choosePublication(text: string, e: DateEvidence): Publication {
  if (e.dateLine) return { date: withSlashOrder(text, e.dateLine, writesDayFirst), inferred: false };
  const d = e.datelineDate;
  const stated = d?.year ? toIso(d.year, d.month, d.day) : null;
  if (d && stated) return { date: { start: d.start, end: d.end, iso: stated }, inferred: false };
  const latest = latestFullDate(text, e.prose);
  const iso = d && latest ? nearestYear(d.month, d.day, latest.iso) : null;
  if (d && iso) return { date: { start: d.start, end: d.end, iso }, inferred: true };
  return { date: latest, inferred: latest !== null };
}
