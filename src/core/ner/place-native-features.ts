import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Places named in their own language by a capitalised word and a lower-case word for the feature,
 * as Slovak, Czech, Polish and Slovenian write them: "Demänovská dolina" (a valley), "Vrbické
 * pleso" (a tarn), "Bohinjsko jezero" (a lake). English text keeps the lower-case word as part of
 * the name; the model finds the capitalised word alone or nothing. The name is the place whole, over
 * whatever the model found of its first word.
 */

/** Lower-case words for a valley, a lake, a stream, a pass or a cave in those languages. */
const NATIVE_FEATURES = ['dolina', 'doliny', 'pleso', 'jezero', 'jezioro', 'potok', 'údolie', 'údolí', 'sedlo', 'rieka', 'řeka', 'reka', 'planina', 'jaskyňa', 'jeskyně', 'jaskinia', 'przełęcz', 'rybník'];
/** A feature's word after a space, no letter after it. */
const FEATURE_WORD = new RegExp(`[ \\t](?:${NATIVE_FEATURES.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
/** A capitalised word of letters alone, right before the feature's word: "Demänovská", "Vrbické". */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** The feature words of a text, tried only where its words start (see `word-led.ts`). */
const featureWordMatches = wordLedMatches(FEATURE_WORD);

/** The names of a text with a native feature's word: a capitalised word, then the feature's. */
const nativeNamesIn = lastTextMemo((text): NamedSpan[] => {
  const names: NamedSpan[] = [];
  for (const m of featureWordMatches(text)) {
    let start = m.index;
    while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1])) start--;
    if (start < m.index && NAME_WORD.test(text.slice(start, m.index))) names.push({ type: 'place', start, end: m.index + m[0].length });
  }
  return names;
});

/** Spans (sorted, apart) with the places named with a native feature's word put in whole over what the model found inside them; see the file's comment. */
export function withNativeFeatures(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = nativeNamesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
