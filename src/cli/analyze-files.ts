import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Correction } from '../core/corrections/corrections';
import { analyzeArticle } from '../core/index/analyze-article';
import { EntityIndex, type IndexedArticle } from '../core/index/entity-index';
import type { IndexCache } from '../core/index/index-cache';
import { IndexUpdater } from '../core/index/index-updater';
import { IndexWorkerPool } from '../core/index/node/worker-pool';
import { loadDefaultTagger } from '../core/ner/default-tagger';
import { hashText } from '../core/text/hash';
import type { CorrectionsLookup } from './corrections-lookup';
import { type IndexInput, nodeIndexFileSystem } from './index-inputs';

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
 * Indexes files: those unchanged since `cache` last saw them cost a stat, the others are read, and
 * text the cache does not know is analysed (in worker threads when there is enough of it) with the
 * corrections of its nearest `.byline/` folder. Articles go into the index, as do files named
 * explicitly. `failed` lists files that could not be read or analysed, in input order.
 */
export async function indexFiles(
  inputs: readonly IndexInput[],
  corrections: CorrectionsLookup,
  cache: IndexCache,
): Promise<{ index: EntityIndex; failed: Array<{ file: string; error: string }> }> {
  const explicit = new Set(inputs.filter((i) => i.explicit).map((i) => i.file));
  const contexts = new WeakMap<Correction[], string>();
  const updater = new IndexUpdater(new EntityIndex(), cache, {
    files: nodeIndexFileSystem,
    // Entries are keyed by content and by the corrections in force, as both decide the result.
    contextOf(file) {
      const found = corrections.forFile(file).corrections;
      if (found.length === 0) return '';
      let context = contexts.get(found);
      if (context === undefined) contexts.set(found, (context = hashText(JSON.stringify(found))));
      return context;
    },
    include: (file, isArticle) => isArticle || explicit.has(file),
  });
  const files = inputs.map((i) => i.file);
  const listed = new Set(files);
  for (const file of cache.files()) if (!listed.has(file)) cache.deleteStamp(file);
  const { pending, failed } = await updater.refresh(files);
  const results = await analyzeFiles(pending.map((p) => ({ file: p.file, text: p.text ?? '' })), corrections);
  for (const [i, result] of results.entries()) {
    if ('error' in result) failed.push({ file: result.file, error: result.error });
    else updater.accept(pending[i], result);
  }
  cache.prune();
  const order = new Map(files.map((f, i) => [f, i]));
  failed.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { index: updater.index, failed };
}

/**
 * Analyses many texts, spread over worker threads when there are enough of them, each with the
 * corrections of its nearest `.byline/` folder. Results come back in input order.
 */
export async function analyzeFiles(inputs: Array<{ file: string; text: string }>, corrections: CorrectionsLookup): Promise<Array<Analysis | { file: string; error: string }>> {
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
