import type { NamedSpan } from './index';

/**
 * A person named surname first in quotes, as e-mail headers and address books write the sender
 * ("\"Lenhart, Matthew\" <mlenhart@…>"): the model finds the surname and the given name as two
 * people; inside the quotes they are one.
 */

/** Whether `[start, end)` of `text` is one word: no white space in it. */
function oneWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) return false;
  }
  return true;
}

/** Whether spans `a` and `b` (next to each other) are a quoted "Surname, Given" pair of people. */
function reversedPair(text: string, a: NamedSpan, b: NamedSpan): boolean {
  // The cheap tests first: most neighbours are not two people a comma apart.
  if (a.type !== 'person' || b.type !== 'person' || b.start !== a.end + 2 || text.charCodeAt(a.end) !== 44 || text.charCodeAt(a.end + 1) !== 32) return false;
  return text[a.start - 1] === '"' && text[b.end] === '"' && oneWord(text, a.start, a.end) && oneWord(text, b.start, b.end);
}

/** Spans (sorted, apart) with each quoted "Surname, Given" pair of people made one person. */
export function withReversedNames(text: string, spans: NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    if (i + 1 < spans.length && reversedPair(text, spans[i], spans[i + 1])) {
      out ??= spans.slice(0, i);
      out.push({ type: 'person', start: spans[i].start, end: spans[i + 1].end });
      i++;
    } else out?.push(spans[i]);
  }
  return out ?? spans;
}
