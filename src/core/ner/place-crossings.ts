import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, ORGS, STOP } from './rule-tagger';

/**
 * Border crossings, mountain passes and rivers named by the words around them: "the Upper Lars
 * crossing", "the Upper Lars pass", "the Prut crossing", "the line crosses the Prut near Ungheni",
 * "the right bank of the Dniester". The model knows neither small rivers nor border posts and reads
 * nothing there, or a person. One or two capitalised words between "the" and "crossing", "border
 * crossing" or "pass", and one capitalised word after "crosses the" or "bank of the" with no capitalised
 * word after it, are a place; a nationality ("the Turkish crossing"), an organisation the lists
 * know or a function word is not.
 */

/** "the", one or two capitalised words (perhaps "border" after them), ending the text before a word of a crossing. */
const NAME_BEFORE = /(?:^|[^\p{L}\p{M}])[Tt]he[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?)(?:[ \t]+border)?[ \t]+$/u;
/** A word of a crossing at the start of the text: "crossing", "pass". */
const CROSSING_WORD = /^(?:crossings?|pass)(?![\p{L}\p{M}-])/u;
/** A verb of crossing or a river's bank, then "the", ending the text before a name. */
const RIVER_BEFORE = /(?:^|[^\p{L}\p{M}])(?:cross|crosses|crossed|crossing|bank[ \t]+of|banks[ \t]+of)[ \t]+the[ \t]+$/u;
/** One capitalised word at the start of the text, with no capitalised word after it. */
const NAME_AFTER = /^\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}'’-]|[ \t]+\p{Lu})/u;
/** The word "the" right before a name, searched from the cue words. */
const THE = 'the ';
const LETTER = /[\p{L}\p{M}]/u;

/** Whether `name` may be a place's: no nationality, listed organisation or function word in it. */
function placeLike(name: string): boolean {
  for (const word of name.split(/[ \t]/u)) if (DEMONYMS.has(word) || STOP.has(word)) return false;
  return !ORGS.has(name);
}

/**
 * The names the cues above make places in `text`, as [start, end]. Three literal searches find every
 * cue ("cross" of "crossing" and "crosses", "pass", "bank"), and the rule layer reads each text twice:
 * the result is kept for the second reading.
 */
const cuedNamesIn = lastTextMemo((text): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  for (const cue of ['cross', 'pass', 'bank']) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      if (at > 0 && LETTER.test(text[at - 1])) continue;
      // "the Upper Lars crossing", "the Roki pass": the name before the word.
      if (cue !== 'bank' && CROSSING_WORD.test(text.slice(at, at + 12))) {
        const from = Math.max(0, at - 48);
        const m = NAME_BEFORE.exec(text.slice(from, at));
        if (m) {
          const start = from + m.index + m[0].lastIndexOf(m[1]);
          found.push([start, start + m[1].length]);
        }
      }
      // "crosses the Prut", "the right bank of the Dniester": the name after "the".
      if (cue === 'pass') continue;
      const the = text.indexOf(THE, at + cue.length);
      if (the < 0 || the - at > 14 || !RIVER_BEFORE.test(text.slice(at, the + THE.length))) continue;
      const m = NAME_AFTER.exec(text.slice(the + THE.length, the + THE.length + 40));
      if (m) found.push([the + THE.length, the + THE.length + m[0].length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
});

/** Spans (sorted, apart) with the crossings, passes and rivers above put in as places; see the file's comment. */
export function withCrossings(text: string, spans: readonly NamedSpan[], isListedOrganisation: (name: string) => boolean): NamedSpan[] {
  const names: NamedSpan[] = [];
  for (const [start, end] of cuedNamesIn(text)) {
    const name = text.slice(start, end);
    if (placeLike(name) && !isListedOrganisation(name)) names.push({ type: 'place', start, end });
  }
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
