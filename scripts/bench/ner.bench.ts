/**
 * Name tagger speed: Byline's tagger alone over >= 1 MB of varied article text (about 5 KB each),
 * one core, beside `compromise` (people/places/organizations) on the same text. Also model load
 * time and memory. Prints figures only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { generateArticle } from './generate-articles';

const repoRoot = path.resolve(__dirname, '..', '..');
const TARGET_BYTES = 1_200_000;
const ARTICLE_CHARS = 5000;

/** Paragraphs of the hand-written fixtures and samples, the raw material for varied articles. */
function paragraphs(): string[] {
  const dirs = [path.join(repoRoot, 'test', 'fixtures', 'ner'), path.join(repoRoot, 'samples')];
  const out: string[] = [];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/u.test(x) && x !== 'README.md').sort()) {
      out.push(...readFileSync(path.join(dir, f), 'utf8').split(/\r?\n\s*\r?\n/u).filter((p) => p.trim().length > 40));
    }
  }
  return out;
}

/** Articles of about 5 KB: every other one generated, the rest shuffled from real-shaped paragraphs. */
function corpus(): string[] {
  const pool = paragraphs();
  const articles: string[] = [];
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  let total = 0;
  for (let n = 0; total < TARGET_BYTES; n++) {
    let text = '';
    if (n % 2 === 0 || pool.length === 0) text = generateArticle(n, ARTICLE_CHARS);
    else while (text.length < ARTICLE_CHARS) text += `${pool[next() % pool.length]}\n\n`;
    articles.push(text);
    total += text.length;
  }
  return articles;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(name: string, articles: string[], run: (text: string) => unknown): void {
  for (const a of articles.slice(0, 20)) run(a); // warm up the JIT
  const times: number[] = [];
  let chars = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (const a of articles) {
    const t0 = process.hrtime.bigint();
    run(a);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    chars += a.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  // On a shared machine wall time includes waiting for a core; CPU time is what the work costs.
  const cpuSeconds = (used.user + used.system) / 1e6;
  times.sort((x, y) => x - y);
  const perArticle = chars / articles.length;
  console.log(
    `${name.padEnd(34)} ${Math.round(chars / seconds).toLocaleString('en-US').padStart(10)} chars/s (${Math.round(chars / cpuSeconds).toLocaleString('en-US')} per CPU second)   per ${(perArticle / 1000).toFixed(1)} KB article: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`,
  );
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export async function run(): Promise<void> {
  const articles = corpus();
  console.log(`text: ${articles.length} articles, ${(articles.reduce((n, a) => n + a.length, 0) / 1e6).toFixed(2)} MB, one core\n`);
  const rssBefore = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const tagger = loadDefaultTagger();
  console.log(`Byline model load (cold): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms, resident memory +${mb(process.memoryUsage().rss - rssBefore)}`);
  measure('Byline tagger (find)', articles, (text) => tagger.find(text, [{ start: 0, end: text.length }]));
  console.log(`resident memory after Byline: ${mb(process.memoryUsage().rss)}, peak so far ${mb(process.resourceUsage().maxRSS * 1024)}`);

  const t1 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => Record<'people' | 'places' | 'organizations', () => { out(format: string): unknown }>;
  console.log(`\ncompromise load (cold): ${(Number(process.hrtime.bigint() - t1) / 1e6).toFixed(0)} ms`);
  measure('compromise (people/places/orgs)', articles, (text) => {
    const doc = nlp(text);
    return [doc.people().out('offset'), doc.places().out('offset'), doc.organizations().out('offset')];
  });
  console.log(`peak resident memory of this process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
