import { monthNumber, toIso } from './full-dates';

/**
 * Datelines: the place, date and wire mark that open a news story or a press release.
 *
 *   `YEREVAN –`, `KYIV, Ukraine (AP) —`, `LONDON, Nov 21 (Reuters) -`, `Nov 21 (Reuters) -`,
 *   `WASHINGTON, Nov. 21, 2026 (AP) —`, `PITTSBURGH, Pa., Feb. 12, 2026 /PRNewswire/ --`,
 *   `SAN FRANCISCO--(BUSINESS WIRE)--Nov. 21, 2026--`, `TORONTO, Nov. 21, 2026 (GLOBE NEWSWIRE) --`,
 *   `NEW YORK, NY / ACCESSWIRE / November 21, 2026 /`, `TORONTO, ONTARIO--(Marketwired - Nov. 21, 2016) -`,
 *   and the colon of Malaysian, Singaporean and Indian papers: `JOHOR BARU:`, `NEW DELHI, March 4:`.
 *
 * The date may follow the place, the mark, or sit inside the mark's brackets; distribution services
 * (PR Newswire, Business Wire, GlobeNewswire...) mark their copy the way agencies do, so both are
 * reported as the dateline's agency.
 */

/** A dateline's date: month and day, the year only when written. Offsets are relative to the matched text. */
export interface DatelineDate {
  start: number;
  end: number;
  month: number;
  day: number;
  year: number | null;
}

/** What {@link matchDateline} found at the start of a paragraph. */
export interface DatelineMatch {
  /** The place as written, without the date (`LAUSANNE, Switzerland`); null when none is named (`Nov 21 (Reuters) -`). */
  place: string | null;
  /** The wire's, outlet's or distribution service's mark without brackets or slashes, and its offset. */
  agency: { text: string; start: number } | null;
  date: DatelineDate | null;
  /** Length of the dateline, up to where the story's first sentence starts. */
  length: number;
  /**
   * The place ends in a colon (`KUALA LUMPUR: …`). Labels look the same (`UPDATE:` is excluded, a
   * speaker in a transcript is not), so this form only counts at the start of the story.
   */
  colon: boolean;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** `Nov 21`, `Nov. 21, 2026`, `November 21 2026`, `21 November`. */
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+\\d{4})?(?![\\p{L}\\d])`;
const DATE_PARTS = new RegExp(`^(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}))(?:,?\\s+(\\d{4}))?`, 'u');

/** Agencies, and the distribution services of press releases, as they write their own marks. */
const KNOWN_MARK =
  'AP|AFP|Reuters|UPI|dpa|Xinhua|TASS|Interfax|Bloomberg|ANSA|EFE|Yonhap|Kyodo|Bernama|Anadolu|IANS|PTI|KUNA|WAM|SPA|IRNA|' +
  'PRNewswire(?:-[\\p{L}\\d ]{1,30})?|PR Newswire|BUSINESS WIRE|Business Wire|GLOBE NEWSWIRE|GlobeNewswire|Globe Newswire|' +
  'CNW(?: Telbec)?|Canada NewsWire|ACCESSWIRE|Accesswire|ACCESS Newswire|EINPresswire(?:\\.com)?|EIN Presswire|' +
  'Marketwired|MARKETWIRED|Marketwire|PRWEB|PRWeb|Newsfile(?: Corp\\.)?';
/** After a place in capitals any short capitalised mark will do: `(Hemisphere Wire)`, `/CNW Telbec/`. */
const ANY_BRACKET_MARK = `${KNOWN_MARK}|[\\p{Lu}][\\p{L}. ]{1,25}`;
const ANY_SLASH_MARK = `${KNOWN_MARK}|[\\p{Lu}][\\p{L}\\d.&' -]{0,40}?`;

/**
 * A mark in brackets (`(Reuters)`, `(Marketwired - Nov. 21, 2016)`) or slashes (`/PRNewswire/`,
 * `/ ACCESSWIRE /`), then an optional date (`--Nov. 21, 2026`) and the dash (`--`, `—`, or the
 * slash of `/ ACCESSWIRE / November 21, 2026 /`). Business Wire writes no space after its dashes.
 */
function marked(bracketNames: string, slashNames: string): string {
  return (
    `\\s*(?:--\\s*)?(?:\\((?<bracket>${bracketNames})(?:\\s+[-–—]\\s+(?<inner>${DATE}))?\\)|/\\s*(?<slash>${slashNames})\\s*/)` +
    `(?:\\s*(?:--\\s*)?(?<after>${DATE}))?\\s*(?:[–—-]{1,2}\\s*|/\\s+)`
  );
}

/** One comma-separated part after the city: `Pa.`, `Switzerland`, `UNITED STATES` (never a month and day). */
const PLACE_PART = `,\\s+(?!${MONTH}\\s+\\d)[\\p{Lu}][\\p{L}\\p{M}.'’ ]*?`;
const UPPER_PLACE = `[\\p{Lu}][\\p{Lu}.'’ -]*[\\p{Lu}.](?:${PLACE_PART}){0,2}`;
const TITLE_PLACE = `[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?: (?:(?:de|da|do|del|la|el|al|an|am|on|sur) )?[\\p{Lu}][\\p{L}\\p{M}.'’-]*){0,3}(?:${PLACE_PART}){0,2}`;

/** A place in capitals: a mark is optional (`YEREVAN –`, `LONDON, Nov 21 (Reuters) -`). */
const UPPER_DATELINE = new RegExp(`^(?<place>${UPPER_PLACE})(?:,\\s+(?<date>${DATE}))?(?:${marked(ANY_BRACKET_MARK, ANY_SLASH_MARK)}|\\s*[–—-]{1,2}\\s+)`, 'du');
/** A place in title case, which only a known mark sets apart from prose: `Rio de Janeiro (Reuters) -`. */
const TITLE_DATELINE = new RegExp(`^(?<place>${TITLE_PLACE})(?:,\\s+(?<date>${DATE}))?${marked(KNOWN_MARK, KNOWN_MARK)}`, 'du');
/** No place, just the date and a known mark: `Nov 21 (Reuters) -`, `Feb. 12, 2026 /PRNewswire/ --`. */
const DATE_ONLY_DATELINE = new RegExp(`^(?<date>${DATE})${marked(KNOWN_MARK, KNOWN_MARK)}`, 'du');

/**
 * A place in capitals and a colon: `JOHOR BARU: A businessman…`, `PUTRAJAYA: The …`, `NEW DELHI, March 4: …`.
 * Every letter of the place is a capital, and the story's sentence starts after it.
 */
const COLON_DATELINE = new RegExp(`^(?<place>[\\p{Lu}][\\p{Lu}\\p{M}.'’-]*(?: [\\p{Lu}][\\p{Lu}\\p{M}.'’-]*){0,3})(?:,\\s+(?<date>${DATE}))?:\\s+(?=["“‘'\\p{Lu}\\d])`, 'du');
/** Labels that open a paragraph the way a place does in {@link COLON_DATELINE} (shorter ones, `PS:`, `Q:`, never count). */
const COLON_LABELS = new Set([
  'UPDATE', 'UPDATED', 'WATCH', 'LISTEN', 'NOTE', "EDITOR'S NOTE", 'EDITORS NOTE', 'EXCLUSIVE', 'BREAKING', 'BREAKING NEWS',
  'JUST IN', 'DEVELOPING', 'URGENT', 'ALERT', 'FLASH', 'ANALYSIS', 'OPINION', 'COMMENT', 'EDITORIAL', 'REVIEW', 'INTERVIEW',
  'EXPLAINER', 'FACT CHECK', 'FACT-CHECK', 'PHOTOS', 'PHOTO', 'VIDEO', 'VIDEOS', 'PICTURES', 'GALLERY', 'LIVE', 'LIVE UPDATES',
  'READ', 'READ MORE', 'ALSO READ', 'RELATED', 'SEE ALSO', 'CORRECTION', 'CLARIFICATION', 'DISCLAIMER', 'DISCLOSURE', 'WARNING',
  'CONTENT WARNING', 'TRIGGER WARNING', 'SPOILER', 'SPOILERS', 'SUMMARY', 'TLDR', 'FYI', 'ICYMI', 'FAQ',
  'QUESTION', 'ANSWER', 'RECAP', 'SPONSORED', 'ADVERTISEMENT', 'PROMOTED', 'FEATURE', 'PROFILE', 'OBITUARY', 'LETTERS', 'POLL',
  'QUIZ', 'AUDIO', 'PODCAST', 'TIMELINE', 'KEY POINTS', 'WHAT WE KNOW', 'SOURCE', 'SOURCES', 'CREDIT', 'CREDITS', 'MORE', 'TAGS',
  'TOPICS', 'KEYWORDS', 'DATE', 'TIME', 'WHERE', 'WHEN', 'WHO', 'WHAT', 'WHY', 'HOW', 'TIP', 'TIPS', 'BACKGROUND',
]);

/** A place in a dateline is at most this long: a longer match is a sentence. */
const MAX_PLACE_LENGTH = 60;

function readDate(text: string, at: [number, number] | undefined): DatelineDate | null {
  if (!at) return null;
  const m = DATE_PARTS.exec(text.slice(at[0], at[1]));
  if (!m) return null;
  const month = monthNumber(m[1] ?? m[4]) ?? 0;
  const day = +(m[2] ?? m[3]);
  const year = m[5] ? +m[5] : null;
  // Without a year, 29 February is allowed (a leap year is picked later).
  if (!toIso(year ?? 2000, month, day)) return null;
  return { start: at[0], end: at[0] + m[0].length, month, day, year };
}

/** What every dateline opens with: the place's capital, or the date's month (capitalised) or day. */
const DATELINE_OPENING = /^[\p{Lu}\d]/u;

/** Matches a dateline at the start of `text` (a paragraph's first line). */
export function matchDateline(text: string): DatelineMatch | null {
  // A paragraph opening with a mark or a small letter holds none: spare it the four patterns.
  if (!DATELINE_OPENING.test(text)) return null;
  // At least one word of the place must be all capitals, or a known mark follow it (the title-case
  // pattern, tried once and only when needed): that is what sets a dateline apart from prose.
  const upper = UPPER_DATELINE.exec(text);
  let m = upper;
  // The title-case and date-only forms need a known mark, in brackets or slashes.
  const mayHaveMark = text.includes('(') || text.includes('/');
  if (!upper || !/\b[\p{Lu}]{2,}\b/u.test(upper.groups!.place.trim().split(',')[0])) {
    const titled = mayHaveMark ? TITLE_DATELINE.exec(text) : null;
    m = titled && (upper ?? titled);
  }
  if (mayHaveMark) m ??= DATE_ONLY_DATELINE.exec(text);
  if (!m) return matchColonDateline(text);
  const g = m.groups!;
  const place = g.place?.trim() ?? null;
  if (place !== null && place.length > MAX_PLACE_LENGTH) return null;
  const indices = m.indices!.groups!;
  const mark = g.bracket ?? g.slash;
  const markAt = indices.bracket ?? indices.slash;
  return {
    place,
    agency: mark && markAt ? { text: mark.trim(), start: markAt[0] } : null,
    date: readDate(text, indices.date ?? indices.inner ?? indices.after),
    length: m[0].length,
    colon: false,
  };
}

function matchColonDateline(text: string): DatelineMatch | null {
  const m = COLON_DATELINE.exec(text);
  if (!m) return null;
  const place = m.groups!.place;
  if (place.replace(/[^\p{L}]/gu, '').length < 3 || COLON_LABELS.has(place.replace(/’/gu, "'"))) return null;
  return { place, agency: null, date: readDate(text, m.indices!.groups!.date), length: m[0].length, colon: true };
}
