/**
 * The benchmark articles (about 5 KB each, >= 1 MB in all) and the timing loop that the speed
 * benchmarks share. Prints figures; asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateArticle } from './generate-articles';

const repoRoot = path.resolve(__dirname, '..', '..');
const TARGET_CHARS = Number(process.env.BYLINE_BENCH_CHARS ?? 1_200_000);
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

/**
 * Articles of about 5 KB, >= 1 MB in all (BYLINE_BENCH_CHARS to change): every other one generated,
 * the rest shuffled from real-shaped paragraphs. The same every run.
 */
export function benchArticles(): string[] {
  const pool = paragraphs();
  const articles: string[] = [];
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  let total = 0;
  for (let n = 0; total < TARGET_CHARS; n++) {
    let text = '';
    if (n % 2 === 0 || pool.length === 0) text = generateArticle(n, ARTICLE_CHARS);
    else while (text.length < ARTICLE_CHARS) text += `${pool[next() % pool.length]}\n\n`;
    articles.push(text);
    total += text.length;
  }
  return articles;
}

/** Figures of one measured task: throughput and per-article latency (wall and CPU time). */
export interface Timing {
  charsPerSecond: number;
  charsPerCpuSecond: number;
  p50: number;
  p95: number;
  p99: number;
  cpuP95: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Runs `work` on every article `passes` times, after a warm-up of the JIT and caches, and prints
 * throughput and p50/p95/p99 per article. Several passes give a p95 over thousands of samples, steady
 * from run to run. On a shared machine wall time includes waiting for a core, so the process's CPU
 * time is printed too: what the work costs (all threads, so the JIT's and the garbage collector's
 * helpers count, and a CPU p95 can exceed the wall one).
 */
export function measure(label: string, articles: readonly string[], work: (text: string, index: number) => unknown, passes = Number(process.env.BYLINE_BENCH_PASSES ?? 3)): Timing {
  // One pass over every article, as a long-lived process (the extension, a CLI run over many files)
  // has had: with fewer, the optimising compiler is still at work on its background thread during the
  // timed passes, and its CPU time is counted (the whole pipeline: 640k chars per CPU second after 100
  // articles, 780k after a pass).
  articles.forEach((a, i) => work(a, i));
  const wall: number[] = [];
  const cpu: number[] = [];
  let chars = 0;
  for (let pass = 0; pass < passes; pass++) {
    articles.forEach((a, i) => {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      work(a, i);
      wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1e3);
      chars += a.length;
    });
  }
  const seconds = wall.reduce((s, t) => s + t, 0) / 1000;
  const cpuSeconds = cpu.reduce((s, t) => s + t, 0) / 1000;
  wall.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);
  const timing: Timing = {
    charsPerSecond: chars / seconds,
    charsPerCpuSecond: chars / cpuSeconds,
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    p99: percentile(wall, 99),
    cpuP95: percentile(cpu, 95),
  };
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const ms = (x: number) => x.toFixed(2);
  const size = (chars / wall.length / 1000).toFixed(1);
  console.log(
    `${label.padEnd(44)} ${n(timing.charsPerSecond).padStart(10)} chars/s (${n(timing.charsPerCpuSecond)} per CPU second); ` +
      `${size} KB article: p50 ${ms(timing.p50)} ms, p95 ${ms(timing.p95)} ms, p99 ${ms(timing.p99)} ms (CPU p95 ${ms(timing.cpuP95)} ms); ${wall.length} runs`,
  );
  return timing;
}

