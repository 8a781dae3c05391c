// Node-only: loads the shipped tagger. Everything else in core stays free of `node:` imports.
import type { Tagger } from './index';
import { createRuleTagger } from './rule-tagger';

let cached: Tagger | undefined;

/** The tagger Byline ships, loaded once. */
export function loadDefaultTagger(): Tagger {
  cached ??= createRuleTagger();
  return cached;
}

/** Identifies the shipped tagger, so caches of its results are dropped when it changes. */
export function defaultModelId(): string {
  return 'rules-3';
}
