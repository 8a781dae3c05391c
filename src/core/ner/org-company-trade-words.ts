import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { lastTextMemo } from './last-text-memo';
import { isFurniture } from './org-brands';
import { inTitleCaseLine, PORTFOLIOS } from './org-company-groups';
import { firstEndingAfter, withWholeNames } from './added-spans';
import { NAME_WORD } from './org-patterns';
import { BUSINESS_WORDS } from './org-words';
import { DEMONYMS, PLACES, STOP, TITLES } from './rule-tagger';
import { wordCharTest } from './whole-words';
import { wordAfter } from './word-after';
import { BODY_VERB_AT } from './org-acronyms';

/**
 * Capitalised words ending in a trade word name one company, even when the first is a place's or a
 * person's name: "Tacoma Micro Devices" (not the place "Tacoma"), "Kestrel TV", "Tarrant Media",
 * "Circuit Ledger". A country after the trade word names the company's unit there and belongs to the
 * name ("Tarrant Media Australia"). The model finds some of these as a place or a person, or finds
 * nothing; the business words of `org-words` extend a found name only when they follow it directly.
 * A utility's or a carrier's word ("Yorkshire Water", "Orkney Ferries", "Copenhagen Airport") ends a
 * company's name only when the company acts right after it ("apologised", "raised", "will close"):
 * otherwise it is as often the place, the service or the field ("Dublin Airport this evening").
 */

/**
 * Trade words in other languages (Turkish and Central Asian, Spanish, Portuguese, Italian, Slavic):
 * "Kegeyli Tekstil", "Aksa Enerji", "Grupo Inversiones", and a group's word ("Viru Keemia Grupp"). No one's surname, so a person the model
 * found over one is the company. Words written in plain Latin letters only: one with "İ" or "ç" would
 * slow the search for all of them.
 */
const FOREIGN_TRADE_WORDS: ReadonlySet<string> = new Set(['Tekstil', 'Enerji', 'Sanayi', 'Madencilik', 'Otomotiv', 'Lojistik', 'Teknoloji', 'Elektrik', 'Textil', 'Tessile', 'Construcciones', 'Inversiones', 'Energetika', 'Stroy', 'Grupp', 'Gruppe', 'Groep', 'Grupa']);

/** A publisher's last word ("Thornbury Books", "Marlowe Publishing"): no one's surname either, so a person the model found over one is the publisher. */
const PUBLISHER_WORDS: ReadonlySet<string> = new Set(['Books', 'Publishing', 'Publishers', 'Publications']);

/** Last words of a utility's or a transport operator's name, a company only before its own verb. */
const UTILITY_WORDS: ReadonlySet<string> = new Set(['Water', 'Gas', 'Power', 'Electric', 'Energy', 'Rail', 'Buses', 'Ferries', 'Airport', 'Airports']);

/** Last words of a company's or a publication's name. */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  ...[...BUSINESS_WORDS].filter((w) => w !== 'Air' && w !== 'Pay' && w !== 'Group' && w !== 'Energy'),
  'Devices', 'Electronics', 'Media', 'TV', 'Brands', 'Foods', 'Dairies', 'Motors', 'Pharma', 'Chemicals', 'Chem', 'Steel', 'Telecom',
  'Communications', 'Software', 'Entertainment', 'Studios', 'Petroleum', 'Shipping', 'Biotech', 'Instruments', 'Microsystems', 'Aerospace',
  'Automotive', 'Breweries', 'Cosmetics', 'Management', 'Consulting', 'Consultants', 'Associates', 'Advisers', 'Advisors', 'Ledger',
  'Courier', 'Examiner', 'Dispatch', 'Inquirer', 'Technology', 'Investment', 'Holding', 'Retail',
  ...PUBLISHER_WORDS,
  ...FOREIGN_TRADE_WORDS,
  ...UTILITY_WORDS,
]);
/** The trade words after a space, as one search: far faster than a look at every capitalised word. */
const TRADE_AFTER_SPACE = new RegExp(` (?:${[...TRADE_WORDS].join('|')})(?![\\p{L}\\p{N}'’&-])`, 'gu');
/** Units named after where they work, after the trade word ("Tarrant Media Australia", "Orbis Media Europe"). */
const UNITS = new Set(['UK', 'US', 'USA', 'Europe', 'Asia', 'Africa', 'International', 'Americas', 'Pacific']);
/** A post or an office before a department's name: "Head of Corporate Communications", "Ministry of Mines and Petroleum". */
const DEPARTMENT_BEFORE = /(?:Head|Director|Minister|Ministry|Department|Secretary|Office|Chief|Manager|President|Officer)[ \t]+(?:of|for)[ \t]+$/u;
/** A word that ends what goes before a name: a possessive ("Quebec's") or a compound in lower case ("Singapore-based"). */
const BEFORE_NAME = /['’]s$|-\p{Ll}/u;
/** At most this many words before the trade word. */
const MAX_WORDS = 3;

/** A word and where it is. */
interface Word {
  start: number;
  end: number;
  text: string;
}

/** Whether the character at `at` goes on with a word. */
const isWordChar = wordCharTest("-'&", /[\p{L}\p{M}\p{N}’]/u);

/** The word that ends one space before `start`, or null. */
function wordBefore(text: string, start: number): Word | null {
  if (text[start - 1] !== ' ' || start < 2 || !isWordChar(text, start - 2)) return null;
  let from = start - 1;
  while (from > 0 && isWordChar(text, from - 1)) from--;
  return { start: from, end: start - 1, text: text.slice(from, start - 1) };
}

/**
 * Whether a word can start or go on with a company's name: capitalised, no function word, title or
 * nationality. A minister's portfolio is a trade too before a holding's or a technology firm's word
 * ("Lumen Energy Technology", "Orchid Health Investment"), and "New" names a business as often as a place ("Qinling New Materials").
 */
function isNameWord(word: string, trade: string): boolean {
  return NAME_WORD.test(word) && (!STOP.has(word) || word === 'New') && (!TITLES.test(word) || (PORTFOLIOS.has(word) && HOLDING_WORDS.has(trade))) && !DEMONYMS.has(word);
}

/** Trade words of holdings and technology firms, which a portfolio goes before ("Energy Technology"); a publication's do not ("Global Health Dispatch" is a masthead). */
const HOLDING_WORDS = new Set(['Technology', 'Technologies', 'Investment', 'Investments', 'Holding', 'Holdings', 'Capital', 'Resources', 'Systems', 'Solutions']);

/** Whether a word is capitalised: a name going on past it would be a longer one. */
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Whether a body's own verb follows the name ending at `end` after one space: "Yorkshire Water apologised". */
function actsAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  BODY_VERB_AT.lastIndex = end + 1;
  return BODY_VERB_AT.test(text);
}

/** The company's name around the trade word at `trade`, or null; see the file's comment. */
function companyAround(text: string, trade: Word): { start: number; end: number } | null {
  let start = trade.start;
  let words = 0;
  for (let w = wordBefore(text, start); w && isCapitalised(w.text); w = wordBefore(text, start)) {
    // "The Kestrel TV", "In Tarrant Media": a function word before the name is not part of it.
    if ((STOP.has(w.text) && w.text !== 'New') || BEFORE_NAME.test(w.text)) break;
    if (!isNameWord(w.text, trade.text) || ++words > MAX_WORDS) return null;
    start = w.start;
  }
  if (!words || DEPARTMENT_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return null;
  // A portfolio or "New" goes on with a name but does not start one ("Energy Technology" alone is a field).
  const first = text.slice(start, text.indexOf(' ', start));
  if (first === 'New' || PORTFOLIOS.has(first)) return null;
  let end = trade.end;
  const unit = wordAfter(text, end, isWordChar);
  if (unit && (UNITS.has(unit.word) || PLACES.has(unit.word))) end = unit.end;
  const next = wordAfter(text, end, isWordChar);
  // A capitalised word after: a longer name ("Kestrel TV Awards") or a title ("Media Minister").
  if (next && isCapitalised(next.word)) return null;
  if (end === trade.end && UTILITY_WORDS.has(trade.text) && !actsAfter(text, end)) return null;
  return { start, end };
}

/** The trade words of three letters or more after a space, tried only where their words start (see `word-led.ts`), which a word of two letters ("TV") would stop. */
const longTradeWordsIn = wordLedMatches(new RegExp(` (?:${[...TRADE_WORDS].filter((w) => w.length >= 3).join('|')})(?![\\p{L}\\p{N}'’&-])`, 'gu'));
/** The shorter trade words, each found by its own search of the text and tried where it stands. */
const SHORT_TRADE_WORDS = [...TRADE_WORDS].filter((w) => w.length < 3).map((w) => ` ${w}`);
const TRADE_AFTER_SPACE_AT = new RegExp(TRADE_AFTER_SPACE.source, 'uy');

/**
 * The matches of {@link TRADE_AFTER_SPACE} in a text, in text order, the same as a search of the whole
 * text (no trade word starts with a shorter one, so no two matches meet); searched once for both
 * readings of it.
 */
const tradeWordsIn = lastTextMemo((text: string): readonly RegExpExecArray[] => {
  const long = longTradeWordsIn(text);
  const short: RegExpExecArray[] = [];
  for (const word of SHORT_TRADE_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      TRADE_AFTER_SPACE_AT.lastIndex = at;
      const m = TRADE_AFTER_SPACE_AT.exec(text);
      if (m) short.push(m);
    }
  }
  return short.length ? [...long, ...short].sort((a, b) => a.index - b.index) : long;
});

/** Spans (sorted, apart) with the companies named by a trade word put in over the spans inside them; see the file's comment. */
export function withTradeNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names: NamedSpan[] = [];
  // The spans a name can overlap start at this cursor, moved forward as names are found in text order.
  let first = 0;
  for (const m of tradeWordsIn(text)) {
    const at = m.index + 1;
    const name = companyAround(text, { start: at, end: m.index + m[0].length, text: m[0].slice(1) });
    if (!name || (names.length && name.start < names[names.length - 1].end)) continue;
    // A person whose surname is the trade word ("Rebecca Steel", "Jim Courier") is no company.
    first = firstEndingAfter(spans, name.start, first);
    let person = false;
    const noSurname = FOREIGN_TRADE_WORDS.has(m[0].slice(1)) || PUBLISHER_WORDS.has(m[0].slice(1));
    for (let o = first; o < spans.length && spans[o].start < name.end; o++) person ||= spans[o].type === 'person' && spans[o].end > at && !noSurname;
    if (!person && !inTitleCaseLine(text, name.start) && !isFurniture(text, name.start, name.end)) names.push({ type: 'organization', ...name });
  }
  // A name the model found that reaches past these words stands ("Kestrel TV Awards Night").
  return withWholeNames(spans, names);
}
