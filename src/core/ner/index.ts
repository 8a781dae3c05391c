import type { TextRange } from '../model/types';

/** A person, place or organisation found by the tagger, before canonical names are linked. */
export interface NamedSpan extends TextRange {
  type: 'person' | 'place' | 'organization';
}

/** Finds people, places and organisations inside `regions` of `text` (sorted, non-overlapping spans). */
export interface Tagger {
  find(text: string, regions: readonly TextRange[]): NamedSpan[];
}

/** A tagger that finds nothing: a stand-in until a model is loaded. */
export const emptyTagger: Tagger = { find: () => [] };

export { ModelError } from './model-file';
export { createTagger } from './perceptron-tagger';
