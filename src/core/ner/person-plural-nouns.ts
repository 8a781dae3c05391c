import type { NamedSpan } from './index';

/**
 * A plural noun that opens a sentence ("Wells have been falling", "Costs were higher") is
 * capitalised there, and the model may read a surname in it. One person takes "has", "is" and
 * "was", never "have", "are" or "were": a single word opening a sentence before one of those
 * names no one. Teams and bands, which take the plural in British English ("Arsenal were"), are
 * organisations, which this leaves alone.
 */

/** A plural verb right after the word: " have", " are", " were". */
const PLURAL_VERB = /^[ \t]+(?:have|are|were)[ \t]/u;
/** What stands before the first word of a sentence: the text's or a line's start, or a full stop and spaces. */
const SENTENCE_START = /(?:^|\n[ \t]*|[.!?]["”’]?[ \t]+)$/u;

/** Spans (sorted, apart) without the one-word "people" that are plural nouns opening a sentence; see the file's comment. */
export function withoutPluralNouns(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out = spans.filter((s) => {
    // Most names are followed by neither "have", "are" nor "were": one character ends the test for them.
    if (s.type !== 'person' || text[s.end] !== ' ' || !'haw'.includes(text[s.end + 1] ?? ' ')) return true;
    if (!PLURAL_VERB.test(text.slice(s.end, s.end + 7)) || text.slice(s.start, s.end).includes(' ')) return true;
    return !SENTENCE_START.test(text.slice(Math.max(0, s.start - 4), s.start));
  });
  return out.length === spans.length ? (spans as NamedSpan[]) : out;
}
