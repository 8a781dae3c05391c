/**
 * Plain data types shared by every layer. Behaviour lives elsewhere; these are the shapes that cross
 * from core into the extension and the CLI. All offsets are UTF-16 code-unit indices into the text as
 * read (JavaScript string indices, end exclusive): the same numbers as VS Code's `document.offsetAt`.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** A range together with the text it covers (`text === source.slice(start, end)`). */
export interface TextSpan extends TextRange {
  text: string;
}

/** Whether a text looks like a news article, how sure we are, and why. */
export interface ArticleDetection {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** Short human-readable reasons, e.g. "date line", "Original url footer". */
  reasons: string[];
}

/** The parsed structure of one article. */
export interface Article {
  /** The text exactly as read (BOM and CRLF kept, so offsets match the editor). */
  text: string;
  /** File name or path the text came from, if known. */
  file?: string;
  detection: ArticleDetection;
  title: TextSpan | null;
  /** Publication date as `YYYY-MM-DD`, or null when nothing usable was found. */
  published: string | null;
  /**
   * True when `published` was not stated but inferred: from the latest full date in the text, or a
   * dateline's day whose year had to be guessed.
   */
  publishedInferred: boolean;
  /** Where the date line (or the inferred date) is in the text. */
  publishedSpan: TextSpan | null;
  url: TextSpan | null;
  /** The URL's domain without `www.`, e.g. `themoscowtimes.com`. */
  outlet: string | null;
  /** The dateline place, e.g. `YEREVAN`, spanning just the place name. */
  dateline: TextSpan | null;
  /**
   * The wire, outlet or distribution mark of the dateline, without its brackets or slashes: `Reuters`
   * in `LONDON (Reuters) —`, `PRNewswire` in `PITTSBURGH, Pa., Feb. 12, 2026 /PRNewswire/ --`; also
   * set for a dateline with no place (`Nov 21 (Reuters) -`).
   */
  datelineAgency?: TextSpan | null;
  /** Credit and byline lines (`AFP contributed reporting.`). */
  credits: TextSpan[];
  /** Image captions (`FILE - ...`), including their trailing photo credit. */
  captions: TextSpan[];
  /** Photo credits inside captions, e.g. `(Mikhail Klimentyev, Sputnik)`. */
  photoCredits: TextSpan[];
  /** Scraped page furniture: `Skip to main content`, `Recommended Videos`, `___`. */
  boilerplate: TextSpan[];
  /** Body paragraphs (one range per paragraph, trimmed). */
  paragraphs: TextRange[];
  /**
   * The ranges where entities may be sought: headline, dateline, body, captions and credits, with URLs,
   * markdown link targets, boilerplate and photo credits left out. Sorted, non-overlapping.
   */
  searchable: TextRange[];
}

export type EntityType = 'person' | 'place' | 'organization' | 'date';

/** One mention of an entity in a text. */
export interface Entity {
  type: EntityType;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The entity's fullest name in the article ("Putin" -> "Vladimir Putin"). */
  canonical: string;
  /** For dates: ISO value at its real granularity (`2020-11-09`, `2020-11`, `2020`). */
  value?: string;
}
