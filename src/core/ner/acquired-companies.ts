import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, STOP } from './rule-tagger';

/**
 * What a firm acquires is a firm: "Google has acquired Urchin, Zipdash, Applied Semantics and
 * Picasa", "the takeover of Pennine Dairies". Names of one to three capitalised words right after
 * "acquired", "acquire", "acquisition of", "takeover of" or "took over" ("Chevron took over Hess"), and the names listed after the first
 * (commas, then "and" or "or"), are organisations: the model reads an unknown one-word firm as a
 * place or leaves it out. Listed places keep their type ("the United States acquired Alaska"), as
 * do nationality words ("acquired Spanish citizenship") and people.
 */

/** A word of a name: capitalised, inner dots only before a letter ("Amazon.com"), so a sentence's full stop ends it. */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\.\p{L}[\p{L}\p{N}&'’-]*)*`;
/** A name of one to three words. */
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;
/** The cue and the list after it, one name a group: the names are read from the whole match. */
const ACQUIRED = new RegExp(String.raw`(?:acquired|acquire|acquires|acquiring|acquisition of|acquisitions of|takeover of|takeovers of|took over|take over|takes over|taking over)[ \t]+(${NAME}(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+)${NAME})*)`, 'uy');
/** One name of the list: capitalised words apart from the commas and conjunctions. */
const ITEM = new RegExp(NAME, 'gu');
const LETTER = /\p{L}/u;
/** The letters each cue is found by, and how far before them the cue starts: "a" of "acquired", "t" of "takeover" and "took over". */
const CUES: ReadonlyArray<readonly [string, number]> = [['cqui', 1], ['akeover', 1], ['ook over', 1], ['ake over', 1], ['akes over', 1], ['aking over', 1]];
/** A possessive at a name's end ("Lind's stake") is not part of it. */
const TRAILING_APOSTROPHE = /['’]s?$/u;

/** The names after an acquiring cue in `text`, as [start, end) pairs; remembered for the article's second reading. */
const acquiredNames = lastTextMemo((text: string): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  // Each cue is found by a plain search for its middle letters, and the pattern is tried only there.
  for (const [middle, back] of CUES) {
    for (let at = text.indexOf(middle); at >= 0; at = text.indexOf(middle, at + middle.length)) {
      const cue = at - back;
      // The cue is a whole word: no letter before it ("reacquired" is read as well, as it means the same).
      if (cue < 0 || (cue > 0 && LETTER.test(text[cue - 1]) && !text.startsWith('re', cue - 2))) continue;
      ACQUIRED.lastIndex = cue;
      const m = ACQUIRED.exec(text);
      if (!m) continue;
      const listStart = cue + m[0].length - m[1].length;
      ITEM.lastIndex = 0;
      for (let item = ITEM.exec(m[1]); item; item = ITEM.exec(m[1])) {
        const name = item[0].replace(TRAILING_APOSTROPHE, '');
        const first = name.split(/[ \t]/u)[0];
        if (!name || STOP.has(first) || DEMONYMS.has(first)) continue;
        found.push([listStart + item.index, listStart + item.index + name.length]);
      }
    }
  }
  return found;
});

/**
 * Spans (sorted, apart) with the names after an acquiring cue made organisations: a place or nothing
 * the model found becomes an organisation; names the lists hold as places (`isPlace`) and people keep their type.
 */
export function withAcquiredCompanies(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const names = acquiredNames(text);
  if (!names.length) return spans as NamedSpan[];
  const put: NamedSpan[] = [];
  for (const [start, end] of names) {
    const name = text.slice(start, end);
    if (isPlace(name)) continue;
    const over = spans.filter((s) => s.start < end && start < s.end);
    // A person the model found over the whole name, or a longer name, stands.
    if (over.some((s) => (s.type === 'person' && s.start === start && s.end === end) || s.start < start || s.end > end)) continue;
    if (over.length === 1 && over[0].type === 'organization' && over[0].start === start && over[0].end === end) continue;
    put.push({ type: 'organization', start, end });
  }
  if (!put.length) return spans as NamedSpan[];
  // The names replace the spans inside them: retyped, or joined from parts.
  const inside = (s: NamedSpan) => put.some((p) => p.start <= s.start && s.end <= p.end);
  return withWholeNames(spans.filter((s) => !inside(s)), put);
}
