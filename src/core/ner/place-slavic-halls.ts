import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * Halls and houses named in a Slavic language, the head capitalised and the word after it a
 * lower-case genitive: "Dom sportova" (the sports hall), "Dom kulture" (the house of culture), "Hala
 * sportova", "Dvorana mladosti". The model reads the head alone as a person ("Dom") and leaves the
 * lower-case word out; the whole is the venue, a place. The genitive's ending tells it from an
 * English verb after a man called Dom ("Dom said", "Dom gave").
 */

/** Heads of such names: house, hall, hall (arena). */
const HEADS = ['Dom ', 'Hala ', 'Dvorana '];
/** A lower-case Slavic genitive right after the head: "sportova", "kulture", "mladosti", "omladine". */
const GENITIVE = /^\p{Ll}{3,}(?:ova|eva|ura|ure|osti|ine|ija|ije|ske|skih)(?![\p{L}\p{N}-])/u;
/** A character that goes on with a word. */
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** Spans (sorted, apart) with the Slavic halls put in whole as places; see the file's comment. */
export function withSlavicHalls(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let halls: NamedSpan[] | null = null;
  for (const head of HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      if (at > 0 && WORD_CHAR.test(text[at - 1])) continue;
      const genitive = GENITIVE.exec(text.slice(at + head.length, at + head.length + 24));
      if (genitive) (halls ??= []).push({ type: 'place', start: at, end: at + head.length + genitive[0].length });
    }
  }
  return halls ? withWholeNames(spans, halls) : (spans as NamedSpan[]);
}
