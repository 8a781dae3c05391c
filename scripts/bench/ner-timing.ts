/**
 * Name tagger speed, run by `ner.bench.ts` in a plain Node process: the tagger alone over the benchmark
 * articles, with model load time and memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { createTagger } from '../../src/core/ner/index';
import { benchArticles, measure } from './timing';

const MODEL = path.join(__dirname, '..', '..', 'data', 'ner', 'model.bin');

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

async function run(): Promise<void> {
  const articles = benchArticles();
  console.log(`text: ${articles.length} articles, ${(articles.reduce((n, a) => n + a.length, 0) / 1e6).toFixed(2)} MB, one core\n`);
  const rssBefore = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  // A fresh read of the model file: `loadDefaultTagger` may already hold it from an earlier benchmark.
  // The tagger reads the file's bytes in place (a Buffer is a Uint8Array), as the shipped loader does.
  const tagger = existsSync(MODEL) ? createTagger(readFileSync(MODEL)) : loadDefaultTagger();
  console.log(`Byline model load (cold): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms, resident memory +${mb(process.memoryUsage().rss - rssBefore)}`);
  measure('Byline tagger (find)', articles, (text) => tagger.find(text, [{ start: 0, end: text.length }]));
  console.log(`resident memory after Byline: ${mb(process.memoryUsage().rss)}, peak so far ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
