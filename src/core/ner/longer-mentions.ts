import type { NamedSpan } from './index';
import { isTitleWord } from './rule-tagger';
import { wordBefore } from './word-before';

/**
 * A mention the model found without its first word or two, where the article names the same thing
 * whole elsewhere: "Barrington" after "Lake" once "Lake Barrington" is found, "South Wales" after
 * "New" once "New South Wales" is, "Rwanda" after "Meteo" once "Meteo Rwanda" is. The whole name must
 * be of the mention's type, or an organisation (whose name holds a place's: "Meteo Rwanda"): a place
 * written whole elsewhere is no reason to retype a team or a body ("New South Wales coach"). A title
 * before a name is left out.
 */

/** How many words may be added before a mention. */
const MAX_ADDED = 2;

/** The names of several words among `spans`, each with the type of its first mention. */
function namesOfSeveralWords(text: string, spans: readonly NamedSpan[]): Map<string, NamedSpan['type']> {
  const names = new Map<string, NamedSpan['type']>();
  for (const n of spans) {
    const name = text.slice(n.start, n.end);
    if (name.includes(' ') && !names.has(name)) names.set(name, n.type);
  }
  return names;
}

/** Spans (sorted, apart) with mentions that begin a name the article writes whole read whole; see the file's comment. */
export function withLongerMentions(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let names: Map<string, NamedSpan['type']> | null = null;
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // Most mentions follow no capitalised word: one look at the text before them passes them over.
    let word = wordBefore(text, s.start, true);
    let start = s.start;
    let type = s.type;
    if (word) {
      names ??= namesOfSeveralWords(text, spans);
      const prevEnd = out ? (out.length ? out[out.length - 1].end : 0) : k > 0 ? spans[k - 1].end : 0;
      for (let n = 0; n < MAX_ADDED && word && word.start >= prevEnd && !isTitleWord(word.word); n++, word = wordBefore(text, word.start, true)) {
        const whole = names.get(text.slice(word.start, s.end));
        if (whole === s.type || whole === 'organization') {
          start = word.start;
          type = whole;
        }
      }
    }
    if (start < s.start) {
      out ??= spans.slice(0, k);
      out.push({ type, start, end: s.end });
    } else out?.push(s);
  }
  return out ?? (spans as NamedSpan[]);
}
