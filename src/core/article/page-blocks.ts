import { isBoilerplateLine } from './line-patterns';
import { isBlank, type Line } from './lines';

/**
 * Blocks of page furniture that no single line gives away: a site's section menu ("Business",
 * "Markets", "Personal Finance") with the promotion lines around it ("🔔 Get breaking business
 * alerts"), and the list of headlines under a "Related:" heading. A block is a run of lines with
 * no blank line between them, as scrapers copy a menu or a link list.
 */

/** A menu entry: one to three capitalised words, no digits or punctuation ("Personal Finance", "Arts & Culture"). */
const MENU_ITEM = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|&)(?: (?:\p{Lu}[\p{L}\p{M}'’-]*|&|and)){0,2}$/u;
/** A promotion or alert line opening with a pictograph ("🔔 Get breaking business alerts"). */
const PROMO_LINE = /^\p{Extended_Pictographic}/u;
/** Headings of link lists: "Related:", "Read more", "More stories", "You may also like". */
const LINK_LIST_HEADING = /^(?:related(?: (?:articles|stories|news|coverage|content|links|reading))?|read (?:more|next|also)|also read|see also|more (?:stories|news|on this(?: story)?|from [\p{L} ]{1,30})|most (?:read|popular|viewed)|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also like|trending(?: now)?|top stories|latest news|editor['’]s picks)\s*:?$/iu;
/** Markdown's heading marks and bold around a heading: "## Related", "**Read more**". */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+|^\*\*|\*\*$/gu;
/** A list item that is a link: "- [Headline](https://…)". */
const LINKED_ITEM = /^[-*•+][ \t]+\[[^\]]+\]\([^)\s]+\)$/u;
/** A headline in a link list: up to twenty words, not closed as a sentence. */
const LINK_HEADLINE = /^(?!.*[.!?]["”’]?$)\S+(?:\s+\S+){0,19}$/u;

/** How many menu entries (with furniture lines) make a block a menu. */
const MIN_MENU_LINES = 3;

function blocksOf(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/** Line indices (see `Line.index`) of the furniture blocks found. */
export interface FurnitureBlocks {
  /** Menu entries and the furniture and promotions around them. */
  menus: Set<number>;
  /** The headlines listed under a "Related:" style heading (not the heading itself). */
  linkLists: Set<number>;
}

/**
 * The indices of lines that belong to a menu or link-list block. A menu block holds at least two
 * menu entries, which with furniture lines ("Menu", "Subscribe") make up two thirds of it; its
 * entries, furniture and pictograph promotions are taken, any longer line (a headline) is left.
 * `isOther` tells lines that are something else whatever their shape (a byline, a date line).
 */
export function findFurnitureBlocks(lines: readonly Line[], isOther: (trimmed: string) => boolean): FurnitureBlocks {
  const found: FurnitureBlocks = { menus: new Set(), linkLists: new Set() };
  const blocks = blocksOf(lines);
  for (const [b, block] of blocks.entries()) {
    const trimmed = block.map((l) => l.text.trim());
    if (LINK_LIST_HEADING.test(trimmed[0].replace(MARKDOWN_HEADING, ''))) {
      for (let i = 1; i < block.length && LINK_HEADLINE.test(trimmed[i]); i++) found.linkLists.add(block[i].index);
      // A heading on its own ("## Related") with a list of links in the next block.
      const next = block.length === 1 ? blocks[b + 1] : undefined;
      if (next?.every((l) => LINKED_ITEM.test(l.text.trim()))) for (const l of next) found.linkLists.add(l.index);
      continue;
    }
    if (block.length < MIN_MENU_LINES) continue;
    const menu = trimmed.map((t) => t.length <= 30 && MENU_ITEM.test(t) && !isOther(t));
    const furniture = trimmed.map((t) => isBoilerplateLine(t));
    const entries = menu.filter(Boolean).length;
    const taken = trimmed.filter((_, i) => menu[i] || furniture[i]).length;
    if (entries < 2 || taken < MIN_MENU_LINES || taken * 3 < block.length * 2) continue;
    for (let i = 0; i < block.length; i++) if (menu[i] || furniture[i] || (trimmed[i].length <= 80 && PROMO_LINE.test(trimmed[i]))) found.menus.add(block[i].index);
  }
  return found;
}
