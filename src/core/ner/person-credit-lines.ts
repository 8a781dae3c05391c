import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * A wire's closing credit in brackets that says where each writer filed from: "(Ana Restrepo reported
 * from Bogota, Tobias Rüegg-Frei from Zurich; editing by Clare Fallowfield)". The article's credit
 * lines are read elsewhere; this one sits at the end of the body, and its second writer, named with no
 * verb, reads to the model as the start of a list of places. Its shape names people and places.
 */

/** The words that open the credit's first item, searched for before anything else. */
const GATE = ' reported from ';
/** A capitalised word of a name, hyphenated parts and letters with marks in it ("Bērziņš-Ozols"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*[\p{L}\p{M}](?:-\p{Lu}[\p{L}\p{M}'’]*[\p{L}\p{M}])*`;
/** A writer: two to four capitalised words, particles between them. */
const PERSON = String.raw`${WORD}(?:[ \t]+(?:(?:de|da|dos|van|von|der|den|al|el|bin|la|le)[ \t]+)*${WORD}){1,3}`;
/** Where a writer filed from: one to three capitalised words. */
const PLACE = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;
/** The credit's first item, right after its bracket: the writer (group 1) and the place (group 2). */
const FIRST = new RegExp(String.raw`\((${PERSON})[ \t]+reported[ \t]+from[ \t]+(${PLACE})(?=[,;)]|[ \t]+and[ \t])`, 'uy');
/** A further item: ", Tobias Rüegg-Frei from Zurich" or " and Tobias Rüegg-Frei from Zurich", ending before ",", ";" or ")". */
const NEXT = new RegExp(String.raw`(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(${PERSON})[ \t]+from[ \t]+(${PLACE})(?=[,;)]|[ \t]+and[ \t])`, 'duy');
/** How far before the gate the bracket may open: a long name and a few particles. */
const REACH = 80;

/** The people and places of the closing credits of `text`. */
function creditNames(text: string): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let at = text.indexOf(GATE); at >= 0; at = text.indexOf(GATE, at + GATE.length)) {
    const open = text.lastIndexOf('(', at);
    if (open < 0 || at - open > REACH) continue;
    FIRST.lastIndex = open;
    const first = FIRST.exec(text);
    if (!first) continue;
    const person = open + 1;
    out.push({ type: 'person', start: person, end: person + first[1].length });
    const place = FIRST.lastIndex - first[2].length;
    out.push({ type: 'place', start: place, end: FIRST.lastIndex });
    NEXT.lastIndex = FIRST.lastIndex;
    for (let m = NEXT.exec(text); m; m = NEXT.exec(text)) {
      const [who, where] = [m.indices![1], m.indices![2]];
      out.push({ type: 'person', start: who[0], end: who[1] }, { type: 'place', start: where[0], end: where[1] });
    }
  }
  return out;
}

/**
 * Spans (sorted, apart) with the writers and places of a closing credit put in over the spans inside
 * them (see the file's comment); a span reaching out of one stands.
 */
export function withCreditLineNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes(GATE)) return spans as NamedSpan[];
  const names = creditNames(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
