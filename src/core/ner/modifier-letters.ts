/**
 * Modifier letters written as apostrophes inside a word: the Hawaiian ʻokina ("Hawaiʻi", "Oʻahu"), the
 * Uzbek and Arabic ʻayn and hamza of transliterations ("Oʻzbekiston", "Saʿud", "Qurʾan") and the primes
 * of Cyrillic ones. They are letters of the word, not its end (U+02B9..U+02C1).
 */
export function isModifierApostrophe(c: number): boolean {
  return c >= 0x2b9 && c <= 0x2c1;
}

/**
 * `word` without its modifier apostrophes: the form the model and the name lists read, which know
 * "Hawaii", "Molokai" and "Oahu" from English text (a word without them is returned as it is).
 */
export function foldModifierApostrophes(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (isModifierApostrophe(word.charCodeAt(i))) {
      let out = word.slice(0, i);
      for (let j = i + 1; j < word.length; j++) if (!isModifierApostrophe(word.charCodeAt(j))) out += word[j];
      // A word of modifier letters only stays as it is.
      return out.length > 0 ? out : word;
    }
  }
  return word;
}
