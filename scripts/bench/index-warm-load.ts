/**
 * Child process of the index benchmark (bundled and run by `index.bench.ts`): opens a workspace
 * index from its cache as the extension's WorkspaceIndex does on a warm start (model loaded, cache
 * read, one asynchronous stat per known file, index filled, summarised for the sidebar, then the
 * folder searched for new files) and prints its figures as one JSON line.
 *
 *   node --expose-gc out/bench/index-warm-load.js FOLDER CACHE_FILE
 */
import { promises as fs } from 'node:fs';
import { listIndexInputs } from '../../src/cli/index-inputs';
import { readTextFile } from '../../src/cli/read-inputs';
import { EntityIndex } from '../../src/core/index/entity-index';
import { IndexCache } from '../../src/core/index/index-cache';
import { type IndexFileSystem, IndexUpdater } from '../../src/core/index/index-updater';
import { defaultModelId, loadDefaultTagger } from '../../src/core/ner/default-tagger';

/** Asynchronous like `workspace.fs` in the extension host. */
const files: IndexFileSystem = {
  async stat(file) {
    try {
      const s = await fs.stat(file);
      return { mtime: s.mtimeMs, size: s.size };
    } catch {
      return undefined;
    }
  },
  read: readTextFile,
};

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function main(): Promise<void> {
  const [folder, cacheFile] = process.argv.slice(2);
  const t0 = performance.now();
  // The extension host has the tagger loaded anyway, to highlight the open article.
  loadDefaultTagger();
  const key = defaultModelId();
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
