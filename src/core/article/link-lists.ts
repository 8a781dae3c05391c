import { isRelativeDateLine, matchDateLine } from './date-line';
import type { Line } from './lines';

/**
 * Lists that pages carry beside the story: other stories' headlines under "Read more" or "More
 * obituaries", and tag lists under "Topics" or "TAGS / KEYWORDS". Their lines are links and labels,
 * not the story, so no names are sought in them.
 */

/** Names of tag lists, alone or joined ("TAGS / KEYWORDS", "Topics & tags"). */
const TAG_WORD = '(?:tags|topics|keywords|categories|tagged(?: with)?|filed under|related topics|subjects)';
/** Headings of link and tag lists: "Related:", "Related statements", "Read more", "More on this story", "More obituaries", "Also in the news", "Topics", "Más rugby", "Lire aussi". */
const HEADING =
  '(?:related(?: (?:articles|stories|news|coverage|content|links|reading|video|videos|statements|releases|press releases|news releases|media releases|posts|reports|updates|announcements|items))?|read (?:more|next|also)|also read|see also|in other news|' +
  "also (?:in|on) [\\p{L}\\d'’&. -]{1,40}|" +
  "more (?:on|from|in|about|like) [\\p{L}\\d'’&. -]{1,40}|more [\\p{L}'’-]+(?: [\\p{L}'’-]+)?|(?:explore )?more on (?:these|this) topics?|" +
  "most (?:read|popular|viewed|shared|watched)|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also like|" +
  `trending(?: now)?|top stories|latest news|editor['’]s picks|${TAG_WORD}(?:\\s*[/&|,]\\s*${TAG_WORD})*|` +
  // The same headings on pages whose site speaks Spanish, Portuguese, French, German or Dutch.
  "(?:más|mais|mehr|meer) [\\p{L}'’-]+(?: [\\p{L}'’-]+)?|(?:lee|lea|leia|lire|lesen sie) (?:también|também|aussi|auch)|lees ook|" +
  '(?:noticias|notas|notícias|artículos|artigos) relacionad[oa]s|articles (?:liés|similaires)|ver (?:también|más))';
const LIST_HEADING = new RegExp(`^${HEADING}\\s*:?$`, 'iu');
/**
 * Headings of a site's feeds of other stories, which could also head a section of the story:
 * "Trending Stories", "Latest Arizona Politics", "Popular in Sport", "Top Headlines", "Most Read
 * Today". They count only with at least {@link MIN_FEED_ITEMS} headlines under them.
 */
const FEED_HEADING = new RegExp(
  `^(?:latest|trending|popular|top|recent|featured|most (?:read|popular|viewed|shared|watched)|more)(?: [\\p{L}\\d'’&.-]+){1,3}\\s*:?$`,
  'iu',
);
/** The first letters of the words that open a {@link FEED_HEADING}. */
const FEED_FIRST_LETTERS = 'ltprfm';
/** How many headlines make a feed under a {@link FEED_HEADING}. */
const MIN_FEED_ITEMS = 2;
/** A headline in a feed: three words or more, opened by a capital, a digit or a quotation mark. */
const FEED_HEADLINE = /^["“‘'\p{Lu}\d]\S*(?:\s+\S+){2,}$/u;
/** Markdown heading marks, bold and italics around a heading: "## Related", "**Read more**", "*More on this story*". */
const MARKDOWN_MARKS = /^#{1,6}[ \t]+|^(?:\*\*|__|[*_](?=\S))|(?:\*\*|__|(?<=\S)[*_])$/gu;

const LINK = '\\[[^\\]]+\\]\\([^)\\s]+\\)';
/** Headings that may share their line with the list; not "More …", which opens sentences ("More importantly: …"). */
const INLINE_HEADING = '(?:read (?:more|next|also)|read the (?:full )?(?:study|report|paper|ruling|judgment|judgement|statement|decision|filing)|also read|see also|related(?: (?:articles|stories|news|coverage|content|links|reading))?|more on this(?: story| topic)?)';
/**
 * A heading and its list on one line: "**Read more:** [One](…) · [Two](…)", "*Related:* [One](…)",
 * "READ MORE: Headline of another story", "Read the study: [Title](…)".
 */
const INLINE_LIST = new RegExp(
  `^(?:\\*\\*|__|[*_])?${INLINE_HEADING}\\s*(?::\\s*(?:\\*\\*|__|[*_])?|(?:\\*\\*|__|[*_])\\s*:?)\\s*(?<rest>${LINK}(?:\\s*[·•|,;/]\\s*${LINK})*|[^\\[\\]]+)$`,
  'iu',
);
/** A list item that is a link: "- [Headline](https://…)", or a line that is one link. */
const LINKED_ITEM = new RegExp(`^(?:[-*•+][ \\t]+)?${LINK}$`, 'u');
/** A headline or tag in a list: up to twenty words, not closed as a sentence (a question mark may close a headline). */
const LINK_HEADLINE = /^(?!.*[.!]["”’]?$)\S+(?:\s+\S+){0,19}$/u;
/** Lines that open a section of the story, never an item: "## Gloucester lose their wing", "**The deal**". */
const SECTION_HEADING = /^#{1,6}\s|^(?:\*\*|__).*(?:\*\*|__)$/u;

/** True for the heading of a link or tag list ("Read more", "## Related", "TAGS / KEYWORDS:"). */
export function isListHeading(trimmed: string): boolean {
  return trimmed.length <= 60 && LIST_HEADING.test(trimmed.replace(MARKDOWN_MARKS, '').trim());
}

/** True for a list heading followed on the same line by its links or one headline ("Read more: …"). */
export function isInlineLinkList(trimmed: string): boolean {
  if (trimmed.length > 600) return false;
  const rest = INLINE_LIST.exec(trimmed)?.groups?.rest.trim();
  return !!rest && (LINKED_ITEM.test(rest) || rest.startsWith('[') || LINK_HEADLINE.test(rest));
}

function isItem(trimmed: string): boolean {
  return LINKED_ITEM.test(trimmed) || (!SECTION_HEADING.test(trimmed) && !isListHeading(trimmed) && LINK_HEADLINE.test(trimmed));
}

/** True for the heading of a feed of other stories ("Trending Stories"), which needs headlines under it to count. */
export function isFeedHeading(trimmed: string): boolean {
  if (trimmed.length > 60) return false;
  // Most lines are ruled out by their first letter, before any pattern runs.
  let at = 0;
  while (at < trimmed.length && '#*_ \t'.includes(trimmed[at])) at++;
  return FEED_FIRST_LETTERS.includes(trimmed[at]?.toLowerCase() ?? '-') && FEED_HEADING.test(trimmed.replace(MARKDOWN_MARKS, '').trim());
}

/**
 * A headline under a feed heading: a link, or a short headline-like line of three words or more,
 * but not the story's own date line: under an author's "More by this Author" link come the date
 * and "Updated 3 hours ago", which are not headlines.
 */
function isFeedItem(trimmed: string): boolean {
  if (LINKED_ITEM.test(trimmed)) return true;
  return isItem(trimmed) && !isFeedHeading(trimmed) && FEED_HEADLINE.test(trimmed) && !(/\d/u.test(trimmed) && (matchDateLine(trimmed) !== null || isRelativeDateLine(trimmed)));
}

/**
 * The headlines under the feed heading at `block[i]`: the lines after it in its block, or the next
 * block when the heading ends its own; none when they are fewer than {@link MIN_FEED_ITEMS}.
 */
function feedItems(blocks: readonly Line[][], b: number, i: number): Line[] {
  const block = blocks[b];
  let items: Line[] = [];
  let k = i + 1;
  while (k < block.length && isFeedItem(block[k].text.trim())) items.push(block[k++]);
  if (i === block.length - 1) items = blocks[b + 1]?.every((l) => isFeedItem(l.text.trim())) ? blocks[b + 1] : [];
  return items.length >= MIN_FEED_ITEMS ? items : [];
}

/**
 * The indices (see `Line.index`) of the list headings in `blocks` and of the items under them. The
 * items are the short lines after the heading in its block; a heading alone in its block takes the
 * next block when all of its lines are items; further blocks follow only while each is all links,
 * so a sub-heading and the paragraph after a list stay part of the story. A feed heading ("Trending
 * Stories") counts only with headlines under it, so a section of the story named alike stays.
 */
export function findLinkLists(blocks: readonly Line[][]): Set<number> {
  const found = new Set<number>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    let last = -1;
    for (let i = 0; i < block.length; i++) {
      if (!isListHeading(block[i].text.trim())) {
        const items = isFeedHeading(block[i].text.trim()) ? feedItems(blocks, b, i) : [];
        if (!items.length) continue;
        found.add(block[i].index);
        for (const l of items) found.add(l.index);
        i += items.length;
        // A feed in the next block is taken whole, and that block skipped.
        if (i >= block.length) {
          b++;
          break;
        }
        continue;
      }
      found.add(block[i].index);
      while (i + 1 < block.length && isItem(block[i + 1].text.trim())) found.add(block[++i].index);
      last = i;
    }
    // Only a heading that ends its block looks past the blank line.
    if (last < 0 || last !== block.length - 1 || !isListHeading(block[last].text.trim())) continue;
    const next = blocks[b + 1];
    if (!next?.every((l) => isItem(l.text.trim()))) continue;
    for (const l of next) found.add(l.index);
    b++;
    while (blocks[b + 1]?.every((l) => LINKED_ITEM.test(l.text.trim()))) for (const l of blocks[++b]) found.add(l.index);
  }
  return found;
}
