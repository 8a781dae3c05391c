/**
 * Entity recognition speed: the whole pipeline (parse + names + dates + linking) over >= 1 MB of
 * varied article text, one core, beside `compromise` on the same text. Prints figures only.
 */
import { parseArticle } from '../../src/core/article/parse-article';
import { recognize } from '../../src/core/entities/recognize';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { generateCorpus } from './generate-articles';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(name: string, articles: string[], run: (text: string) => unknown): void {
  for (const a of articles.slice(0, 20)) run(a); // warm up the JIT
  const times: number[] = [];
  let chars = 0;
  const started = process.hrtime.bigint();
  for (const a of articles) {
    const t0 = process.hrtime.bigint();
    run(a);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    chars += a.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((x, y) => x - y);
  console.log(`${name.padEnd(28)} ${Math.round(chars / seconds).toLocaleString('en-US').padStart(10)} chars/s   per 5 KB article: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
}

export async function run(): Promise<void> {
  const articles = generateCorpus(1_200_000, 5000);
  console.log(`text: ${articles.length} articles, ${(articles.reduce((n, a) => n + a.length, 0) / 1e6).toFixed(2)} MB, one core\n`);
  const t0 = process.hrtime.bigint();
  const tagger = loadDefaultTagger();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`model load (cold): ${loadMs.toFixed(0)} ms`);
  const before = process.memoryUsage().rss;
  measure('Byline (whole pipeline)', articles, (text) => recognize(parseArticle(text), { tagger }));
  console.log(`Byline resident memory: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (was ${(before / 1e6).toFixed(0)} MB before the run)`);
  const t1 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };
  console.log(`compromise load (cold): ${(Number(process.hrtime.bigint() - t1) / 1e6).toFixed(0)} ms`);
  measure('compromise (people/places/orgs)', articles, (text) => {
    const doc = nlp(text);
    return [doc.people().out('offset'), doc.places().out('offset'), doc.organizations().out('offset')];
  });
  console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
