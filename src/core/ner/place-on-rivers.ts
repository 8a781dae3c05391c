import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { previousWord } from './word-before';
import { fullNameStarts } from './place-evidence';
import { isTitleWord, ORG_WORDS, STOP } from './rule-tagger';
import { spaceLedPositions } from './word-start-positions';

/**
 * Rivers named by what stands on them: "the Kribi plant on the Lokoundjé", "a weir on the Guadiana,
 * on the border", "towns on the Drina". No one builds a dam or a weir on a person or a company, so
 * the name after "on the" is a river, a lake or a coast: a place, in its other mentions too ("water
 * from the Guadiana"), unless the article names a person with the word or a body by a longer name
 * ending in it. The model misses such a name or reads a person or a body in it.
 */

/** Works and settlements that stand on a river, before "on the". */
const ON_RIVER = new Set(['dam', 'dams', 'weir', 'weirs', 'barrage', 'plant', 'plants', 'station', 'bridge', 'bridges', 'reservoir', 'sluice', 'lock', 'locks', 'ferry', 'crossing', 'town', 'towns', 'village', 'villages', 'city', 'port', 'intake']);
/** A capital opening the text after " on the ": where a river's name may start. */
const CAPITAL = /^\p{Lu}/u;
/** One or two capitalised words of a river's name, then a mark, a lower-case word or the line's end: "Guadiana,", "Ntem River" is left to the features' rule. */
const RIVER_NAME = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?=[,.;:)]|[ \t]\p{Ll}|\r?\n|$)/u;

/** The river names after a work's word and "on the" in `text`, as [start, end]. */
const riversIn = lastTextMemo((text): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  // " on the " is read from the index of word starts, then the capital after it.
  for (const at of spaceLedPositions(text, ' on the ')) {
    const start = at + ' on the '.length;
    if (!CAPITAL.test(text.slice(start, start + 2)) || !ON_RIVER.has(previousWord(text, at + 1)?.word ?? '')) continue;
    const name = RIVER_NAME.exec(text.slice(start, start + 60));
    if (!name || name[1].split(/[ \t]/u).some((w) => STOP.has(w) || isTitleWord(w) || ORG_WORDS.test(w))) continue;
    found.push([start, start + name[1].length]);
  }
  return found;
});

/** Spans (sorted, apart) with the rivers named after "dam on the", "plant on the" and the like as places, in every mention; see the file's comment. */
export function withRiversOnWorks(text: string, spans: readonly NamedSpan[], isListedOrganisation: (name: string) => boolean): NamedSpan[] {
  const rivers = riversIn(text);
  if (!rivers.length) return spans as NamedSpan[];
  const names = new Set<string>();
  const added: NamedSpan[] = [];
  let fullNames: Map<string, number> | undefined;
  for (const [start, end] of rivers) {
    const name = text.slice(start, end);
    const over = spans.filter((s) => s.start < end && start < s.end);
    // A longer name reaching out of the river's ("the Sanaga Hydro Company") is another name.
    if (over.some((s) => s.start !== start || s.end !== end) || isListedOrganisation(name)) continue;
    fullNames ??= fullNameStarts(text, spans);
    if (name.split(/[ \t]/u).some((w) => fullNames!.has(w))) continue;
    // A body named by a longer name ending in this one ("Águas do Guadiana") keeps it for itself.
    if (spans.some((s) => s.type === 'organization' && s.end - s.start > name.length && text.endsWith(name, s.end))) continue;
    names.add(name);
    if (!over.length && !overlapsAny(added, start, end)) added.push({ type: 'place', start, end });
  }
  if (!names.size) return spans as NamedSpan[];
  const out = mapChangedSpans(spans, (s) => (s.type !== 'place' && names.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' as const } : s));
  return added.length ? withAdded(out, added) : out;
}
