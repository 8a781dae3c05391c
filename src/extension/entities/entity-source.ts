import { recognize } from '../../core/entities/recognize';
import type { Article, Entity } from '../../core/model/types';
import { loadDefaultTagger } from '../../core/ner/default-tagger';
import type { Tagger } from '../../core/ner/index';

let tagger: Tagger | undefined;

/**
 * The one place the extension calls the recogniser, so changing how entities are found is one edit.
 * The tagger is loaded on first use, not at activation.
 */
export function recognizeEntities(article: Article): Entity[] {
  tagger ??= loadDefaultTagger();
  return recognize(article, { tagger });
}
