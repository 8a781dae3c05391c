import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { ORG_WORDS, STOP } from './rule-tagger';
import { wordBefore } from './word-before';
import { LETTER } from './whole-words';
import { ORG_NAME_WORD as WORD } from './name-words';

/**
 * Bodies named by their head word and the field they serve, which the model misses or cuts at the
 * head: an office "of" or "for" its field ("the Office of Public Works", "the Office of the Planning
 * Regulator", "Office for Students"), and a committee, a commission or a council "on" its field ("the
 * United Nations Committee on Enforced Disappearances", "the Council on Foreign Relations"). A name the
 * model found right before the head opens the body's ("United Nations" + "Committee on ...").
 */

/** The heads and the word after them that opens the field, as searched in the text. */
const HEADS = ['Office of ', 'Office for ', 'Committee on ', 'Commission on ', 'Council on '];
/** "the" perhaps, then the field: capitalised words joined by "of", "and", "for", "the", "&". */
const FIELD = new RegExp(String.raw`^(?:the[ \t]+)?(${WORD}(?:(?:[ \t]+(?:of|and|for|the|&))*[ \t]+${WORD})*)(?![\p{L}\p{M}\p{N}'’-])`, 'u');
/** Joining words left at the end of a field ("... of the"). */
const TRAILING_JOINERS = /(?:[ \t]+(?:of|and|for|the|&))+$/u;
/** A letter or digit: a head right after one is part of a longer word. */

/** The index of the first of `spans` (sorted, apart, so their ends are sorted too) ending after `pos`: a binary search, as a long text has many spans. */
function firstEndingAfter(spans: readonly NamedSpan[], pos: number): number {
  let [lo, hi] = [0, spans.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span of `spans` ending exactly at `pos`, if any. */
function spanEndingAt(spans: readonly NamedSpan[], pos: number): NamedSpan | undefined {
  const s = spans[firstEndingAfter(spans, pos - 1)];
  return s && s.end === pos ? s : undefined;
}

/** The field's end after `from`, or -1: not a function word or a day first, and for "on" two words at least. */
function fieldEnd(text: string, from: number, on: boolean): number {
  const m = FIELD.exec(text.slice(from, from + 120));
  if (!m) return -1;
  let field = m[1].replace(TRAILING_JOINERS, '');
  // "... Works and Galway County Council": a body's name after "and" is another body.
  const and = field.lastIndexOf(' and ');
  if (and > 0 && ORG_WORDS.test(field.slice(field.lastIndexOf(' ') + 1))) field = field.slice(0, and);
  const words = field.split(/[ \t]+/u);
  if (STOP.has(words[0]) || (on && words.length < 2)) return -1;
  return from + m[0].length - m[1].length + field.length;
}

/**
 * Spans (sorted, apart) with the bodies of the file's comment as whole organisations: spans inside
 * give way to them; a person's name or a span reaching out of one leaves it out.
 */
export function withOfficeNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes('Office ') && !text.includes(' on ')) return [...spans];
  const found: NamedSpan[] = [];
  for (const head of HEADS) {
    const on = head.endsWith(' on ');
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      if (at > 0 && LETTER.test(text[at - 1])) continue;
      const headEnd = at + head.indexOf(' ');
      const end = fieldEnd(text, at + head.length, on);
      if (end < 0) continue;
      // The name the model found over the head ("United Nations Committee") or right before it ("UN" + " Office for ...").
      const own = spanEndingAt(spans, headEnd) ?? spanEndingAt(spans, at - 1);
      let start = at;
      if (own && own.type !== 'person' && own.start <= at && (own.end === headEnd || text[at - 1] === ' ')) start = own.start;
      else if (!on) {
        // "Central Office for ...", "Cabinet Office of ...": a longer name the model's own reading is left to.
        const before = wordBefore(text, at, true);
        if (before && !STOP.has(before.word)) continue;
      }
      // A field the model found names of: only for "of"/"for", and never a person's.
      const inside: NamedSpan[] = [];
      for (let k = firstEndingAfter(spans, headEnd); k < spans.length && spans[k].start < end; k++) if (spans[k].start >= headEnd) inside.push(spans[k]);
      if (inside.some((s) => s.type === 'person') || (on && inside.length)) continue;
      found.push({ type: 'organization', start, end });
    }
  }
  return found.length ? withWholeNames(spans, found) : [...spans];
}
