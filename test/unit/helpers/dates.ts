import { findDates } from '../../../src/core/dates/find-dates';

/** The dates of a text, searched whole, as `text=value` pairs (value empty when there is none). */
export function datesIn(text: string, published: string | null): string[] {
  return findDates(text, [{ start: 0, end: text.length }], published).map((d) => `${d.text}=${d.value ?? ''}`);
}
