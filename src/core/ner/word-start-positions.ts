import { KEY_LENGTH, wordStartsWith } from './word-led';

/**
 * Where words opening with `prefix` start in a text, in text order ("road" finds "road", "roads",
 * "roadside"), read from the index of word starts the whole-text searches share (word-led's
 * {@link wordStartsWith}), so a rule that looks for a cue word after a space (" road", " in ") need not
 * search the whole text for it. A rule's own cue words must be readable from the index: a prefix it
 * cannot read ({@link KEY_LENGTH} characters or more, opening with a letter) throws.
 */
export function indexedWordStarts(text: string, prefix: string): number[] {
  const starts = wordStartsWith(text, prefix);
  if (!starts) throw new Error(`the index of word starts needs a prefix of ${KEY_LENGTH} characters or more opening with a letter: "${prefix}"`);
  return starts;
}

/**
 * Whether a word opening with one of `prefixes` (each as {@link indexedWordStarts} takes it) starts
 * anywhere in the text: a cheap look, from the shared index, before a search for a pattern whose
 * every match holds such a word after a space or another character that ends a word.
 */
export function anyWordStartsWith(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => indexedWordStarts(text, prefix).length > 0);
}

/** Where `word` (a space, then a prefix as {@link indexedWordStarts} takes it) stands in a text, in text order: " road", " in ". */
export function spaceLedPositions(text: string, word: string): number[] {
  if (word[0] !== ' ') throw new Error(`spaceLedPositions needs a word opening with a space: "${word}"`);
  return indexedWordStarts(text, word.slice(1))
    .filter((at) => text[at - 1] === ' ')
    .map((at) => at - 1);
}
