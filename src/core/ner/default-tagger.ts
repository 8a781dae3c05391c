// Node-only: loads the shipped model from data/ner/. Everything else in core stays free of `node:` imports.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { hashText } from '../text/hash';
import type { Tagger } from './index';
import { createTagger } from './perceptron-tagger';
import { createRuleTagger } from './rule-tagger';

const MODEL = path.join('data', 'ner', 'model.bin');

let cached: { tagger: Tagger; id: string } | undefined;

/** data/ner/model.bin, found from src/ (tests), dist/ (CLI, extension, workers) or a package root. */
function findModel(): string | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, MODEL);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function load(): { tagger: Tagger; id: string } {
  const file = findModel();
  if (!file) return { tagger: createRuleTagger(), id: 'rules' };
  const bytes = new Uint8Array(readFileSync(file));
  // Sampling the bytes is enough to tell models apart, and keeps start-up cheap.
  const id = `model-${bytes.length}-${hashText(String.fromCharCode(...bytes.subarray(0, 4096)) + String.fromCharCode(...bytes.subarray(bytes.length - 4096)))}`;
  return { tagger: createTagger(bytes), id };
}

/** The tagger Byline ships (the trained model; the rule tagger if the model file is missing), loaded once. */
export function loadDefaultTagger(): Tagger {
  cached ??= load();
  return cached.tagger;
}

/** Identifies the shipped tagger, so caches of its results are dropped when it changes. */
export function defaultModelId(): string {
  cached ??= load();
  return cached.id;
}
