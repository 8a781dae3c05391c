import type { Article, TextRange, TextSpan } from '../model/types';
import { isNamesLine, splitBylineAndDate } from './bylines';
import { detectFromStructure } from './detect-article';
import { dateLineLabel, isClockLine, isRelativeDateLine, matchDateLine } from './date-line';
import { findFullDates, type FullDate } from './full-dates';
import {
  findLinkedPhotoCredit, findTrailingPhotoCredits, findUrlFooter, isBoilerplateLine, isCaptionLine,
  isCreditLine, isReleaseSourceLine, isSectionLabel, outletOf, stripEmphasis,
} from './line-patterns';
import { isBlank, type Line, splitLines, trimmedRange } from './lines';
import { findFurnitureBlocks } from './page-blocks';
import { isMastheadLine, isSectionAboveHeadline } from './page-head';
import { choosePublication } from './publication-date';
import { computeSearchable } from './searchable';
import { type DatelineDate, matchDateline } from './wire-dateline';

/** What the line walk found, before detection scores it. */
export interface ArticleStructure {
  lines: Line[];
  title: TextSpan | null;
  titleIsHeading: boolean;
  dateLine: FullDate | null;
  /** Further dates on the date line ("Posted: June 1, 2026 | Last Updated: June 2, 2026"), mentions to find like the first. */
  dateLineDates: TextSpan[];
  /** The date line gives only when the page was updated ("Updated: June 3, 2026"): a publication date line after it wins. */
  dateLineUpdated: boolean;
  /** A date line with no date: "Updated 3 hours ago" (furniture, but a sign of a news page). */
  relativeDateLine: TextSpan | null;
  url: TextSpan | null;
  urlLabelled: boolean;
  /** The source URL stands on the first line rather than at the end. */
  urlAtStart: boolean;
  /** The dateline's place. */
  dateline: TextSpan | null;
  /** The dateline's wire or distribution mark, as text and as a span. */
  datelineAgency: string | null;
  agencyMark: TextSpan | null;
  /** The dateline's date (`Feb. 12, 2026`, `Nov 21`). */
  datelineDate: DatelineDate | null;
  credits: TextSpan[];
  captions: TextSpan[];
  photoCredits: TextSpan[];
  boilerplate: TextSpan[];
  paragraphs: TextRange[];
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/u;
/** How far from the end an `Original url:` footer may sit (credits and furniture can follow it). */
const FOOTER_WINDOW = 6;
/** A dateline opens one of the first paragraphs; with a wire mark it may come after a few more (a release's sub-headlines). */
const DATELINE_PARAGRAPHS = 3;
const MARKED_DATELINE_PARAGRAPHS = 8;
/** A date line sits among the first paragraphs; further down only while page furniture has been all there was (see {@link isDateLineReach}). */
const DATE_LINE_PARAGRAPHS = 3;
const FURNITURE_DATE_LINE_PARAGRAPHS = 8;
/** A paragraph this long is story, not the banners, menus and labels a scraped page opens with. */
const STORY_PARAGRAPH = 200;
/** A paragraph holding a sentence, not a label or a line of names. */
const SENTENCE = /\p{Ll}[.!?]["”’]?(?:\s|$)/u;
/** A headline may end in an abbreviation's full stop: `... Acquisition of Sistemas Lumen S.A.`, `... Acme Inc.` */
const ABBREVIATION_END = /(?:^|[\s(])(?:(?:\p{Lu}\.){2,}|Inc\.|Corp\.|Co\.|Cos\.|Ltd\.|Bros\.|Jr\.|Sr\.)$/u;

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** A live page's pictograph before its headline: "🔴 Storm live: ...". */
const LEADING_PICTOGRAPH = /^\p{Extended_Pictographic}\uFE0F?\s+/u;

/** A headline's first character. */
const HEADLINE_START = /^[\p{Lu}\d"“‘'$]/u;

function looksLikeHeadline(line: string): boolean {
  const trimmed = line.charCodeAt(0) >= 0x2000 ? line.replace(LEADING_PICTOGRAPH, '') : line;
  const words = trimmed.split(/\s+/u);
  return (
    trimmed.length <= 200 && words.length >= 2 && HEADLINE_START.test(trimmed) &&
    (!/[.,;:]$/u.test(trimmed) || ABBREVIATION_END.test(trimmed)) && !isReleaseSourceLine(trimmed) && !/^(?:https?:|<|\[|[-*+] |\d+[.)] )/u.test(trimmed)
  );
}

interface UrlLine {
  line: Line;
  url: TextSpan;
  labelled: boolean;
}

function urlLine(text: string, line: Line, allowBare: boolean): UrlLine | null {
  const range = trimmedRange(line);
  const found = findUrlFooter(text.slice(range.start, range.end), allowBare);
  if (!found) return null;
  const start = range.start + found.offset;
  return { line, url: span(text, start, start + found.url.length), labelled: found.labelled };
}

function findFooter(text: string, lines: Line[]): UrlLine | null {
  const tail = lines.filter((l) => !isBlank(l)).slice(-FOOTER_WINDOW).reverse();
  for (const [i, line] of tail.entries()) {
    const footer = urlLine(text, line, i === 0);
    if (footer) return footer;
  }
  return null;
}

/** A source URL on the first line, as some scrapers save a page: `https://…` or `Source: https://…`. */
function findHeader(text: string, lines: Line[]): UrlLine | null {
  const first = lines.find((l) => !isBlank(l));
  return first ? urlLine(text, first, true) : null;
}

/** Walks the lines once and sorts each into headline, date line, caption, credit, furniture or body. */
export function readStructure(text: string): ArticleStructure {
  const lines = splitLines(text);
  const footer = findFooter(text, lines);
  const header = findHeader(text, lines);
  const source = footer ?? header;
  const s: ArticleStructure = {
    lines, title: null, titleIsHeading: false, dateLine: null, dateLineDates: [], dateLineUpdated: false, relativeDateLine: null, url: source?.url ?? null,
    urlLabelled: source?.labelled ?? false, urlAtStart: !footer && !!header, dateline: null, datelineAgency: null, agencyMark: null, datelineDate: null, credits: [],
    captions: [], photoCredits: [], boilerplate: [], paragraphs: [],
  };
  // Menus and link lists are furniture as blocks, though each of their lines could be a heading.
  const furniture = findFurnitureBlocks(lines, (t) => isCreditLine(t) || isCaptionLine(t) || matchDateLine(t) !== null);
  let inBody = false;
  let previousWasBody = false;
  let afterFurniture = false;
  for (const line of lines) {
    if (isBlank(line) || line === footer?.line || line === header?.line) {
      previousWasBody = false;
      continue;
    }
    const range = trimmedRange(line);
    const trimmed = text.slice(range.start, range.end);
    // A section menu only counts before the story: inside it, short capitalised lines are a list.
    const kind: LineKind = furniture.linkLists.has(line.index) || furniture.footers.has(line.index) || furniture.follows.has(line.index) || furniture.boxes.has(line.index) || (!inBody && furniture.menus.has(line.index)) || (!inBody && !s.title && isPageHead(lines, line.index, trimmed, afterFurniture, s))
      ? furnish(text, range, s)
      : s.title && s.paragraphs.length < 2 && isNamesLine(trimmed) && !isBoilerplateLine(trimmed) && isBesideDateLine(lines, line.index)
        ? credit(text, trimmed, range, s)
        : classify(text, trimmed, range, s, inBody);
    afterFurniture = kind === 'boilerplate';
    if (kind !== 'body') {
      previousWasBody = false;
      continue;
    }
    if (previousWasBody) {
      s.paragraphs[s.paragraphs.length - 1].end = range.end;
    } else {
      if (s.paragraphs.length < MARKED_DATELINE_PARAGRAPHS && !s.dateline && !s.agencyMark) readDateline(text, trimmed, range.start, s);
      s.paragraphs.push({ ...range });
    }
    inBody = true;
    previousWasBody = true;
  }
  return s;
}

/**
 * True while a date line may still come: among the first paragraphs, or later when every paragraph so
 * far is short, as a scraped page's cookie banner, language menu, breadcrumbs and standfirst are,
 * before a date line such as "22.04.2026, 11:05".
 */
function isDateLineReach(text: string, s: ArticleStructure): boolean {
  const n = s.paragraphs.length;
  if (n < DATE_LINE_PARAGRAPHS) return true;
  return n < FURNITURE_DATE_LINE_PARAGRAPHS && s.paragraphs.every((p) => p.end - p.start < STORY_PARAGRAPH || !SENTENCE.test(text.slice(p.start, p.end)));
}

/** Records the dateline opening a paragraph, if there is one: its place, wire mark and date. */
function readDateline(text: string, trimmed: string, offset: number, s: ArticleStructure): void {
  const d = matchDateline(trimmed);
  if (!d || (s.paragraphs.length >= DATELINE_PARAGRAPHS && !d.agency)) return;
  // `KUALA LUMPUR:` opens the story's first paragraph; after a sentence it is a speaker or a label.
  if (d.colon && s.paragraphs.some((p) => SENTENCE.test(text.slice(p.start, p.end)))) return;
  if (d.place !== null) s.dateline = span(text, offset, offset + d.place.length);
  if (d.agency) {
    s.datelineAgency = d.agency.text;
    s.agencyMark = span(text, offset + d.agency.start, offset + d.agency.start + d.agency.text.length);
  }
  if (d.date) s.datelineDate = { ...d.date, start: offset + d.date.start, end: offset + d.date.end };
}

/** Furniture over the headline: a section label, a masthead over its link bar, or a section name after the menus. */
function isPageHead(lines: Line[], index: number, trimmed: string, afterFurniture: boolean, s: ArticleStructure): boolean {
  return isLabelAboveHeadline(lines, index, trimmed) || (s.paragraphs.length === 0 && (isMastheadLine(lines, index, trimmed) || isSectionAboveHeadline(lines, index, trimmed, afterFurniture, looksLikeHeadline)));
}

/**
 * A section label ("TECH") on its own line with a headline as the next line of text, or after a
 * tag such as "Live" that a live page puts over its headline.
 */
function isLabelAboveHeadline(lines: Line[], index: number, trimmed: string): boolean {
  if (!isSectionLabel(trimmed)) return false;
  const after = lines.slice(index + 1, index + 8).filter((l) => !isBlank(l));
  const next = after.find((l, i) => i > 0 || !isBoilerplateLine(l.text.trim()));
  const following = next?.text.trim() ?? '';
  return !!next && looksLikeHeadline(following) && !isSectionLabel(following) && !isBoilerplateLine(following) && following.split(/\s+/u).length >= 4;
}

/** True when the nearest line of text above or below is a date line: "Jane Doe" over "12 March 2026" or "Updated 2 hours ago". */
function isBesideDateLine(lines: Line[], index: number): boolean {
  const previous = lines.slice(0, index).reverse().find((l) => !isBlank(l));
  const next = lines.slice(index + 1).find((l) => !isBlank(l));
  return [previous, next].some((l) => l !== undefined && (matchDateLine(l.text.trim()) !== null || isRelativeDateLine(l.text.trim())));
}

/** Records a credit line, without the emphasis around it. */
function credit(text: string, trimmed: string, range: TextRange, s: ArticleStructure): LineKind {
  const inner = stripEmphasis(trimmed);
  const start = range.start + inner.offset;
  s.credits.push(span(text, start, start + inner.text.length));
  return 'credit';
}

function furnish(text: string, range: TextRange, s: ArticleStructure): LineKind {
  s.boilerplate.push(span(text, range.start, range.end));
  return 'boilerplate';
}

/** The longest line read as the caption of the picture above it. */
const CAPTION_UNDER_PICTURE = 400;

/** True when the line at `start` comes right under a Markdown picture (`![alt](picture.jpg)`), blank lines apart. */
function isUnderPicture(text: string, start: number, s: ArticleStructure): boolean {
  const last = s.captions[s.captions.length - 1];
  if (last === undefined || !last.text.startsWith('![')) return false;
  // Back over the blank lines only, so a long article is not sliced line after line.
  let at = start;
  while (at > last.end && /\s/u.test(text[at - 1])) at--;
  return at === last.end;
}

/** Records a date line: its publication date, and its other dates as mentions ("Published 10.06.2026 06:12 | Updated 10.06.2026 21:40"). */
function takeDateLine(text: string, trimmed: string, range: TextRange, date: FullDate, s: ArticleStructure): LineKind {
  s.dateLine = { ...date, start: range.start + date.start, end: range.start + date.end };
  s.dateLineUpdated = dateLineLabel(trimmed, date) === 'updated';
  for (const d of findFullDates(trimmed)) {
    if (d.end <= date.start || d.start >= date.end) s.dateLineDates.push(span(text, range.start + d.start, range.start + d.end));
  }
  return 'date';
}

type LineKind = 'title' | 'date' | 'boilerplate' | 'credit' | 'caption' | 'body';

function classify(text: string, trimmed: string, range: TextRange, s: ArticleStructure, inBody: boolean): LineKind {
  if (isBoilerplateLine(trimmed)) {
    s.boilerplate.push(span(text, range.start, range.end));
    return 'boilerplate';
  }
  const heading = HEADING.exec(trimmed);
  if (heading && !s.title && !inBody) {
    const start = range.start + trimmed.indexOf(heading[2]);
    s.title = span(text, start, start + heading[2].length);
    s.titleIsHeading = true;
    return 'title';
  }
  // A live blog's "14:32 GMT" over an entry: no names, no date to find.
  if (isClockLine(trimmed)) return furnish(text, range, s);
  if (isRelativeDateLine(trimmed)) {
    if (s.paragraphs.length < 2) s.relativeDateLine ??= span(text, range.start, range.end);
    return furnish(text, range, s);
  }
  if (!s.dateLine && isDateLineReach(text, s)) {
    // "By Jane Doe, Political Editor · Sunday 1 February 2026, 06:00"
    const shared = splitBylineAndDate(trimmed);
    if (shared) {
      s.credits.push(span(text, range.start + shared.credit.start, range.start + shared.credit.end));
      s.dateLine = { ...shared.date, start: range.start + shared.date.start, end: range.start + shared.date.end };
      // Its other dates are mentions, as on a date line of its own ("| Jul 2, 2026 - Last updated at Jul 3, 2026").
      for (const d of findFullDates(trimmed, shared.date.end)) s.dateLineDates.push(span(text, range.start + d.start, range.start + d.end));
      return 'credit';
    }
    const date = matchDateLine(trimmed);
    if (date) return takeDateLine(text, trimmed, range, date, s);
  } else if (s.dateLineUpdated && isDateLineReach(text, s)) {
    // "Updated: June 3, 2026" over "Published: June 2, 2026": the publication's line wins.
    const date = matchDateLine(trimmed);
    if (date && dateLineLabel(trimmed, date) === 'published') {
      const updated = s.dateLine as FullDate;
      s.dateLineDates.unshift(span(text, updated.start, updated.end));
      return takeDateLine(text, trimmed, range, date, s);
    }
  }
  if (isCreditLine(trimmed)) return credit(text, trimmed, range, s);
  // An italic line can be a caption too ("*Farmers block the road. Photo: Diego Salas*").
  const unemphasised = stripEmphasis(trimmed);
  const captionAsWritten = isCaptionLine(trimmed);
  if (captionAsWritten || (unemphasised.offset > 0 && isCaptionLine(unemphasised.text))) {
    s.captions.push(span(text, range.start, range.end));
    const whole = captionAsWritten ? { text: trimmed, offset: 0 } : unemphasised;
    // A caption in square brackets ("[Photo: ... Photo by Jane Doe / Agency]") ends its credit at the bracket.
    const inner = whole.text.startsWith('[') && whole.text.endsWith(']') && !whole.text.includes('](') ? { text: whole.text.slice(0, -1), offset: whole.offset } : whole;
    for (const c of findTrailingPhotoCredits(inner.text)) s.photoCredits.push(span(text, range.start + inner.offset + c.start, range.start + inner.offset + c.end));
    return 'caption';
  }
  const underPicture = isUnderPicture(text, range.start, s);
  if (trimmed.length <= (underPicture ? CAPTION_UNDER_PICTURE : 160) && ((!inBody && s.title) || underPicture)) {
    const linked = findLinkedPhotoCredit(unemphasised.text, underPicture);
    if (linked) {
      s.captions.push(span(text, range.start, range.end));
      s.photoCredits.push(span(text, range.start + unemphasised.offset + linked.start, range.start + unemphasised.offset + linked.end));
      return 'caption';
    }
  }
  if (!s.title && !inBody && looksLikeHeadline(trimmed)) {
    s.title = span(text, range.start, range.end);
    return 'title';
  }
  return 'body';
}

/**
 * Parses a news article into its parts, each with exact UTF-16 offsets into `text` as given
 * (BOM and CRLF included). Never throws; a text that is not an article still gets a best-effort
 * structure, with `detection.isArticle` false.
 */
export function parseArticle(text: string, fileName?: string): Article {
  const s = readStructure(text);
  const { date: published, inferred } = choosePublication(text, { dateLine: s.dateLine, datelineDate: s.datelineDate, prose: [...s.captions, ...s.paragraphs] });
  return {
    text,
    file: fileName,
    detection: detectFromStructure(text, s, fileName),
    title: s.title,
    published: published?.iso ?? null,
    publishedInferred: inferred,
    publishedSpan: published ? span(text, published.start, published.end) : null,
    url: s.url,
    outlet: s.url ? outletOf(s.url.text) : null,
    dateline: s.dateline,
    datelineAgency: s.agencyMark,
    credits: s.credits,
    captions: s.captions,
    photoCredits: s.photoCredits,
    boilerplate: s.boilerplate,
    paragraphs: s.paragraphs,
    searchable: computeSearchable(text, s),
  };
}
