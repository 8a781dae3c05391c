import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { wordBefore } from './word-before';
import { DEMONYMS, isTitleWord, STOP } from './rule-tagger';

/**
 * Names of land and water features written with the kind of feature in lower case after them: "the
 * Reykjanes peninsula", "the Puncak highlands", "the upstream Ciliwung catchment", "the Sundhnúkur
 * crater row". The model misses such a word of another language or reads it as a person; the feature
 * word says it is a place. A name so cued is a place in its other mentions too ("the Reykjanes data"),
 * unless the article takes it as a person's or an organisation's name of several words.
 */

/** A lower-case feature word right after a space: one search over the text finds every cue. */
const FEATURE_AFTER = / (?:peninsula|highlands|uplands|catchment|watershed|plateau|volcano|glacier|crater|craters|archipelago|atoll|lagoon|fjord|massif|caldera)(?![\p{L}\p{N}-])/gu;
/** A single capitalised name word: "Reykjanes", "Sundhnúkur", "Ciliwung". */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{M}]*$/u;
/** Endings of adjectives of peoples and regions ("Arabian", "Balkan", "Javanese", "Nordic"): a description, not the name. */
const ADJECTIVE_ENDING = /(?:an|ese|ish|ic|ian)$/u;
/** Words that may stand before the name: "the", a possessive ("Iceland's"), or a lower-case word ("upstream"). */
const LEAD_OK = /^(?:the|\p{Ll}+|\p{Lu}[\p{L}\p{M}]*['’]s)$/u;

/** The name cued by a feature word at `at` (the space before it), or null. */
function cuedName(text: string, at: number): { start: number; end: number } | null {
  const name = wordBefore(text, at + 1, true);
  if (!name || !NAME_WORD.test(name.word) || STOP.has(name.word) || DEMONYMS.has(name.word) || isTitleWord(name.word) || ADJECTIVE_ENDING.test(name.word)) return null;
  const lead = wordBefore(text, name.start);
  if (!lead || !LEAD_OK.test(lead.word)) return null;
  return { start: name.start, end: at };
}

/** Whether the character at `at` goes on with a word. */
const isLetter = (text: string, at: number): boolean => at >= 0 && at < text.length && /[\p{L}\p{M}\p{N}'’-]/u.test(text[at]);

/** Spans (sorted, apart) with the features above as places in every mention; see the file's comment. */
export function withNaturalFeatures(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = new Set<string>();
  FEATURE_AFTER.lastIndex = 0;
  for (let m = FEATURE_AFTER.exec(text); m; m = FEATURE_AFTER.exec(text)) {
    const cued = cuedName(text, m.index);
    if (cued) names.add(text.slice(cued.start, cued.end));
  }
  if (!names.size) return [...spans];
  // A word of a longer person's or organisation's name is that name's ("Elena Krafla", "Krafla Energy").
  for (const s of spans) {
    if (s.type === 'place') continue;
    const name = text.slice(s.start, s.end);
    if (!name.includes(' ')) continue;
    for (const w of name.split(/\s+/u)) names.delete(w);
  }
  if (!names.size) return [...spans];
  const added: NamedSpan[] = [];
  let changed = false;
  const out = mapSpans(spans, (s) => {
    if (s.type === 'place' || !names.has(text.slice(s.start, s.end))) return s;
    changed = true;
    return { ...s, type: 'place' as const };
  });
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isLetter(text, at - 1) || (isLetter(text, end) && !/^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3))) || overlapsAny(out, at, end)) continue;
      added.push({ type: 'place', start: at, end });
    }
  }
  return added.length ? withAdded(out, added) : changed ? out : [...spans];
}
