import { nextWholeWord, type WordCharTest } from './whole-words';
import { wordStartsWith } from './word-led';

/**
 * The whole-word mentions of a fixed name, read from the article's shared index of word starts
 * (word-led) rather than by a search of the whole text per name: rules that look for a list of names
 * ("Sinn Féin", "Fine Gael", ...) would otherwise scan the text once for each of them.
 */

/** Whether some start of `word` other than its whole is also its end ("abab"): mentions of it may then overlap. */
function overlapsItself(word: string): boolean {
  // Such a start begins with the word's first character again: most names hold it once ("Fine Gael"), and are read no further.
  for (let at = word.indexOf(word[0], 1); at > 0; at = word.indexOf(word[0], at + 1)) if (word.endsWith(word.slice(0, word.length - at))) return true;
  return false;
}

/**
 * The starts of the whole-word mentions of `word` in `text`, in text order: the same as the loop of
 * {@link nextWholeWord} from the text's start (each search resuming after the last mention found).
 * `joinsBefore` must accept every ASCII letter and digit (as every {@link WordCharTest} of whole-words
 * does), so that a whole mention starts where a word starts.
 */
export function wholeWordStarts(text: string, word: string, joinsBefore: WordCharTest, joinsAfter: WordCharTest = joinsBefore): number[] {
  const starts = overlapsItself(word) ? null : wordStartsWith(text, word);
  const found: number[] = [];
  if (!starts) {
    for (let at = nextWholeWord(text, word, 0, joinsBefore, joinsAfter); at >= 0; at = nextWholeWord(text, word, at + word.length, joinsBefore, joinsAfter)) found.push(at);
    return found;
  }
  // A mention that cannot overlap another is whole or not by its own edges alone.
  for (const at of starts) {
    const end = at + word.length;
    if ((at > 0 && joinsBefore(text, at - 1)) || (end < text.length && joinsAfter(text, end))) continue;
    found.push(at);
  }
  return found;
}
