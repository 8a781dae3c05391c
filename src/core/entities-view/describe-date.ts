const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A resolved ISO date value in words at its own granularity: `2020-12-02` -> `Wednesday, 2 December
 * 2020`, `2020-11` -> `November 2020`, `2020` -> `2020`. Null when the value is not such a date.
 */
export function describeDateValue(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return String(year);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return `${MONTHS[month - 1]} ${year}`;
  const day = Number(m[3]);
  // UTC so the weekday never depends on the reader's time zone.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${WEEKDAYS[date.getUTCDay()]}, ${day} ${MONTHS[month - 1]} ${year}`;
}
