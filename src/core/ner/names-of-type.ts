import type { NamedSpan } from './index';

/**
 * The names (their text) of the spans of one type: "is this word also a person's name here?". Built
 * in one loop, without the two arrays a filter and a map would leave behind for each article.
 */
export function namesOfType(text: string, spans: readonly NamedSpan[], type: NamedSpan['type'], withoutSpaces = false): Set<string> {
  const names = new Set<string>();
  for (const s of spans) {
    if (s.type !== type) continue;
    // With `withoutSpaces`, the names of a single word only, for a rule that looks one up: the rest are not copied.
    if (withoutSpaces) {
      const space = text.indexOf(' ', s.start);
      if (space >= 0 && space < s.end) continue;
    }
    names.add(text.slice(s.start, s.end));
  }
  return names;
}
