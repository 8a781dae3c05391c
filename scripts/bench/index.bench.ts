/**
 * Workspace index benchmark over 10,000 generated articles (about 50 MB): `byline index` cold, warm
 * from its cache, and warm with 1% of the files changed; the cache's size on disk; and a warm start
 * as the extension does it (see `index-warm-load.ts`), with the heap it leaves and the peak RSS of
 * its process as a proxy for extension host memory. Needs `npm run build` first. Set
 * BYLINE_BENCH_ARTICLES for a smaller run (the default, 10,000, takes about three minutes), and
 * BYLINE_BENCH_EXTENSION_COLD=0 to skip the extension-style cold start (about a minute of it).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { generateArticle } from './generate-articles';

const repo = path.resolve(__dirname, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
/** Inside the repository (git-ignored) so the bundled child finds data/ner/model.bin as dist/ does. */
const child = path.join(repo, 'out', 'bench', 'index-warm-load.js');
const WARM_RUNS = 3;

interface Run {
  seconds: number;
  lines: number;
  status: number | null;
  stderr: string;
  maxRssMb: number;
}

/**
 * Runs node with a preload that records the process's peak RSS (all threads, workers included).
 * Output goes to a file, as in `byline index --json > entities.jsonl`: on a pipe Node queues what
 * the reader has not taken yet, and 45 MB of queued JSON would count in the RSS.
 */
function timeNode(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Run & { stdout: string } {
  const rssFile = path.join(root, 'rss.txt');
  const outFile = path.join(root, 'stdout.txt');
  const preload = path.join(root, 'record-rss.js');
  if (!existsSync(preload)) {
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  }
  const out = openSync(outFile, 'w');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', preload, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  const maxRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  rmSync(rssFile, { force: true });
  const stdout = readFileSync(outFile, 'utf8');
  rmSync(outFile, { force: true });
  return { seconds, stdout, lines: stdout.split('\n').filter(Boolean).length, status: run.status, stderr: (run.stderr ?? '').slice(0, 300), maxRssMb };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function describeRun(label: string, run: Run, what = 'entities'): string {
  return `${label}: ${run.seconds.toFixed(2)} s, peak RSS ${run.maxRssMb.toFixed(0)} MB (${run.lines} ${what}, exit ${run.status})${run.status ? ` ${run.stderr}` : ''}`;
}

export async function run(): Promise<void> {
  if (!existsSync(cli)) {
    console.log('index: dist/cli.js is missing; run `npm run build` first');
    return;
  }
  buildSync({ entryPoints: [path.join(__dirname, 'index-warm-load.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, logLevel: 'warning' });
  const count = Number(process.env.BYLINE_BENCH_ARTICLES ?? 10_000);
  const root = mkdtempSync(path.join(tmpdir(), 'byline-index-bench-'));
  const folder = path.join(root, 'articles');
  const cacheHome = path.join(root, 'cache');
  const files: string[] = [];
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const dir = path.join(folder, String(Math.floor(n / 500)).padStart(3, '0'));
    if (n % 500 === 0) mkdirSync(dir, { recursive: true });
    const text = generateArticle(n);
    bytes += Buffer.byteLength(text);
    const file = path.join(dir, `${String(n).padStart(5, '0')}_${(n * 2654435761 >>> 0).toString(16).padStart(8, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  console.log(`articles: ${count} files, ${(bytes / 1e6).toFixed(1)} MB; load average ${load()}`);
  try {
    const env = { XDG_CACHE_HOME: cacheHome };
    const args = [cli, 'index', '--json', folder];
    console.log(describeRun('byline index, cold', timeNode(root, args, env)));
    const cacheFolder = path.join(cacheHome, 'byline');
    const cacheFile = path.join(cacheFolder, readdirSync(cacheFolder).find((f) => f.endsWith('.bin')) ?? '');
    console.log(`cache on disk: ${(statSync(cacheFile).size / 1e6).toFixed(1)} MB`);

    const warm = Array.from({ length: WARM_RUNS }, () => timeNode(root, args, env));
    const best = warm.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    console.log(describeRun(`byline index, warm from cache (median of ${WARM_RUNS}: ${median(warm.map((r) => r.seconds)).toFixed(2)} s; best)`, best));

    // 1% of the files gain a sentence: those are read and analysed again, the rest only stat'ed.
    const changed = files.filter((_, i) => i % 100 === 7);
    for (const file of changed) appendFileSync(file, '\nLeila Haddad said on Monday that talks in Oslo would resume.\n');
    console.log(describeRun(`byline index, warm with ${changed.length} files changed`, timeNode(root, args, env)));

    const workerScript = path.join(repo, 'dist', 'index-worker.js');
    if (process.env.BYLINE_BENCH_EXTENSION_COLD !== '0') {
      const coldRun = timeNode(root, ['--expose-gc', child, '--cold', folder, '', workerScript]);
      const c = JSON.parse(coldRun.stdout.trim().split('\n').pop() || '{}') as Record<string, number>;
      console.log(
        `extension cold start (core path, worker threads, node fs): ${(c.coldMs / 1000).toFixed(1)} s for ${c.articles} articles, ` +
          `heap used ${c.heapWithIndexMb?.toFixed(0)} MB after, peak RSS of the process ${c.maxRssMb?.toFixed(0)} MB (workers included)${coldRun.status ? ` exit ${coldRun.status} ${coldRun.stderr}` : ''}`,
      );
    }
    const ext = Array.from({ length: WARM_RUNS }, () => timeNode(root, ['--expose-gc', child, folder, cacheFile]));
    const figures = ext.map((r) => JSON.parse(r.stdout.trim().split('\n').pop() || '{}') as Record<string, number | string>);
    const pick = (k: string) => median(figures.map((f) => Number(f[k])));
    const f0 = figures[0];
    console.log(
      `extension warm start (core path, node fs; median of ${WARM_RUNS}): index ready ${pick('readyMs').toFixed(0)} ms ` +
        `(cache ${f0.cacheStatus}, ${f0.articles} articles, ${f0.pending} to analyse), summary for the sidebar ${pick('summarizeMs').toFixed(0)} ms, ` +
        `search for new files ${pick('discoverMs').toFixed(0)} ms; model load before it ${pick('modelMs').toFixed(0)} ms`,
    );
    console.log(
      `extension warm start memory: heap used ${pick('heapWithIndexMb').toFixed(0)} MB after loading the index ` +
        `(${pick('heapWithModelMb').toFixed(0)} MB of it the tagger, loaded for highlighting anyway); peak RSS of the process ${pick('maxRssMb').toFixed(0)} MB`,
    );
    console.log(`load average after: ${load()}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
