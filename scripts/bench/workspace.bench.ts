/**
 * The workspace index in the real VS Code (code-server in Chromium): a folder of generated articles
 * (10,000 by default; BYLINE_BENCH_WORKSPACE_ARTICLES sets another number) indexed cold, then the
 * window reopened with the same storage (warm, from the cache), each time until Go to Symbol in
 * Workspace finds a name across the folder; and the extension host's memory (peak and current RSS
 * of its process, worker threads included). Needs `npm run build` and `npm run setup:vscode`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { generateArticle } from './generate-articles';
import { loadWorkbench } from './vscode-workbench';

const ARTICLES = Number(process.env.BYLINE_BENCH_WORKSPACE_ARTICLES) || 10_000;

/** Peak and current resident memory (MB) of the extension host processes now running. */
function extensionHostMemory(): { peakMb: number; nowMb: number } | undefined {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const hosts = lines.filter((l) => /extensionHost/.test(l) && !/ps -eo/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
  let peakMb = 0;
  let nowMb = 0;
  for (const pid of hosts) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      peakMb = Math.max(peakMb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      nowMb = Math.max(nowMb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      // Gone meanwhile.
    }
  }
  return hosts.length ? { peakMb, nowMb } : undefined;
}

/** The path of a file named `name` somewhere under `dir`, if any. */
function findFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Asks Go to Symbol in Workspace for `query` until a row names an article other than the open one. */
async function waitForWorkspaceSymbol(page: Page, query: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+T');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`#${query}`);
    const found = await page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ hasText: query })
      .first()
      // Long enough for an answer to be drawn on a loaded machine: a shorter wait would discard
      // answers that were on their way and make the figure depend on the retry rhythm.
      .waitFor({ timeout: 2000 })
      .then(() => true, () => false);
    if (found) {
      await page.keyboard.press('Escape');
      return;
    }
    if (Date.now() > deadline) throw new Error(`no workspace symbol for ${query} after ${timeoutMs / 1000} s`);
  }
}

export async function run(): Promise<void> {
  const Workbench = await loadWorkbench();
  if (!Workbench) return;
  const workspace = mkdtempSync(path.join(tmpdir(), 'byline-bench-workspace-'));
  const home = mkdtempSync(path.join(tmpdir(), 'byline-bench-home-'));
  let bytes = 0;
  for (let n = 0; n < ARTICLES; n++) {
    const dir = path.join(workspace, `batch_${String(Math.floor(n / 1000)).padStart(2, '0')}`);
    if (n % 1000 === 0) mkdirSync(dir, { recursive: true });
    const text = generateArticle(n, 5000);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `article_${String(n).padStart(5, '0')}.txt`), text);
  }
  console.log(`workspace: ${ARTICLES} articles, ${(bytes / 1e6).toFixed(1)} MB, in folders of 1,000`);
  // Every generated article names one of these surnames; the last article's is checked, so a hit
  // means the index reached the end of the folder.
  const lastName = /(?:Kovalenko|Haddad|Nakamura|Okafor|Lindqvist|Moreno|Petrosyan|Aliyev|Brennan|Castillo|Dimitrov|Esposito|Fischer|Gupta|Horvat|Ibrahim|Jansen|Kaczmarek|Mendes|Novak)/.exec(generateArticle(ARTICLES - 1, 5000))?.[0] ?? 'Kovalenko';
  // The workspace's storage (where the index cache lives) is keyed by the server's address: keep it.
  const { freePort } = require('../vscode/code-server') as { freePort(): Promise<number> };
  const port = await freePort();
  try {
    for (const phase of ['cold', 'warm'] as const) {
      const wb = await Workbench.open({ workspace, home, port });
      try {
        await wb.openFile('article_00000.txt'); // Byline starts when an article is opened
        const t0 = Date.now();
        await waitForWorkspaceSymbol(wb.page, lastName, 180_000);
        // Cold: wait for the progress notification to finish too, so the whole folder is in.
        if (phase === 'cold') await wb.waitFor('indexing to finish', async () => !(await wb.notifications()).some((n) => /indexing articles/i.test(n)), 180_000);
        const seconds = (Date.now() - t0) / 1000;
        const memory = extensionHostMemory();
        const mem = memory ? `extension host RSS peak ${memory.peakMb.toFixed(0)} MB, now ${memory.nowMb.toFixed(0)} MB` : 'extension host process not found';
        console.log(`${phase}: ${seconds.toFixed(1)} s from the first article on screen to the index answering across the workspace (activation and model load included); ${mem}`);
        // The cache is written a moment after indexing ends; the warm start needs it.
        if (phase === 'cold') {
          let last = -1;
          await wb.waitFor('the index cache on disk, complete', async () => {
            const file = findFile(home, 'index-cache.bin');
            const size = file ? statSync(file).size : -1;
            const settled = size > 0 && size === last;
            last = size;
            if (!settled) await wb.page.waitForTimeout(1000);
            return settled;
          }, 120_000);
        }
      } finally {
        await wb.dispose();
      }
    }
    console.log('goals: cold < 60 s, warm < 2 s, extension host < 400 MB');
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}
