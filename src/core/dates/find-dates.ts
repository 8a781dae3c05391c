import * as chrono from 'chrono-node';
import type { Entity, TextRange } from '../model/types';
import { describeDateValue } from '../entities-view/describe-date';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASONS: Record<string, string> = { spring: 'spring', summer: 'summer', fall: 'autumn', autumn: 'autumn', winter: 'winter' };

/** Leading words that belong to the sentence, not to the date ("on Wednesday" -> "Wednesday"). */
const LEADING = /^(?:on|in|since|by|until|till|from|during|at|of|as of|before|after)\s+/iu;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** ISO week value (`2021-W19`) of a day. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

interface Found {
  start: number;
  end: number;
  value?: string;
  canonical: string;
}

/** The most recent `weekday` on or before `ref` (news speaks of the past), or after it with `next`. */
function resolveWeekday(ref: Date, weekday: number, future: boolean): Date {
  const diff = weekday - ref.getUTCDay();
  if (future) return addDays(ref, diff > 0 ? diff : diff + 7);
  return addDays(ref, diff <= 0 ? diff : diff - 7);
}

/** Phrases chrono does not read the way news means them; each returns the value or undefined. */
const PHRASES: Array<{ pattern: RegExp; resolve(m: RegExpExecArray, ref: Date | null): { value?: string; canonical: string } | undefined }> = [
  {
    // "last fall", "this spring", "next winter"
    pattern: /\b(last|this|next|early|late)\s+(spring|summer|fall|autumn|winter)\b/giu,
    resolve(m, ref) {
      const season = SEASONS[m[2].toLowerCase()];
      if (!ref) return { canonical: `${m[1].toLowerCase()} ${season}` };
      const y = ref.getUTCFullYear();
      const month = ref.getUTCMonth() + 1;
      const startMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season] ?? 1;
      const rel = m[1].toLowerCase();
      let year = month >= startMonth ? y : y - 1;
      if (rel === 'last') year = month >= startMonth ? y - 1 : y - 1;
      if (rel === 'next') year = month >= startMonth ? y + 1 : y;
      return { value: String(year), canonical: `${season[0].toUpperCase()}${season.slice(1)} ${year}` };
    },
  },
  {
    // "this week", "last week", "next week"
    pattern: /\b(this|last|next)\s+week\b/giu,
    resolve(m, ref) {
      if (!ref) return { canonical: m[0] };
      const shift = { this: 0, last: -7, next: 7 }[m[1].toLowerCase() as 'this'] ?? 0;
      const week = isoWeek(addDays(ref, shift));
      return { value: week, canonical: `week ${week}` };
    },
  },
  {
    // "in 1994", "since 1994", "by 2028", "the 1990s" excluded; a year on its own after a preposition
    pattern: /\b(?:in|since|by|until|from|of|before|after|during|around|early|late|mid-?)\s+((?:19|20)\d{2})\b(?![-–/,]?\d)/giu,
    resolve(m) {
      return { value: m[1], canonical: m[1] };
    },
  },
];

/**
 * Finds dates in the searchable ranges and resolves them against the publication date (`YYYY-MM-DD`),
 * the way news uses them: in the past unless the text says otherwise ("next", "on ... 2030").
 * Values keep their real granularity: a day, a month, an ISO week or a year.
 */
export function findDates(text: string, ranges: readonly TextRange[], published: string | null): Entity[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : null;
  const found: Found[] = [];
  for (const r of ranges) {
    const slice = text.slice(r.start, r.end);
    for (const phrase of PHRASES) {
      phrase.pattern.lastIndex = 0;
      for (let m = phrase.pattern.exec(slice); m; m = phrase.pattern.exec(slice)) {
        const resolved = phrase.resolve(m, ref);
        if (!resolved) continue;
        const lead = LEADING.exec(m[0]);
        const start = r.start + m.index + (lead ? lead[0].length : 0);
        found.push({ start, end: r.start + m.index + m[0].length, ...resolved });
      }
    }
    const results = chrono.en.casual.parse(slice, ref ?? new Date(), { forwardDate: false });
    for (const res of results) {
      const item = fromChrono(res, ref);
      if (!item) continue;
      let { index } = res;
      let phraseText = res.text.replace(/[,.;:]+$/u, (p) => (/\.$/u.test(p) && /\b[A-Z][a-z]{2}\.$/u.test(res.text) ? p : ''));
      const lead = LEADING.exec(phraseText) ?? (/^this\s+(?=\w+,?\s+\w+\.?\s+\d)/iu.exec(phraseText) && item.value?.length === 10 ? /^this\s+/iu.exec(phraseText) : null);
      if (lead) {
        index += lead[0].length;
        phraseText = phraseText.slice(lead[0].length);
      }
      // "late Thursday", "early Monday": the modifier is part of the time reference.
      const modifier = /(?:^|\s)((?:late|early)\s+)$/iu.exec(slice.slice(0, index));
      if (modifier) {
        index -= modifier[1].length;
        phraseText = modifier[1] + phraseText;
      }
      found.push({ start: r.start + index, end: r.start + index + phraseText.length, ...item });
    }
  }
  // Earlier and longer matches win; the special phrases above were pushed first for the same span.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd || f.end <= f.start) continue;
    out.push({ type: 'date', text: text.slice(f.start, f.end), start: f.start, end: f.end, canonical: f.canonical, ...(f.value ? { value: f.value } : {}) });
    lastEnd = f.end;
  }
  return out;
}

/** Turns one chrono result into a value at its real granularity, biased to the past. */
function fromChrono(res: chrono.ParsedResult, ref: Date | null): { value?: string; canonical: string } | undefined {
  const c = res.start;
  const text = res.text.trim();
  // Times alone ("10:30", "noon") and bare numbers are not dates for a reader.
  if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year') && !c.isCertain('weekday') && !/\b(?:today|yesterday|tomorrow|tonight|week|month|year|ago)\b/iu.test(text)) return undefined;
  if (/^\d+$/u.test(text) || /^(?:now|right now|currently|recently|soon|later)$/iu.test(text)) return undefined;
  const date = c.date();
  const hasYear = c.isCertain('year');
  const relative = /\b(?:ago|last|next|yesterday|today|tomorrow|tonight|this)\b/iu.test(text);
  if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month')) {
    if (!ref) return { canonical: text };
    const future = /\bnext\b|\bthis coming\b/iu.test(text);
    const d = resolveWeekday(ref, c.get('weekday') ?? 0, future);
    return { value: isoDay(d), canonical: describeDateValue(isoDay(d)) ?? isoDay(d) };
  }
  if (c.isCertain('day') && c.isCertain('month')) {
    let y = hasYear ? date.getFullYear() : (ref ?? date).getUTCFullYear();
    const m = (c.get('month') ?? 1);
    const d = c.get('day') ?? 1;
    // "Nov. 9" written in December means the November just past, not next year's.
    if (!hasYear && ref && !relative && `${y}-${pad(m)}-${pad(d)}` > isoDay(ref)) y -= 1;
    const iso = `${y}-${pad(m)}-${pad(d)}`;
    if (!hasYear && !ref && !relative) return { canonical: `${MONTHS[m - 1]} ${d}` };
    return { value: iso, canonical: describeDateValue(iso) ?? iso };
  }
  if (c.isCertain('month')) {
    const m = c.get('month') ?? 1;
    if (hasYear) {
      const v = isoMonth(c.get('year') ?? date.getFullYear(), m);
      return { value: v, canonical: describeDateValue(v) ?? v };
    }
    if (!ref) return { canonical: MONTHS[m - 1] };
    let y = ref.getUTCFullYear();
    if (m > ref.getUTCMonth() + 1) y -= 1;
    const v = isoMonth(y, m);
    return { value: v, canonical: describeDateValue(v) ?? v };
  }
  if (relative && ref) {
    if (/\bmonth\b/iu.test(text)) {
      const v = isoMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
      return { value: v, canonical: describeDateValue(v) ?? v };
    }
    if (/\byear\b/iu.test(text)) return { value: String(date.getUTCFullYear()), canonical: String(date.getUTCFullYear()) };
    return { value: isoDay(date), canonical: describeDateValue(isoDay(date)) ?? isoDay(date) };
  }
  if (hasYear) return { value: String(c.get('year')), canonical: String(c.get('year')) };
  return undefined;
}

