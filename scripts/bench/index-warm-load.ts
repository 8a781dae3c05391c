/**
 * Child process of the index benchmark (bundled and run by `index.bench.ts`): opens a workspace
 * index from its cache as the extension's WorkspaceIndex does on a warm start (model loaded, cache
 * read, one asynchronous stat per known file, index filled, summarised for the sidebar, then the
 * folder searched for new files) and prints its figures as one JSON line. With `--cold` it starts
 * without a cache and analyses every file in worker threads in batches, re-reading each text
 * just before its batch, as the extension does; worker threads count in the process's RSS.
 *
 *   node --expose-gc out/bench/index-warm-load.js [--cold] FOLDER CACHE_FILE WORKER_SCRIPT
 */
import { promises as fs } from 'node:fs';
import { listIndexInputs } from '../../src/cli/index-inputs';
import { nodeIndexFileSystem } from '../../src/core/index/node/node-files';
import { version } from '../../src/cli/version';
import { EntityIndex } from '../../src/core/index/entity-index';
import { IndexCache } from '../../src/core/index/index-cache';
import { IndexUpdater, type PendingFile } from '../../src/core/index/index-updater';
import { IndexWorkerPool, SMALL_HOST_WORKER_HEAP_MB } from '../../src/core/index/node/worker-pool';
import { defaultModelId, loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { hashText } from '../../src/core/text/hash';

/** As in WorkspaceIndex. */
const BATCH_SIZE = 40;

/** As the extension reads local folders. */
const files = nodeIndexFileSystem;

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Analyses pending files as WorkspaceIndex.analyzeAll does: batches, two lanes per worker, texts re-read per batch. */
async function analyzeAll(updater: IndexUpdater, todo: PendingFile[], workerScript: string): Promise<void> {
  // As the extension runs it; BYLINE_BENCH_WORKER_HEAP_MB=0 measures without a limit.
  const heap = process.env.BYLINE_BENCH_WORKER_HEAP_MB === undefined ? SMALL_HOST_WORKER_HEAP_MB : Number(process.env.BYLINE_BENCH_WORKER_HEAP_MB);
  const pool = new IndexWorkerPool(workerScript, heap ? { maxHeapMb: heap } : {});
  const batches: PendingFile[][] = [];
  for (let i = 0; i < todo.length; i += BATCH_SIZE) batches.push(todo.slice(i, i + BATCH_SIZE));
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = (
        await Promise.all(
          batches[next++].map(async (p) => {
            const got = await files.read(p.file);
            return 'error' in got ? undefined : { ...p, hash: hashText(got.text), text: got.text };
          }),
        )
      ).filter((p) => p !== undefined);
      const results = await pool.analyze(batch.map((p) => ({ file: p.file, text: p.text })), []);
      results.forEach((r, i) => 'error' in r || updater.accept(batch[i], r));
    }
  };
  await Promise.all(Array.from({ length: pool.size * 2 }, lane));
  await pool.dispose();
}

async function cold(folder: string, workerScript: string): Promise<void> {
  const t0 = performance.now();
  loadDefaultTagger();
  const updater = new IndexUpdater(new EntityIndex(), new IndexCache(defaultModelId()), { files, keepTexts: false });
  const { inputs } = await listIndexInputs([folder]);
  const { pending } = await updater.refresh(inputs.map((i) => i.file));
  await analyzeAll(updater, pending, workerScript);
  const summaries = updater.index.summarize();
  const bytes = updater.cache.serialize();
  const t1 = performance.now();
  console.log(JSON.stringify({ articles: updater.index.size, entities: summaries.length, cacheBytes: bytes.length, coldMs: t1 - t0, heapWithIndexMb: heapMb(), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--cold') return cold(args[1], args[3]);
  const [folder, cacheFile] = args;
  const t0 = performance.now();
  // The extension host has the tagger loaded anyway, to highlight the open article.
  loadDefaultTagger();
  // The key `byline index` gives its cache, which this reads; the extension's differs only in also
  // naming the corrections in force.
  const key = `${version}:${defaultModelId()}`;
  const t1 = performance.now();
  const heapWithModel = heapMb();
  const t2 = performance.now();
  const cache = IndexCache.load(await fs.readFile(cacheFile), key);
  const updater = new IndexUpdater(new EntityIndex(), cache, { files, keepTexts: false });
  const known = await updater.refresh(cache.files());
  const t3 = performance.now();
  const summaries = updater.index.summarize();
  const t4 = performance.now();
  const { inputs } = await listIndexInputs([folder]);
  const knownFiles = new Set(cache.files());
  const added = await updater.refresh(inputs.map((i) => i.file).filter((f) => !knownFiles.has(f)));
  const t5 = performance.now();
  const heapWithIndex = heapMb();
  console.log(
    JSON.stringify({
      cacheStatus: cache.status,
      articles: updater.index.size,
      entities: summaries.length,
      pending: known.pending.length + added.pending.length,
      modelMs: t1 - t0,
      readyMs: t3 - t2,
      summarizeMs: t4 - t3,
      discoverMs: t5 - t4,
      heapWithModelMb: heapWithModel,
      heapWithIndexMb: heapWithIndex,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
