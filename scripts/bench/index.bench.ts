/**
 * Workspace index benchmark: `byline index` over 10,000 generated articles (about 50 MB), cold and
 * warm from its cache. Needs `npm run build` first. Set BYLINE_BENCH_ARTICLES for a smaller run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generateArticle } from './generate-articles';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

function timeRun(args: string[], env: NodeJS.ProcessEnv): { seconds: number; entities: number; status: number | null; stderr: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, entities: run.stdout ? run.stdout.split('\n').filter(Boolean).length : 0, status: run.status, stderr: (run.stderr ?? '').slice(0, 300) };
}

export async function run(): Promise<void> {
  if (!existsSync(cli)) {
    console.log('index: dist/cli.js is missing; run `npm run build` first');
    return;
  }
  const count = Number(process.env.BYLINE_BENCH_ARTICLES ?? 10_000);
  const root = mkdtempSync(path.join(tmpdir(), 'byline-index-bench-'));
  const folder = path.join(root, 'articles');
  const cache = path.join(root, 'cache');
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const dir = path.join(folder, String(Math.floor(n / 500)).padStart(3, '0'));
    if (n % 500 === 0) mkdirSync(dir, { recursive: true });
    const text = generateArticle(n);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `${String(n).padStart(5, '0')}_${(n * 2654435761 >>> 0).toString(16).padStart(8, '0')}.txt`), text);
  }
  console.log(`articles: ${count} files, ${(bytes / 1e6).toFixed(1)} MB`);
  const env = { XDG_CACHE_HOME: cache };
  const cold = timeRun(['index', '--json', folder], env);
  console.log(`byline index, cold: ${cold.seconds.toFixed(2)} s (${cold.entities} entities, exit ${cold.status})${cold.status ? ` ${cold.stderr}` : ''}`);
  const warm = timeRun(['index', '--json', folder], env);
  console.log(`byline index, warm from cache: ${warm.seconds.toFixed(2)} s (${warm.entities} entities)`);
  rmSync(root, { recursive: true, force: true });
}
