import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { wholeWordMentions } from './whole-words';
import { lastTextMemo } from './last-text-memo';
import { startLedMatches } from './word-led';
import { DEMONYMS, STOP } from './rule-tagger';

/**
 * A name the article describes once as a body is that body at every mention: "Kazhydromet, the
 * national weather service, recorded ...", "Alokabide, the regional government's housing company,",
 * "EH Bildu, the largest opposition party in ...", "Ledo, the frozen-food maker,", "the statistics office,
 * Eustat.", "its marketing company, SOMO,", "the property portal Idealista", "Meridiam's head of transport". The model reads such one-word or foreign names
 * by their look (a person's, a place's) or not at all; the description is put in as an organisation
 * over what it found, and so is every other mention of the same name ("Idealista says").
 */

/** Nouns of a body that a description ends in. */
const BODY_NOUNS = 'company|party|operator|utility|service|office|agency|authority|regulator|portal|broadcaster|union|maker|association|organi[sz]ation|federation|charity|foundation';
/** Those nouns that are also a person's job ("Ana Ruiz, an Iranian tour operator"): after a person's full name they describe the person. */
const JOB_NOUNS = /(?:operator|broadcaster|maker|regulator)$/u;
/**
 * A description after a name and a comma, its noun the first a reader meets: ", the national weather
 * service,", ", the Basque Government's rental housing company,"; no "of" or "for" before the noun
 * ("the head of the company" is a person's job).
 */
const AFTER = new RegExp(String.raw`^,[ \t]+(?:the|a|an|its)[ \t]+(?:(?!(?:of|for|at|to|with|from|and|or|who|whose)[ \t])[\p{L}\p{M}'’-]+[ \t]+){0,4}?(?:${BODY_NOUNS})(?=[ \t]*[,.;:)]|[ \t]+(?:of|in|that|which|whose|said|says|has|had|is|was|will|founded|based|owned|run|behind)[ \t])`, 'u');
/** "the" and up to three words before a body's noun, closing the text: "the Basque statistics ", "the property ". */
const THE_BEFORE_NOUN = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts)[ \t]+(?:(?!(?:of|for|at|to|with|from|and|or)[ \t])[\p{L}\p{M}'’-]+[ \t]+){1,3}$/u;
/** A name after a description: capitalised words, closed by a mark or a lower-case word ("Idealista: 19.40", "Eustat."). */
const NAME_AFTER = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?=[ \t]*[,.;:]|[ \t]+\p{Ll}|$)/u;
/** Most capitalised words of a name read back from its description. */
const MOST_WORDS = 4;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The start of the capitalised words right before `end` on its line, one space apart, or `end` when there are none. */
function nameStart(text: string, end: number): number {
  let from = end;
  for (let n = 0; n < MOST_WORDS; n++) {
    let at = from - (n === 0 ? 0 : 1);
    if (n > 0 && text[at] !== ' ') break;
    const wordEnd = at;
    while (at > 0 && text[at - 1] !== ' ' && text[at - 1] !== '\n' && text[at - 1] !== '\t') at--;
    const word = text.slice(at, wordEnd);
    if (!NAME_WORD.test(word) || STOP.has(word)) break;
    from = at;
  }
  return from;
}

/** Whether `name` can be a body's: not a function word, a nationality, nor a lone letter. */
function mayName(name: string): boolean {
  return name.length > 1 && !STOP.has(name) && !DEMONYMS.has(name);
}

/** The nouns of {@link BODY_NOUNS} and a body's things after a possessive, all found in one pass over a text. */
const NOUNS = new RegExp(`${BODY_NOUNS}|['’]s (?:head of |chief executive|shareholders)`, 'gu');
/** The matches of {@link NOUNS}, tried only where one of its words or an apostrophe stands. */
const nounsIn = startLedMatches(NOUNS);

/** Where a text's descriptions of bodies stand, read from the text alone. */
interface Cues {
  /** Commas that a description follows (a name ends there), each with whether its noun may be a person's job. */
  commas: Array<[number, boolean]>;
  /** Names after a body's noun, as ranges. */
  after: Array<{ start: number; end: number }>;
  /** Apostrophes before a body's things: a name ends there. */
  owned: number[];
}

/** The descriptions of bodies in `text`, found from their nouns; searched once for the article's two readings. */
const cuesIn = lastTextMemo((text: string): Cues => {
  const commas = new Map<number, boolean>();
  const after: Cues['after'] = [];
  const owned: number[] = [];
  for (const found of nounsIn(text)) {
    const at = found.index;
    const noun = found[0];
    if (noun[0] === "'" || noun[0] === '’') {
      owned.push(at);
      continue;
    }
    {
      if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1])) continue;
      // A description after a name: the comma before the noun opening ", the ...".
      const comma = text.lastIndexOf(', ', at);
      if (comma >= 0 && at - comma < 80 && !commas.has(comma) && AFTER.test(text.slice(comma, comma + 90))) commas.set(comma, JOB_NOUNS.test(noun));
      // A name after the noun: "the property portal Idealista", "the statistics office, Eustat."
      // "the" or "its" opens the description: "its marketing company, SOMO,", "The port authority, SPAT,".
      // Looked for in the 50 characters before the noun only: a search back over the whole text would
      // cost a pass for each noun when the article holds no "its".
      const before = text.slice(Math.max(0, at - 50), at);
      if ((!before.includes('the ') && !before.includes('its ') && !before.includes('The ')) || !THE_BEFORE_NOUN.test(before)) continue;
      let from = at + noun.length;
      const closed = text[from] === ',';
      if (closed) from++;
      if (text[from] !== ' ') continue;
      const m = NAME_AFTER.exec(text.slice(from + 1, from + 60));
      // After a comma the name closes the apposition with a mark ("the statistics office, Eustat.").
      if (m && !STOP.has(m[0].split(' ')[0]) && !(closed && !/^[ \t]*[,.;:]/u.test(text.slice(from + 1 + m[0].length, from + 3 + m[0].length)))) after.push({ start: from + 1, end: from + 1 + m[0].length });
    }
  }
  return { commas: [...commas], after, owned };
});

/** The span of `spans` (sorted, apart) that holds the character before `pos`, or undefined. */
function spanBefore(spans: readonly NamedSpan[], pos: number): NamedSpan | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < pos) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s && s.start < pos && s.end >= pos ? s : undefined;
}

/** The names `text` describes as bodies; see the file's comment. */
function describedNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): Set<string> {
  const names = new Set<string>();
  const cues = cuesIn(text);
  if (!cues.commas.length && !cues.after.length && !cues.owned.length) return names;
  const add = (start: number, end: number) => {
    const name = text.slice(start, end);
    if (end > start && mayName(name) && !isPlace(name)) names.add(name);
  };
  for (const [at, job] of cues.commas) {
    const span = spanBefore(spans, at);
    const name = span && span.end === at ? span : undefined;
    // A person's full name before a job ("Ana Ruiz, an Iranian tour operator") stays, but capitals leading it ("EH Bildu");
    // no one is "the regional innovation agency".
    if (job && name?.type === 'person' && text.slice(name.start, at).includes(' ') && !/^\p{Lu}{2}/u.test(text.slice(name.start, at))) continue;
    add(name ? name.start : nameStart(text, at), at);
  }
  for (const { start, end } of cues.after) add(start, end);
  // A body's things after its possessive: "Meridiam's head of Africa transport".
  for (const at of cues.owned) {
    const span = spanBefore(spans, at);
    if (span?.type === 'person') continue;
    add(span ? span.start : nameStart(text, at), at);
  }
  return names;
}

/**
 * Spans (sorted, apart) with the names the article describes as bodies put in as organisations at
 * every mention; see the file's comment. `isPlace` tells a listed place, which a description does not
 * make a body ("Madrid, the capital's ...").
 */
export function withDescribedNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean = () => false): NamedSpan[] {
  const names = describedNames(text, spans, isPlace);
  return names.size ? withWholeNames(spans, wholeWordMentions(text, names, 'organization')) : [...spans];
}
