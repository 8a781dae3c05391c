import { hashAt, KEY_LENGTH, wordStartsOf } from './word-led';

/**
 * Where words opening with `prefix` start in a text, in text order ("road" finds "road", "roads",
 * "roadside"): read from the index of word starts the whole-text searches share ({@link wordStartsOf}),
 * so a rule that looks for a cue word after a space (" road", " in ") need not search the whole text
 * for it. The prefix opens with a letter (a word's start) and is {@link KEY_LENGTH} characters or more.
 */
export function wordStartsWith(text: string, prefix: string): number[] {
  checkPrefix(prefix);
  const { last, previous } = wordStartsOf(text);
  const found: number[] = [];
  // Starts of other keys with the same hash are passed over; the chain runs from the last start back.
  for (let at = last[hashAt(prefix, 0)]; at >= 0; at = previous[at]) if (text.startsWith(prefix, at)) found.push(at);
  return found.reverse();
}

/**
 * Whether a word opening with one of `prefixes` (each as {@link wordStartsWith} takes it) starts
 * anywhere in the text: a cheap look, from the shared index, before a search for a pattern whose
 * every match holds such a word after a space or another character that ends a word.
 */
export function anyWordStartsWith(text: string, prefixes: readonly string[]): boolean {
  const { last, previous } = wordStartsOf(text);
  for (const prefix of prefixes) {
    checkPrefix(prefix);
    for (let at = last[hashAt(prefix, 0)]; at >= 0; at = previous[at]) if (text.startsWith(prefix, at)) return true;
  }
  return false;
}

/** Throws unless `prefix` can be read from the index: {@link KEY_LENGTH} characters or more, opening with a letter. */
function checkPrefix(prefix: string): void {
  const first = prefix.charCodeAt(0);
  if (prefix.length < KEY_LENGTH || !((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first >= 128)) {
    throw new Error(`the index of word starts needs a prefix of ${KEY_LENGTH} characters or more opening with a letter: "${prefix}"`);
  }
}

/** Where `word` (a space, then a prefix as {@link wordStartsWith} takes it) stands in a text, in text order: " road", " in ". */
export function spaceLedPositions(text: string, word: string): number[] {
  if (word[0] !== ' ') throw new Error(`spaceLedPositions needs a word opening with a space: "${word}"`);
  return wordStartsWith(text, word.slice(1))
    .filter((at) => text[at - 1] === ' ')
    .map((at) => at - 1);
}
