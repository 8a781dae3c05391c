import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withAdded, withWholeNames } from './added-spans';
import { wordBefore } from './word-before';
import { LETTER, nextWholeWord, wordCharTest } from './whole-words';

/**
 * The chambers of a legislature as news names them: "the Iowa House" (a state and its chamber),
 * "the House", "the Senate", "the Legislature's deadline", "our own Legislature", and the chamber
 * inside a title ("Senate Majority Leader", where the chamber is marked and the title is not), and a
 * town's chamber of commerce by its short name ("Galway Chamber welcomed the plan"). The
 * model reads "House" as a building and "Iowa House" as a place; they are organisations. Only in an
 * article about a legislature (another chamber, a lawmaker or a bill named in it).
 */

/** The chambers' words, capitalised, sought in the text one by one; "Assembly" is a state's lower chamber ("passed the Senate, but Assembly leaders"). */
const CHAMBER_WORDS = ['House', 'Senate', 'Legislature', 'Assembly'];
/** Characters that make a chamber's word part of a longer word or name: "Houses", "Senate-confirmed", "U.S.House". */
const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;
const JOINS_BEFORE = wordCharTest("'.-", WORD_CHAR);
/** After the word, an apostrophe or a full stop ends it: "the House's", "the Senate." */
const JOINS_AFTER = wordCharTest('-', LETTER);
/** A chamber's word ending a name after a state's: "Iowa House", "Ohio Senate", "Texas Legislature". */
const CHAMBER_END = /[ \t](?:House|Senate|Legislature|General[ \t]+Assembly|Assembly)$/u;
/** Words of a title or a chamber's members after its name, which do not make a longer name: "House Speaker", "Senate Majority Leader". */
const TITLE_AFTER = new Set(['Speaker', 'Majority', 'Minority', 'Leader', 'Whip', 'President', 'Republicans', 'Democrats', 'Chair', 'Chairman', 'Chairwoman', 'Clerk']);
/** A title's rest after "Majority"/"Minority" in a span the model made: "Senate Majority" + " Leader". */
const LEADER_AFTER = /^[ \t]+(?:Leader|Whip)(?![\p{L}])/u;
/** Words that put a legislature in an article. */
const LEGISLATURE_HINTS = ['Senate', 'Legislature', 'Congress', 'lawmaker', 'legislat', 'House Speaker', 'Rep.', 'Sen.'];
/** A capitalised word and what follows it after a chamber's word. */
const NEXT_WORD = /^(?:['’]s)?[ \t]+(\p{Lu}[\p{L}]*|of(?![\p{L}]))/u;
/** " Chamber" ending a name after a town's: no name going on ("Galway Chamber Orchestra", "Chamber of Commerce", "Chamber's"). */
const TRADE_CHAMBER_AFTER = /^[ \t]Chamber(?![\p{L}\p{N}'’-]|[ \t]+(?:\p{Lu}|of(?![\p{L}])|music|orchestra|choir|ensemble|concert))/u;
/** Capitalised words that open sentences and phrases: "The House", "Our Legislature". */
const OPENERS = new Set(['The', 'A', 'Our', 'Its', 'Their', 'His', 'Her', 'In', 'And', 'But', 'By', 'For', 'Both', 'Each', 'Neither', 'Either']);

/** Whether the chamber's word at `start`–`end` stands alone: no name before it, none going on after it. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start, true);
  if (before && !OPENERS.has(before.word)) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 24));
  return !next || (next[1] !== 'of' && TITLE_AFTER.has(next[1]));
}

/** A chamber of commerce's blended name: "EuroCham", "AmCham", "BritCham", "AustCham". */
const BLENDED_CHAMBER = /^\p{Lu}\p{Ll}+Cham$/u;
/** The capitalised word after a blended chamber's name, which names the country it serves: "EuroCham Cambodia". */
const COUNTRY_AFTER = /^[ \t]+(\p{Lu}[\p{L}\p{M}-]+)/u;

/**
 * Chambers of commerce named by a blend of their members' region and "Cham", and the country they
 * serve after it ("EuroCham Cambodia", "AmCham Vietnam", "BritCham"): one organisation, where the
 * model finds the country alone as a place.
 */
function withBlendedChambers(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): readonly NamedSpan[] {
  const found: NamedSpan[] = [];
  for (let at = text.indexOf('Cham', 1); at >= 0; at = text.indexOf('Cham', at + 4)) {
    let end = at + 4;
    if (JOINS_AFTER(text, end)) continue;
    let start = at;
    while (start > 0 && LETTER.test(text[start - 1])) start--;
    if (!BLENDED_CHAMBER.test(text.slice(start, end)) || (start > 0 && /[\p{N}-]/u.test(text[start - 1]))) continue;
    const country = COUNTRY_AFTER.exec(text.slice(end, end + 40));
    if (country && (isPlace(country[1]) || spans.some((s) => s.type === 'place' && s.start === end + country[0].length - country[1].length && s.end === end + country[0].length))) end += country[0].length;
    found.push({ type: 'organization', start, end });
  }
  return found.length ? withWholeNames(spans, found) : spans;
}

/**
 * Spans (sorted, apart) with the chambers of a legislature typed, cut and added as organisations; see
 * the file's comment. `isPlace` tells a listed state or country ("Iowa").
 */
export function withChambers(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  if (text.includes('Cham')) spans = withBlendedChambers(text, spans, isPlace);
  let places: Set<string> | undefined;
  // A state the lists lack is known by the article's other mentions of it ("DES MOINES, Iowa").
  const isState = (name: string) => isPlace(name) || (places ??= new Set(spans.filter((s) => s.type === 'place').map((s) => text.slice(s.start, s.end)))).has(name);
  const mapped = mapChangedSpans(spans, (s, k) => {
    // "Galway" + " Chamber": a town's chamber of commerce by its short name, where the model found the town.
    if (s.type === 'place' && text.startsWith(' Chamber', s.end) && TRADE_CHAMBER_AFTER.test(text.slice(s.end, s.end + 16)) && !(spans[k + 1]?.start < s.end + 8)) {
      return { type: 'organization' as const, start: s.start, end: s.end + 8 };
    }
    // The chambers' words end in "e" or "y", and "Majority"/"Minority" in "y": most names end otherwise.
    const last = text[s.end - 1];
    if (s.type === 'person' || (last !== 'e' && last !== 'y')) return s;
    const name = text.slice(s.start, s.end);
    const end = CHAMBER_END.exec(name);
    // "Iowa House" found as a place.
    if (end && s.type !== 'organization' && isState(name.slice(0, end.index))) return { ...s, type: 'organization' as const };
    // "Senate Majority" + " Leader": the chamber alone.
    if (/^(?:House|Senate)[ \t]+(?:Majority|Minority)$/u.test(name) && LEADER_AFTER.test(text.slice(s.end, s.end + 8))) return { type: 'organization' as const, start: s.start, end: s.start + name.indexOf(' ') };
    return s;
  });
  if (!LEGISLATURE_HINTS.some((h) => text.includes(h))) return mapped;
  // Written in below: a copy when the chambers' rule above changed nothing.
  const out = mapped === spans ? [...spans] : mapped;
  const added: NamedSpan[] = [];
  const found: number[][] = [];
  for (const word of CHAMBER_WORDS) {
    for (let at = nextWholeWord(text, word, 0, JOINS_BEFORE, JOINS_AFTER); at >= 0; at = nextWholeWord(text, word, at + word.length, JOINS_BEFORE, JOINS_AFTER)) found.push([at, at + word.length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (const [start, end] of found) {
    while (k < out.length && out[k].end <= start) k++;
    const s = out[k];
    if (s && s.start < end) {
      // A span on the word alone ("House" as a place) is the chamber; a longer name stands.
      if (s.start === start && s.end === end && s.type !== 'organization' && standsAlone(text, start, end)) out[k] = { ...s, type: 'organization' };
      continue;
    }
    if (standsAlone(text, start, end)) added.push({ type: 'organization', start, end });
  }
  return withAdded(out, added);
}
