// Worker-thread entry (bundled to dist/index-worker.js): analyses batches of articles off the
// extension host's thread. It uses core only.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analyze-article';
import { loadDefaultTagger } from '../../ner/default-tagger';
import type { AnalyzeRequest, AnalyzeResponse } from './index-protocol';

const tagger = loadDefaultTagger();

parentPort?.on('message', (request: AnalyzeRequest) => {
  const results: AnalyzeResponse['results'] = request.items.map(({ file, text }) => {
    try {
      return analyzeArticle(text, file, { tagger, corrections: request.corrections });
    } catch (error) {
      return { file, error: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort?.postMessage({ id: request.id, results } satisfies AnalyzeResponse);
});
