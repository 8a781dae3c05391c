import { isBoilerplateLine } from './line-patterns';
import { isBlank, type Line } from './lines';
import { findLinkLists } from './link-lists';

/**
 * Blocks of page furniture that no single line gives away: a site's section menu ("Business",
 * "Markets", "Personal Finance") with the promotion lines around it ("🔔 Get breaking business
 * alerts"), and the lists of headlines and tags under a "Related:" or "Topics" heading (see
 * `link-lists.ts`). A block is a run of lines with no blank line between them, as scrapers copy a
 * menu or a link list.
 */

/**
 * A menu entry: one to three words, the first capitalised, no digits or punctuation but the dots of
 * initials ("Personal Finance", "Arts & Culture", "Rugby union", "U.S. News").
 */
const MENU_ITEM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*|&)(?: (?:(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}'’-]*|&)){0,2}$/u;
/** A promotion or alert line opening with a pictograph ("🔔 Get breaking business alerts"). */
const PROMO_LINE = /^\p{Extended_Pictographic}/u;
/**
 * Entries only a page's footer menu holds: links to the outlet itself and its policies ("About us",
 * "About Reuters", "Contact us", "Privacy policy", "Site Index").
 */
const FOOTER_ENTRY = /^(?:about(?: us|\s+\p{Lu}\S*)?|contact(?: us)?|careers|jobs|advertise(?: with us)?|privacy(?: policy| notice)?|terms(?: (?:and|&) conditions| of (?:use|service))?|cookie (?:policy|settings)|site ?(?:index|map)|accessibility|help|feedback)$/iu;
/** The line over a site's social buttons: "Follow Grimsby Evening Courier", "Follow us". */
const FOLLOW_LINE = /^follow\b[^.!?]{0,60}:?$/iu;
/** The title of a sign-up box: "Newsletter", "Sign up for our newsletter", "Get our app". */
const BOX_TITLE = /newsletter|sign up|subscribe|\bapp\b|podcast|alerts/iu;
/** The longest line read as a sign-up box's pitch ("The week in Earth science, every Friday"). */
const BOX_PITCH = 120;
/** How many buttons ("Facebook", "X", "Instagram") under a follow line make it furniture. */
const MIN_FOLLOW_BUTTONS = 2;
/** The longest line read as a site's tagline inside its menu. */
const TAGLINE = 100;
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

/** A follow line with only social buttons under it in its block. */
function isFollowBlock(trimmed: readonly string[]): boolean {
  return trimmed.length > MIN_FOLLOW_BUTTONS && trimmed[0].length <= 70 && FOLLOW_LINE.test(trimmed[0]) && trimmed.slice(1).every((t) => isBoilerplateLine(t));
}

/**
 * A sign-up box: a furniture title ("Newsletter"), a line or two of pitch, and a furniture button
 * ("Sign up") closing the block.
 */
function isSignUpBox(trimmed: readonly string[]): boolean {
  const n = trimmed.length;
  return n >= 3 && n <= 4 && BOX_TITLE.test(trimmed[0]) && isBoilerplateLine(trimmed[0]) && isBoilerplateLine(trimmed[n - 1]) &&
    trimmed.slice(1, -1).every((t) => t.length <= BOX_PITCH);
}

/** Line indices (see `Line.index`) of the furniture blocks found. */
export interface FurnitureBlocks {
  /** Menu entries and the furniture and promotions around them. */
  menus: Set<number>;
  /** The headings of link and tag lists ("Related:", "Topics") and the items under them. */
  linkLists: Set<number>;
  /**
   * The menus of a page's footer: menu blocks with an entry only footers hold ("About us", "Privacy
   * policy"), after which nothing but furniture follows. Unlike other menus they come after the story.
   */
  footers: Set<number>;
  /** "Follow …" over the outlet's social buttons, wherever it stands: the outlet's name there is a button's label. */
  follows: Set<number>;
  /** Sign-up boxes ("Newsletter" / pitch / "Sign up"), wherever they stand. */
  boxes: Set<number>;
}

/**
 * The indices of lines that belong to a menu or link-list block. A menu block holds at least two
 * menu entries, which with furniture lines ("Menu", "Subscribe") make up two thirds of it; its
 * entries, furniture and pictograph promotions are taken, any longer line (a headline) is left.
 * `isOther` tells lines that are something else whatever their shape (a byline, a date line).
 */
export function findFurnitureBlocks(lines: readonly Line[], isOther: (trimmed: string) => boolean): FurnitureBlocks {
  const blocks = blocksOf(lines);
  const found: FurnitureBlocks = { menus: new Set(), linkLists: findLinkLists(blocks), footers: new Set(), follows: new Set(), boxes: new Set() };
  // Index of the first block from which every block to the end is furniture line by line.
  let trailing = blocks.length;
  while (trailing > 0 && blocks[trailing - 1].every((l) => isBoilerplateLine(l.text.trim()))) trailing--;
  for (const [b, block] of blocks.entries()) {
    const trimmed = block.map((l) => l.text.trim());
    if (isFollowBlock(trimmed)) for (const l of block) found.follows.add(l.index);
    if (isSignUpBox(trimmed)) for (const l of block) found.boxes.add(l.index);
    if (block.length < MIN_MENU_LINES) continue;
    const menu = trimmed.map((t) => t.length <= 30 && MENU_ITEM.test(t) && !isOther(t));
    const furniture = trimmed.map((t) => isBoilerplateLine(t));
    const entries = menu.filter(Boolean).length;
    const taken = trimmed.filter((_, i) => menu[i] || furniture[i]).length;
    if (entries < 2 || taken < MIN_MENU_LINES || taken * 3 < block.length * 2) continue;
    // A longer line with menu entries after it is the site's tagline ("Exclusive news, data and
    // analytics for …"); a headline comes after the menu, not inside it.
    const lastEntry = menu.lastIndexOf(true);
    const tagline = (i: number) => i < lastEntry && trimmed[i].length <= TAGLINE && !isOther(trimmed[i]) && !/[.!?]["”’]?$/u.test(trimmed[i]);
    for (let i = 0; i < block.length; i++) if (menu[i] || furniture[i] || (trimmed[i].length <= 80 && PROMO_LINE.test(trimmed[i])) || tagline(i)) found.menus.add(block[i].index);
    if (b >= trailing - 1 && trimmed.some((t, i) => menu[i] && FOOTER_ENTRY.test(t))) for (let i = 0; i < block.length; i++) if (menu[i] || furniture[i]) found.footers.add(block[i].index);
  }
  return found;
}
