import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Correction } from '../core/corrections/corrections';
import { analyzeArticle } from '../core/index/analyze-article';
import type { IndexedArticle } from '../core/index/entity-index';
import type { IndexCache } from '../core/index/index-cache';
import { IndexWorkerPool } from '../core/index/node/worker-pool';
import { loadDefaultTagger } from '../core/ner/default-tagger';
import { hashText } from '../core/text/hash';
import type { CorrectionsLookup } from './corrections-lookup';

/** Fewer files than this are analysed in-process: starting workers would cost more than it saves. */
const WORKER_THRESHOLD = 16;
const BATCH_SIZE = 32;

export type Analysis = IndexedArticle & { isArticle: boolean };

/** The bundled worker script, present when running from `dist/`. */
function workerScript(): string | null {
  const candidate = path.join(__dirname, 'index-worker.js');
  return existsSync(candidate) ? candidate : null;
}

/**
 * Analyses many texts, spread over worker threads when there are enough of them, each with the
 * corrections of its nearest `.byline/` folder. Results come back in input order.
 */
export async function analyzeFiles(
  inputs: Array<{ file: string; text: string }>,
  corrections: CorrectionsLookup,
  cache?: IndexCache,
): Promise<Array<Analysis | { file: string; error: string }>> {
  if (!cache) return analyzeUncached(inputs, corrections);
  // Entries are keyed by content and by the corrections in force, as both decide the result.
  const keys = inputs.map(({ file, text }) => `${hashText(text)}:${hashText(JSON.stringify(corrections.forFile(file).corrections))}`);
  const results: Array<Analysis | { file: string; error: string } | undefined> = inputs.map(({ file }, i) => {
    const hit = cache.get(file, keys[i]);
    return hit && { ...hit.article, isArticle: hit.isArticle };
  });
  const missing = inputs.flatMap((input, i) => (results[i] ? [] : [{ input, i }]));
  const fresh = await analyzeUncached(missing.map((m) => m.input), corrections);
  for (const [j, r] of fresh.entries()) {
    const i = missing[j].i;
    results[i] = r;
    if (!('error' in r)) {
      const { isArticle, ...article } = r;
      cache.set({ ...article, hash: keys[i] }, isArticle);
    }
  }
  for (const [i, { file, text }] of inputs.entries()) cache.setStamp(file, { mtime: 0, size: text.length, hash: keys[i] });
  cache.prune();
  return results as Array<Analysis | { file: string; error: string }>;
}

async function analyzeUncached(inputs: Array<{ file: string; text: string }>, corrections: CorrectionsLookup): Promise<Array<Analysis | { file: string; error: string }>> {
  if (inputs.length === 0) return [];
  const script = workerScript();
  if (inputs.length < WORKER_THRESHOLD || !script) {
    const tagger = loadDefaultTagger();
    return inputs.map(({ file, text }) => {
      try {
        return analyzeArticle(text, file, { tagger, corrections: corrections.forFile(file).corrections });
      } catch (error) {
        return { file, error: error instanceof Error ? error.message : String(error) };
      }
    });
  }
  const pool = new IndexWorkerPool(script);
  try {
    const batches: Array<{ items: typeof inputs; corrections: Correction[] }> = [];
    for (let i = 0; i < inputs.length; i += BATCH_SIZE) {
      // A batch shares one corrections file; split where the nearest `.byline/` changes.
      for (const item of inputs.slice(i, i + BATCH_SIZE)) {
        const found = corrections.forFile(item.file);
        const last = batches[batches.length - 1];
        if (last && last.corrections === found.corrections && last.items.length < BATCH_SIZE) last.items.push(item);
        else batches.push({ items: [item], corrections: found.corrections });
      }
    }
    const results = await Promise.all(batches.map((b) => pool.analyze(b.items, b.corrections)));
    return results.flat();
  } finally {
    await pool.dispose();
  }
}
