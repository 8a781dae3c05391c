import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';

/**
 * Bodies named by a unit's word at the end of a Title Case name, which the model reads as places for
 * the place inside them: a utility or a programme run as one ("the Central Oregon Project, which
 * carries water") and a branch of a larger body ("the Audubon Society's Great Basin Chapter", where
 * the branch is its own name after its parent's possessive).
 */

/** Units' words that end such a name. */
const UNIT_WORDS = new Set(['Project', 'Chapter']);

/** Spans (sorted, apart) with places of several words ending in a unit's word typed as organisations. */
export function withUnitNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapSpans(spans, (s) => {
    if (s.type !== 'place') return s;
    const space = text.lastIndexOf(' ', s.end - 1);
    return space > s.start && UNIT_WORDS.has(text.slice(space + 1, s.end)) ? { ...s, type: 'organization' as const } : s;
  });
}
