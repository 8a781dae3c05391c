import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, STOP } from './rule-tagger';
import { wordStartsWith } from './word-led';

/**
 * A retail brand run as a chain, named right before the shops it runs: "a Minimart store", "4,000
 * CoolMart and CoolMart+ stores", "the Big K hypermarket chain", "two Fresco supermarkets". The
 * model misses a coined brand it never saw, or reads a camel-case one ("CoolMart") as a town. The
 * name before such a word is the chain's where the model found nothing there, or where it found a
 * name the chain's shape gives away (a capital inside a word, a "+", a digit or an "&"); a listed
 * place ("London stores"), a nationality ("Thai supermarkets") and a sentence's first word ("Grocery
 * stores") are left alone. A second name joined by "and" or a comma shares the shops ("CoolMart and
 * CoolMart+ stores").
 */

/**
 * A space and the shops' words after a chain's name, or a trade word before "chain" ("hypermarket
 * chain"). Tried only before the words it may start with, read from the text's shared index of
 * word starts ({@link SHOP_FIRST_WORDS}).
 */
const SHOPS = / (?:stores?|supermarkets?|hypermarkets?|minimarts?|outlets|(?:(?:hypermarket|supermarket|grocery|convenience|store|retail|coffee|pharmacy|restaurant|fast-food|electronics|clothing|fashion)[ \t]+)?chain)(?![\p{L}\p{N}-])/u;
/** {@link SHOPS} tried at one place at a time. */
const SHOPS_AT = new RegExp(SHOPS.source, 'uy');
/** The words {@link SHOPS} may go on with after its space, each the start of one or more of its words. */
const SHOP_FIRST_WORDS = ['store', 'supermarket', 'hypermarket', 'minimart', 'outlets', 'grocery', 'convenience', 'retail', 'coffee', 'pharmacy', 'restaurant', 'fast-food', 'electronics', 'clothing', 'fashion', 'chain'];

/** Every place in `text` where {@link SHOPS} matches, in text order, matches inside others too ("grocery chain", then "chain"). */
function shopsAt(text: string): number[] {
  const spaces: number[] = [];
  for (const word of SHOP_FIRST_WORDS) for (const at of wordStartsWith(text, word)!) if (text[at - 1] === ' ') spaces.push(at - 1);
  spaces.sort((a, b) => a - b);
  return spaces.filter((at) => {
    SHOPS_AT.lastIndex = at;
    return SHOPS_AT.test(text);
  });
}

/** A capitalised word of a brand, perhaps with a "+" after it ("CoolMart+"). */
const BRAND_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*\+?$/u;
/** A single capital, a word of a brand too ("Big K"). */
const CAPITAL = /^\p{Lu}$/u;
/** A brand's shape: a capital after a small letter inside a word, a "+", a digit or an "&". */
const BRAND_SHAPE = /\p{Ll}\p{Lu}|[+&\p{N}]/u;
/** What ends a sentence before its first word: a stop, a line's start, a quote or a bracket. */
const SENTENCE_END = /(?:^|[.!?:"“(\n#*>-])[ \t]*$/u;
/** At most this many words make a chain's name. */
const MOST_WORDS = 3;

/** The start of the capitalised words that end at `end` (a space or a tab before), or -1 when none do. */
function nameBefore(text: string, end: number): number {
  let start = -1;
  let at = end;
  for (let n = 0; n < MOST_WORDS; n++) {
    let from = at;
    while (from > 0 && !/\s/u.test(text[from - 1])) from--;
    const word = text.slice(from, at);
    if (!(BRAND_WORD.test(word) || CAPITAL.test(word)) || STOP.has(word) || DEMONYMS.has(word)) break;
    start = from;
    if (from < 2 || (text[from - 1] !== ' ' && text[from - 1] !== '\t')) break;
    at = from - 1;
  }
  return start;
}

/** The chains' names before their shops' words in a text, searched once for both readings of it. */
const chainNamesIn = lastTextMemo((text: string): Array<{ start: number; end: number }> => {
  const found: Array<{ start: number; end: number }> = [];
  // A shop's word inside a match is looked at too ("grocery chain", then "chain").
  for (const at of shopsAt(text)) {
    if (at === 0 || /\s/u.test(text[at - 1])) continue;
    const start = nameBefore(text, at);
    if (start < 0) continue;
    found.push({ start, end: at });
    // "CoolMart and CoolMart+ stores": one name before "and" or a comma shares the shops.
    const joiner = /(?:,|[ \t]+and)[ \t]+$/u.exec(text.slice(Math.max(0, start - 6), start));
    if (joiner) {
      const end = start - joiner[0].length;
      const first = nameBefore(text, end);
      if (first >= 0) found.push({ start: first, end });
    }
  }
  return found;
});

/**
 * Spans (sorted, apart) with the chains named before their shops typed or added as organisations;
 * see the file's comment. `isPlace` tells a listed place.
 */
export function withChains(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const found = chainNamesIn(text);
  if (!found.length) return spans as NamedSpan[];
  const out = [...spans];
  const added: NamedSpan[] = [];
  for (const f of found) {
    const name = text.slice(f.start, f.end);
    if (isPlace(name) || SENTENCE_END.test(text.slice(Math.max(0, f.start - 3), f.start))) continue;
    const at = out.findIndex((s) => s.start < f.end && f.start < s.end);
    if (at < 0) {
      if (!overlapsAny(added, f.start, f.end)) added.push({ type: 'organization', ...f });
    } else if (out[at].start === f.start && out[at].end === f.end && out[at].type === 'place' && BRAND_SHAPE.test(name)) {
      out[at] = { ...out[at], type: 'organization' };
    }
  }
  added.sort((a, b) => a.start - b.start);
  return withAdded(out, added);
}
