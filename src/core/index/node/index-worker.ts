// Worker-thread entry (bundled to dist/index-worker.js): analyses batches of articles off the
// extension host's thread. It uses core only.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../analyze-article';
import { MentionTable } from '../mention-table';
import { loadDefaultTagger, type SharedModelData } from '../../ner/default-tagger';
import type { AnalyzeRequest, AnalyzeResponse } from './index-protocol';

// The model bytes the pool shares with every worker; a worker started without them reads its own.
const tagger = loadDefaultTagger(workerData as SharedModelData | undefined);

parentPort?.on('message', (request: AnalyzeRequest) => {
  const table = new MentionTable();
  const results: AnalyzeResponse['results'] = request.items.map(({ file, text }) => {
    try {
      const { entities, ...rest } = analyzeArticle(text, file, { tagger, corrections: request.corrections });
      return { ...rest, mentions: table.encode(entities) };
    } catch (error) {
      return { file, error: error instanceof Error ? error.message : String(error) };
    }
  });
  const transfer = results.flatMap((r) => ('mentions' in r ? [r.mentions.buffer as ArrayBuffer] : []));
  parentPort?.postMessage({ id: request.id, strings: table.strings, variants: table.variants, results } satisfies AnalyzeResponse, transfer);
});
