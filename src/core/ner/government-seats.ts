import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { TITLES } from './rule-tagger';
import { lastTextMemo } from './last-text-memo';
import { anyWordStartsWith } from './word-start-positions';
import { startLedMatches } from './word-led';

/**
 * The buildings and streets news names for a government or a ministry: "Downing Street said", "a No
 * 10 spokesperson", "whoever shouts loudest in Whitehall", "Treasury officials", "the National
 * Treasury" (Kenya's, South Africa's), "the Kremlin", "the Élysée", Berlin's "Chancellery", Manila's
 * "Malacañang", Tokyo's "Kantei", and parliaments by their buildings: "reserved to Westminster",
 * "Holyrood's ministers", "Stormont", and London's police by its headquarters, "Scotland Yard". They
 * act as the government, so they are organisations (as the training data marks "the White House" and
 * "the Pentagon"), but places where a word of position or movement puts the reader
 * at the building ("protesters outside Downing Street", "a reception at the White House").
 */

/** The seats of governments and ministries, by the names news gives them. */
const SEAT_NAMES = String.raw`(?:(?:No\.?[ \t]+)?10[ \t]+)?Downing[ \t]+Street|Whitehall|Kremlin|Pentagon|White[ \t]+House|(?:Élysée|Elysée|Elysee)(?:[ \t]+Palace)?|Quai[ \t]+d['’]Orsay|Zhongnanhai|Blue[ \t]+House|Casa[ \t]+Rosada|Palazzo[ \t]+Chigi|Home[ \t]+Office|Foreign[ \t]+Office|Cabinet[ \t]+Office|(?:National[ \t]+)?Treasury|Westminster|Holyrood|Stormont|Senedd|Leinster[ \t]+House|Chancellery|Malaca(?:ñ|n)ang(?:[ \t]+Palace)?|Kantei|Scotland[ \t]+Yard`;
/** The prime minister's house by its number: "No 10", "No. 10", "Number 10", "Number Ten". */
const NUMBER_TEN = String.raw`No\.?[ \t]+10|Number[ \t]+(?:10|Ten)`;
const SEAT = new RegExp(`(?:${SEAT_NAMES})|(${NUMBER_TEN})`, 'g');
/** A word's letters or a hyphen right before or after a mention: "pro-Kremlin", "Kremlin-backed", "Treasurys". */
const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** What the Treasury's name also names: the bonds it sells ("Treasury yields", "10-year Treasury notes"). */
const BONDS_AFTER = /^[ \t]+(?:yields?|bonds?|notes?|bills?|securities|market|futures|auctions?|curve|prices?|rates?|debt|holdings|issuance)(?![\p{L}])/u;
/** A word after "No 10" that makes it a shirt, a rank or a seed, not the house ("the No 10 shirt", "No 10:"). */
const NUMBER_NOT_HOUSE = /^(?:[ \t]*[:)]|[ \t]+(?:shirt|jersey|role|position|seed|spot|pick|ranking|ranked|slot|in the|on the))/u;
/** Words that put the UK's government in an article, where "No 10" is its house. */
const UK_GOVERNMENT = /Downing Street|[Pp]rime [Mm]inister|Whitehall|Westminster|Chancellor|[Cc]abinet|\bMPs?\b|Tory|Tories|Labour|Conservative/u;
/** A word of position or movement right before: the building itself ("outside Downing Street", "into the Home Office"). */
const AT_THE_BUILDING = /(?<![\p{L}])(?:outside|inside|near|into|onto|down|along|across|around|opposite|past|beyond|entered|entering|reached|visited|visiting|(?:front|steps|gates|doors|lawn|grounds|side|end|corner) of)[ \t]+(?:the[ \t]+)?$/u;
/** "at" before a building's name is a visit to it ("talks at the White House"); before a ministry's, work there ("officials at the Treasury"). */
const AT_BEFORE = /(?<![\p{L}])at[ \t]+(?:the[ \t]+)?$/u;
const MINISTRY = /Office$|Treasury$|^Whitehall$/u;
/** A seat's whole name, to tell a ministry named by it alone ({@link isMinistrySeat}). */
const WHOLE_SEAT = new RegExp(`^(?:${SEAT_NAMES})$`, 'u');

/**
 * Whether a list closed by "and" (", Trade and Treasury") ends with a ministry known by its seat alone
 * ("Treasury", "Cabinet Office"): a body of its own beside the one before it ("the Department of
 * Health and Treasury"), not a field of that one's name.
 */
export function endsWithMinistrySeat(list: string): boolean {
  const and = Math.max(list.lastIndexOf(' and '), list.lastIndexOf(' & '));
  if (and < 0) return false;
  const name = list.slice(list.indexOf(' ', and + 1) + 1).trim();
  return MINISTRY.test(name) && WHOLE_SEAT.test(name);
}
/** Parliaments by their buildings, where "in" puts the reader in the building ("talks in Westminster on Friday"). */
const PARLIAMENT = /^(?:Westminster|Holyrood|Stormont|Senedd|Leinster[ \t]+House)$/u;
/** "in" right before a name. */
const IN_BEFORE = /(?<![\p{L}])in[ \t]+$/u;
/**
 * Words one of the names above opens with, looked for before the text is searched for the names: most
 * articles have none. Read from the shared index of word starts, not searched for in the whole text.
 */
const HINTS = ['Downing', 'Whitehall', 'Kremlin', 'Pentagon', 'White House', 'Blue House', 'Elysee', 'Quai d', 'Zhongnanhai', 'Casa Rosada', 'Palazzo Chigi', 'Home Office', 'Foreign Office', 'Cabinet Office', 'Treasury', 'No 10', 'No. 10', 'Number 10', 'Number Ten', 'Westminster', 'Holyrood', 'Stormont', 'Senedd', 'Leinster House', 'Chancellery', 'Malaca', 'Kantei', 'Scotland Yard'];
/** Hints that stand inside a word ("Élysée", "Elysée"), searched for in the whole text. */
const IN_WORD_HINTS = ['lysée'];

/** The matches of {@link SEAT}, tried only where one of its first words stands. */
const seatMatches = startLedMatches(SEAT);
/** The mentions of the seats in `text`. */
const seatsIn = lastTextMemo((text) => (anyWordStartsWith(text, HINTS) || IN_WORD_HINTS.some((h) => text.includes(h)) ? seatMatches(text) : []));

/**
 * Spans (sorted, apart) with the seats of government typed as organisations, or as places at the
 * building, and the mentions the model missed added; a span that reaches past a mention (a longer
 * name, "Treasury Board", "White House Briefing") is left as it is.
 */
export function withGovernmentSeats(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const seats = seatsIn(text);
  if (!seats.length) return spans as NamedSpan[];
  const out = [...spans];
  const added: NamedSpan[] = [];
  let ukGovernment: boolean | undefined;
  for (const m of seats) {
    const start = m.index;
    const end = start + m[0].length;
    if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
    const after = text.slice(end, end + 24);
    // A capitalised word after the name makes a longer name ("Treasury Board"), but for a title ("Treasury Secretary").
    const next = /^[ \t]+(\p{Lu}[\p{L}.]*)/u.exec(after);
    if (next && !TITLES.test(next[1].replace(/\.$/u, '')) && next[1] !== 'Press') continue;
    if (m[0].endsWith('Treasury') && BONDS_AFTER.test(after)) continue;
    if (m[1]) {
      ukGovernment ??= UK_GOVERNMENT.test(text);
      if (!ukGovernment || NUMBER_NOT_HOUSE.test(after)) continue;
    }
    const before = text.slice(Math.max(0, start - 24), start);
    const type = AT_THE_BUILDING.test(before) || (AT_BEFORE.test(before) && !MINISTRY.test(m[0])) || (PARLIAMENT.test(m[0]) && IN_BEFORE.test(before)) ? 'place' : 'organization';
    const at = out.findIndex((s) => s.start < end && start < s.end);
    if (at < 0) added.push({ type, start, end });
    // The model's span on the name or on part of it ("Downing Street" of "10 Downing Street") gives way.
    else if (out[at].start >= start && out[at].end <= end && !(at + 1 < out.length && out[at + 1].start < end)) out[at] = { type, start, end };
  }
  return withAdded(out, added);
}
