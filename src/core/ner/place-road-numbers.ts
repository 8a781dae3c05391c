import { mapChangedSpans } from './span-arrays';
import type { NamedSpan } from './index';
import { otherMentions, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { spaceLedPositions } from './word-start-positions';

/**
 * Roads named by a number: "the E45 highway", "the A9 motorway", and a French-style national road
 * ("RN2", "RN7", route nationale, as in France, Madagascar or Morocco), which needs no road word
 * after it ("the RN2 at Brickaville", "RN2 cut by floods"). The model finds nothing in a code of
 * letters and digits; the road word, or the national road's prefix, says it is a place, and so are
 * the road's other mentions in the article ("Parts of the E45 were closed"). So does a code after
 * "the" that runs between places or lies to one side of a town, in an article that speaks of a road
 * being closed ("closed the M1 between Zomba and Liwonde", "the A55 west of Bangor", "the A39 near Wadebridge"). A code before another
 * noun stays unnamed ("the A380 aircraft", "the G7 summit").
 */

/** A road's code: one or two capitals, a hyphen perhaps, a number and perhaps a letter ("E45", "A9", "N2", "I-95", "N7A"). */
const ROAD_CODE = /^\p{Lu}{1,2}-?\d{1,3}[A-Z]?$/u;
/** A national road by its "RN" prefix and number: "RN2", "RN34". */
const NATIONAL_CODE = /^RN\d{1,3}$/u;
/** Road words after a code, each after a space: read from the index of word starts, never a regex over the whole text. */
const ROAD_WORDS = [' highway', ' motorway', ' expressway', ' freeway', ' road', ' trunk road'];
/** Words after a code that set a road between places or beside a town, read as the road words are. */
const STRETCH_WORDS = [' between ', ' near ', ' south of ', ' north of ', ' east of ', ' west of '];
/** Words of an article that speaks of roads, one of which must be in it before {@link STRETCH_WORDS} are sought. */
const ROAD_TALK = ['closed', 'road', 'Road', 'traffic'];
/** A character that goes on with a word or a code. */
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** Whether an ASCII digit stands at `at`. */
function digitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** Whether an ASCII capital stands at `at`. */
function capitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** The code written right before `at` (a space there), or null: the characters back to the word's start. */
function codeBefore(text: string, at: number): string | null {
  let start = at;
  while (start > 0 && start > at - 8 && WORD_CHAR.test(text[start - 1])) start--;
  if (start > 0 && WORD_CHAR.test(text[start - 1])) return null;
  const code = text.slice(start, at);
  return ROAD_CODE.test(code) ? code : null;
}

/** The codes of the roads a text names by number, or null; searched once for both readings of the text. */
const roadCodesIn = lastTextMemo((text): ReadonlySet<string> | null => {
  let names: Set<string> | null = null;
  for (const word of ROAD_WORDS) {
    for (const at of spaceLedPositions(text, word)) {
      // "the A9 motorway", not "the A9 motorways'" part of a longer word ("roadside"); a digit, or a digit and a capital, before the space.
      if ((!digitAt(text, at - 1) && !(digitAt(text, at - 2) && capitalAt(text, at - 1))) || WORD_CHAR.test(text[at + word.length] ?? '')) continue;
      const code = codeBefore(text, at);
      if (code) (names ??= new Set()).add(code);
    }
  }
  let roadTalk: boolean | undefined;
  for (const word of STRETCH_WORDS) {
    for (const at of spaceLedPositions(text, word)) {
      if (!digitAt(text, at - 1) || !(roadTalk ??= ROAD_TALK.some((w) => text.includes(w)))) continue;
      const code = codeBefore(text, at);
      // "the M1 between", or a code at the start of a line or a list item ("- M1 closed south of").
      if (code && (text.startsWith('the ', at - code.length - 4) || text.startsWith('The ', at - code.length - 4))) (names ??= new Set()).add(code);
    }
  }
  for (let at = text.indexOf('RN'); at >= 0; at = text.indexOf('RN', at + 2)) {
    if (at > 0 && WORD_CHAR.test(text[at - 1])) continue;
    let end = at + 2;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    const code = text.slice(at, end);
    if (NATIONAL_CODE.test(code)) (names ??= new Set()).add(code);
  }
  return names;
});

/** Spans (sorted, apart) with the roads named by a number added as places; see the file's comment. */
export function withRoadNumbers(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = roadCodesIn(text);
  if (!found) return spans as NamedSpan[];
  // A code the model read as a name of another kind is a road's in every mention.
  let changed = false;
  const out = mapChangedSpans(spans, (s) => {
    if (s.type === 'place' || !found.has(text.slice(s.start, s.end))) return s;
    changed = true;
    return { ...s, type: 'place' as const };
  });
  const added = otherMentions(text, found, out, () => 'place');
  return added.length ? withAdded(out, added) : changed ? out : (spans as NamedSpan[]);
}
