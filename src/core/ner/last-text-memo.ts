/**
 * `search` remembered for the last text it was given. The rule layer reads each article twice
 * (before and after document consistency), and a search over the whole text is the same both times.
 */
export function lastTextMemo<T>(search: (text: string) => T): (text: string) => T {
  let last: { text: string; found: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, found: search(text) };
    return last.found;
  };
}
