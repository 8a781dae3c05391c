import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';

/**
 * "members of Industri Energi and Safe", "members of Unite, the GMB and Aslef": the names listed
 * after "members of" are bodies one belongs to, unions, parties or clubs. When the model found one of
 * them as an organisation, the others it found nothing of are organisations too (a short union's
 * name, "Safe", reads as a common word to it).
 */

/** "members of " and "Members of " without their first letter, which is checked by hand. */
const CUE = 'embers of ';
/** A letter, which before the cue makes it part of a longer word. */
const LETTER = /\p{L}/u;
/** One listed name: perhaps "the", then one to four capitalised words one space apart. */
const ITEM = /^(?:the[ \t]+)?(\p{Lu}[\p{L}\p{M}&'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}&'’-]*){0,3})(?![\p{L}\p{N}])/u;
/** What goes between two listed names: ", ", " and ", ", and ". */
const GAP = /^(?:,[ \t]+and|,|[ \t]+and|[ \t]+&)[ \t]+/u;
/** At most this many names are read after one cue. */
const MOST_ITEMS = 6;

/** The listed names after the cue ending at `at`, with where each starts and ends. */
function itemsAfter(text: string, at: number): NamedSpan[] {
  const items: NamedSpan[] = [];
  let pos = at;
  while (items.length < MOST_ITEMS) {
    const m = ITEM.exec(text.slice(pos, pos + 80));
    if (!m) break;
    const start = pos + m[0].length - m[1].length;
    items.push({ type: 'organization', start, end: pos + m[0].length });
    pos += m[0].length;
    const gap = GAP.exec(text.slice(pos, pos + 8));
    if (!gap) break;
    pos += gap[0].length;
  }
  return items;
}

/** Spans (sorted, apart) with the unfound names of a list of bodies after "members of" as organisations; see the file's comment. */
export function withMemberLists(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const added: NamedSpan[] = [];
  // One search for the cue's middle, the word's start checked by hand.
  for (let at = text.indexOf(CUE); at >= 0; at = text.indexOf(CUE, at + CUE.length)) {
    if ((text[at - 1] !== 'm' && text[at - 1] !== 'M') || (at > 1 && LETTER.test(text[at - 2]))) continue;
    const items = itemsAfter(text, at + CUE.length);
    if (items.length < 2 || !items.some((i) => spans.some((s) => s.type === 'organization' && s.start === i.start && s.end === i.end))) continue;
    for (const item of items) if (!overlapsAny(spans, item.start, item.end) && !overlapsAny(added, item.start, item.end)) added.push(item);
  }
  return added.length ? withAdded([...spans], added) : [...spans];
}
