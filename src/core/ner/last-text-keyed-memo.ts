/**
 * `search` remembered per key (a name, a word) for the last text it was given: a rule that searches
 * the whole article for each of its names asks the same of the same text at both readings of an
 * article (see `last-text-memo.ts`), and the second reading takes the answers from here.
 */
export function lastTextKeyedMemo<T>(search: (text: string, key: string) => T): (text: string, key: string) => T {
  let lastText: string | undefined;
  let found = new Map<string, T>();
  return (text, key) => {
    if (text !== lastText) {
      lastText = text;
      found = new Map();
    }
    if (found.has(key)) return found.get(key) as T;
    const value = search(text, key);
    found.set(key, value);
    return value;
  };
}
