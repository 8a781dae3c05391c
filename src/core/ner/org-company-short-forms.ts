import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { PLACE_BEFORE } from './name-cues';
import { TRADE_WORDS } from './org-company-trade-words';
import { PLACES } from './rule-tagger';

/**
 * A company named like a place, then called by the first part of its name alone: "Harlow Brands" and
 * "Pennine Dairies", then "Harlow shares were down", "Shares in Pennine fell", "agreed to buy Pennine".
 * The model takes the short form for the town or the region. When an article names the company in
 * full and one mention of the short form is cued as a company's (its shares, its chief executive, a
 * bid for it), every mention of it is the company's but those after a word of place ("a plant in
 * Harlow"). Well-known places ("Texas" of "Texas Instruments") and newspapers' towns ("Tulsa" of
 * "Tulsa Gazette") are left alone.
 */

/** Words ending a publication's name, whose first part is its town. */
const PUBLICATION_WORDS = new Set(['Ledger', 'Courier', 'Examiner', 'Dispatch', 'Inquirer', 'Gazette', 'Chronicle', 'Tribune', 'Herald', 'Weekly']);
/** A company's things after its name, or its word: "Harlow shares", "Harlow's board", "Harlow Chief Executive", "Pennine said". */
const COMPANY_AFTER = /^(?:['’]s?)?[ \t]+(?:shares|stock|shareholders|investors|board|share[ \t]+price|market[ \t]+value|profits?|revenues?|sales|chief[ \t]+executive|Chief[ \t]+Executive|CEO|chairman|Chairman)(?![\p{L}])|^[ \t]+(?:said|says)(?![\p{L}])/u;
/** Words before a company's name: "Shares in", "a bid for", "agreed to buy", "a stake in". */
const COMPANY_BEFORE = /(?:^|[^\p{L}])(?:[Ss]hares[ \t]+(?:in|of)|bid[ \t]+for|takeover[ \t]+of|stake[ \t]+in|(?:buy|buying|bought|acquire|acquiring|acquired)|merger[ \t]+with)[ \t]+$/u;

/** The words that end a name with a short form: the trade words, "Group" and "Energy". */
const SHORTENED: ReadonlySet<string> = new Set([...TRADE_WORDS, 'Group', 'Energy']);

/** The short form of a company's full name: the words before its trade words ("Harlow" of "Harlow Brands"), or null. */
function shortForm(name: string): string | null {
  const words = name.split(/[ \t]+/u);
  if (words.length < 2 || PUBLICATION_WORDS.has(words[words.length - 1])) return null;
  let last = words.length;
  while (last > 1 && SHORTENED.has(words[last - 1])) last--;
  if (last === words.length) return null;
  const short = words.slice(0, last).join(' ');
  return PLACES.has(short) ? null : short;
}

/** Whether the mention at `s` is cued as a company's by the words around it. */
function isCuedAsCompany(text: string, s: NamedSpan): boolean {
  return COMPANY_AFTER.test(text.slice(s.end, s.end + 24)) || COMPANY_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start));
}

/** A capitalised word right after a mention: the mention is part of another name ("Central Highlands"). */
const NAME_GOES_ON = /^[ \t]+\p{Lu}|^[\p{L}\p{N}&-]/u;
/** The end of the word before a mention that opens no sentence: a lower-case letter, a digit or a comma. */
const INSIDE_SENTENCE = /[\p{Ll}\p{N},][ \t]+$/u;

/**
 * Mentions of a one-word short form that no span covers, inside a sentence and standing alone ("a
 * cheap entry for Central," of "Central Retail"): the model leaves a word that is also an adjective
 * unnamed; capitalised inside a sentence, alone, it is the company. Not after a word of place.
 */
function bareMentions(text: string, spans: readonly NamedSpan[], shorts: ReadonlySet<string>): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const short of shorts) {
    if (short.includes(' ')) continue;
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (NAME_GOES_ON.test(text.slice(end, end + 2)) || (at > 0 && /[\p{L}\p{N}&-]/u.test(text[at - 1]))) continue;
      const before = text.slice(Math.max(0, at - 16), at);
      if (!INSIDE_SENTENCE.test(before) || PLACE_BEFORE.test(before) || overlapsAny(spans, at, end)) continue;
      found.push({ type: 'organization', start: at, end });
    }
  }
  return found;
}

/** Spans (sorted, apart) with the short forms of companies named like places typed as organisations; see the file's comment. */
export function withCompanyShortForms(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const shorts = new Set<string>();
  for (const s of spans) {
    // The last word is looked at first: most organisations' names do not end in a trade word.
    const space = s.type === 'organization' ? text.lastIndexOf(' ', s.end - 1) : -1;
    if (space <= s.start || !SHORTENED.has(text.slice(space + 1, s.end))) continue;
    const short = shortForm(text.slice(s.start, s.end));
    if (short) shorts.add(short);
  }
  if (!shorts.size) return spans as NamedSpan[];
  const bare = bareMentions(text, spans, shorts);
  if (bare.length) spans = withAdded([...spans], bare);
  const mentions = spans.filter((s) => s.type !== 'organization' && shorts.has(text.slice(s.start, s.end)));
  const cued = new Set(mentions.filter((s) => isCuedAsCompany(text, s)).map((s) => text.slice(s.start, s.end)));
  // "Harlow and Pennine": two short forms side by side are both the companies' once one of them is.
  for (let k = 0; k + 1 < mentions.length; k++) {
    const s = mentions[k];
    const next = mentions[k + 1];
    if (!/^[ \t]+(?:and|or|&)[ \t]+$/u.test(text.slice(s.end, next.start))) continue;
    const names = [text.slice(s.start, s.end), text.slice(next.start, next.end)];
    if (names[0] !== names[1] && (cued.has(names[0]) || cued.has(names[1]))) names.forEach((n) => cued.add(n));
  }
  if (!cued.size) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s) => {
    if (s.type === 'organization' || !cued.has(text.slice(s.start, s.end))) return s;
    // "Shares in Pennine": the mention's own cue outweighs the word of place in it.
    const place = PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)) && !isCuedAsCompany(text, s);
    return place ? s : { ...s, type: 'organization' as const };
  });
}
