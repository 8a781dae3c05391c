import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Correction } from '../core/corrections/corrections';
import { analyzeArticle } from '../core/index/analyze-article';
import { EntityIndex, type IndexedArticle } from '../core/index/entity-index';
import type { IndexCache } from '../core/index/index-cache';
import { IndexUpdater } from '../core/index/index-updater';
import { IndexWorkerPool, type WorkerResult } from '../core/index/node/worker-pool';
import { loadDefaultTagger } from '../core/ner/default-tagger';
import { hashText } from '../core/text/hash';
import type { CorrectionsLookup } from './corrections-lookup';
import { nodeIndexFileSystem } from '../core/index/node/node-files';
import type { IndexInput } from './index-inputs';

/** Fewer files than this are analysed in-process: starting workers would cost more than it saves. */
const WORKER_THRESHOLD = 16;
const BATCH_SIZE = 32;

export type Analysis = IndexedArticle & { isArticle: boolean };
type Failure = { file: string; error: string };

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
): Promise<{ index: EntityIndex; failed: Failure[] }> {
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
  // Results go into the cache as each batch comes back, so only a few batches are alive at once.
  const texts = pending.map((p) => ({ file: p.file, text: p.text ?? '' }));
  for (const p of pending) delete p.text;
  await analyzeEach(texts, corrections, (i, result) => {
    if ('error' in result) failed.push(result);
    else updater.accept(pending[i], result);
    texts[i].text = '';
  });
  cache.prune();
  const order = new Map(files.map((f, i) => [f, i]));
  failed.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { index: updater.index, failed };
}

/**
 * Analyses many texts, spread over worker threads when there are enough of them, each with the
 * corrections of its nearest `.byline/` folder. Results come back in input order.
 */
export async function analyzeFiles(inputs: Array<{ file: string; text: string }>, corrections: CorrectionsLookup): Promise<Array<Analysis | Failure>> {
  const out = new Array<Analysis | Failure>(inputs.length);
  await analyzeEach(inputs, corrections, (i, r) => {
    if ('error' in r || 'entities' in r) out[i] = r;
    else out[i] = { file: r.file, hash: r.hash, isArticle: r.isArticle, title: r.title, published: r.published, entities: r.table.decode(r.mentions) };
  });
  return out;
}

/** Analyses each text and hands over each result (with its input's position) as soon as it is ready. */
async function analyzeEach(inputs: Array<{ file: string; text: string }>, corrections: CorrectionsLookup, onResult: (i: number, result: Analysis | WorkerResult) => void): Promise<void> {
  if (inputs.length === 0) return;
  const script = workerScript();
  if (inputs.length < WORKER_THRESHOLD || !script) {
    const tagger = loadDefaultTagger();
    inputs.forEach(({ file, text }, i) => {
      try {
        onResult(i, analyzeArticle(text, file, { tagger, corrections: corrections.forFile(file).corrections }));
      } catch (error) {
        onResult(i, { file, error: error instanceof Error ? error.message : String(error) });
      }
    });
    return;
  }
  // A batch shares one corrections file: split where the nearest `.byline/` changes.
  const batches: Array<{ at: number[]; corrections: Correction[] }> = [];
  inputs.forEach((item, i) => {
    const found = corrections.forFile(item.file).corrections;
    const last = batches[batches.length - 1];
    if (last && last.corrections === found && last.at.length < BATCH_SIZE) last.at.push(i);
    else batches.push({ at: [i], corrections: found });
  });
  const pool = new IndexWorkerPool(script);
  try {
    let next = 0;
    // Two batches per worker in flight: one being analysed, one waiting, none piling up in queues.
    const lane = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        const results = await pool.analyze(batch.at.map((i) => inputs[i]), batch.corrections);
        results.forEach((r, j) => onResult(batch.at[j], r));
      }
    };
    await Promise.all(Array.from({ length: pool.size * 2 }, lane));
  } finally {
    await pool.dispose();
  }
}
