import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { parseCorrections, CORRECTIONS_PATH } from '../../core/corrections/corrections-file';
import { watchBylineFile } from '../byline-folder-watcher';
import type { Correction } from '../../core/corrections/corrections';
import { EntityIndex } from '../../core/index/entity-index';
import { IndexCache } from '../../core/index/index-cache';
import { type IndexFileSystem, IndexUpdater, type PendingFile } from '../../core/index/index-updater';
import { decodeText } from '../../core/text/decode';
import { hashText } from '../../core/text/hash';
import { nodeIndexFileSystem } from '../../core/index/node/node-files';
import { IndexWorkerPool, SMALL_HOST_WORKER_HEAP_MB } from '../../core/index/node/worker-pool';

const ARTICLE_GLOB = '**/*.{txt,md,markdown}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/.byline/**,**/dist/**,**/out/**}';
/** Small enough that progress moves and cancellation is prompt, big enough to amortise messaging. */
const BATCH_SIZE = 40;
/** Below this many files to analyse, indexing is quick enough not to need a notification. */
const PROGRESS_THRESHOLD = 50;
const CACHE_FILE = 'index-cache.bin';
/** Earlier versions kept a much bigger JSON cache under this name; it is deleted on the first save. */
const LEGACY_CACHE_FILE = 'index-cache.json';
const SAVE_DELAY_MS = 2000;
/** Idle index workers are stopped after this long: each holds a model the host does not need then. */
const WORKERS_IDLE_MS = 30_000;
/** While many files are analysed, listeners (sidebar, hovers) hear of it at most this often. */
const CHANGE_INTERVAL_MS = 1000;

/**
 * Files as the index updater sees them: local files through Node's `fs` (a warm start stats every
 * known file, and VS Code's file API costs more per call than the check itself), other schemes
 * (remote, virtual) through `workspace.fs`.
 */
const workspaceFiles: IndexFileSystem = {
  async stat(file) {
    const uri = vscode.Uri.parse(file);
    if (uri.scheme === 'file') return nodeIndexFileSystem.stat(uri.fsPath);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      return stat.type & vscode.FileType.File ? { mtime: stat.mtime, size: stat.size } : undefined;
    } catch {
      return undefined;
    }
  },
  async read(file) {
    const uri = vscode.Uri.parse(file);
    if (uri.scheme === 'file') return nodeIndexFileSystem.read(uri.fsPath);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return { error: 'cannot be read' };
    }
    const decoded = decodeText(bytes);
    return decoded.ok ? { text: decoded.text } : { error: decoded.message };
  },
};

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Every article in the workspace, parsed and recognised in worker threads, cached on disk, and kept
 * current by a file watcher. Other features read `index` and listen to `onDidChange`. On a warm
 * start the index is filled from the cache after one stat per known file, before the (slower)
 * search for new files.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly index = new EntityIndex();
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  private readonly disposables: vscode.Disposable[] = [this._onDidChange];
  private readonly updater: IndexUpdater;
  private pool: IndexWorkerPool | undefined;
  private poolIdleTimer: ReturnType<typeof setTimeout> | undefined;
  private activeRuns = 0;
  private corrections: Correction[] = [];
  private started: Promise<void> | undefined;
  private readonly knownLoaded = deferred();
  private saveTimer: NodeJS.Timeout | undefined;
  private legacyCacheChecked = false;

  /** `modelKey` is asked for only when indexing starts, so activation never loads the model. */
  constructor(private readonly context: vscode.ExtensionContext, private readonly modelKey: () => string) {
    // Texts are not kept between the freshness check and analysis: on a cold start that would
    // hold the whole workspace in memory.
    this.updater = new IndexUpdater(this.index, new IndexCache(''), { files: workspaceFiles, keepTexts: false });
  }

  /** Starts indexing once (idempotent); resolves when the first full pass is done or cancelled. */
  start(): Promise<void> {
    // Whatever happens to the first pass, callers waiting for a usable index are let go.
    this.started ??= this.initialPass().finally(() => this.knownLoaded.resolve());
    return this.started;
  }

  /**
   * Starts indexing if needed and resolves as soon as the index holds what the last session knew
   * (warm: everything unchanged; cold: nothing yet, filling as files are analysed).
   */
  async usable(): Promise<void> {
    void this.start();
    await this.knownLoaded.promise;
  }

  /** Forgets every cached analysis and analyses the whole workspace again, with progress. */
  async reindex(): Promise<void> {
    await this.start();
    this.corrections = await this.readCorrections();
    this.updater.cache = new IndexCache(this.cacheKey());
    await this.refresh(await this.findArticles(), true);
  }

  /** Whether an article is in the index (by URI string). */
  has(uri: vscode.Uri): boolean {
    return this.index.has(uri.toString());
  }

  private get storage(): vscode.Uri | undefined {
    return this.context.storageUri ?? this.context.globalStorageUri;
  }

  private async initialPass(): Promise<void> {
    this.watch();
    this.corrections = await this.readCorrections();
    await this.loadCache();
    // Files known from the last session first: the index is usable after one stat per file.
    const known = this.updater.cache.files();
    const pendingKnown = await this.refresh(known, true, false);
    this.knownLoaded.resolve();
    // Go to Symbol, hovers and the sidebar all read the summary: working it out now, while the
    // search for new files runs, means the first of them answers at once.
    if (known.length) setTimeout(() => this.index.summarize(), 0);
    const found = await this.findArticles();
    const foundKeys = new Set(found);
    // Known files the search no longer finds (deleted, or now excluded) leave the index and the cache.
    let removed = false;
    for (const file of known) if (!foundKeys.has(file)) removed = this.updater.remove(file) || removed;
    if (removed) this._onDidChange.fire();
    const knownKeys = new Set(known);
    const carried = pendingKnown.filter((p) => foundKeys.has(p.file));
    await this.refresh(found.filter((f) => !knownKeys.has(f)), true, true, carried);
  }

  private async findArticles(): Promise<string[]> {
    return (await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB)).map((u) => u.toString());
  }

  private async readCorrections(): Promise<Correction[]> {
    const all: Correction[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      try {
        const file = vscode.Uri.joinPath(folder.uri, CORRECTIONS_PATH);
        // Local folders are read directly: a warm start waits for this, and the file API's round trip costs more.
        const bytes = file.scheme === 'file' ? await fs.readFile(file.fsPath) : await vscode.workspace.fs.readFile(file);
        all.push(...parseCorrections(new TextDecoder().decode(bytes)).corrections);
      } catch {
        // No corrections file in this folder.
      }
    }
    return all;
  }

  private cacheKey(): string {
    return `${this.modelKey()}:${hashText(JSON.stringify(this.corrections))}`;
  }

  private async loadCache(): Promise<void> {
    let bytes: Uint8Array | undefined;
    const base = this.storage;
    if (base) {
      try {
        const file = vscode.Uri.joinPath(base, CACHE_FILE);
        bytes = file.scheme === 'file' ? await fs.readFile(file.fsPath) : await vscode.workspace.fs.readFile(file);
      } catch {
        bytes = undefined;
      }
    }
    this.updater.cache = IndexCache.load(bytes, this.cacheKey());
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), SAVE_DELAY_MS);
  }

  private async saveCache(): Promise<void> {
    const base = this.storage;
    if (!base) return;
    const cache = this.updater.cache;
    cache.prune();
    try {
      await vscode.workspace.fs.createDirectory(base);
      // Written beside and renamed over, so a window closed mid-write leaves the old cache, not half a new one.
      const temp = vscode.Uri.joinPath(base, `${CACHE_FILE}.tmp`);
      await vscode.workspace.fs.writeFile(temp, cache.serialize());
      await vscode.workspace.fs.rename(temp, vscode.Uri.joinPath(base, CACHE_FILE), { overwrite: true });
      if (!this.legacyCacheChecked) {
        this.legacyCacheChecked = true;
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(base, LEGACY_CACHE_FILE)).then(undefined, () => undefined);
      }
    } catch {
      // A cache that cannot be written only means a slower next start.
    }
  }

  /**
   * Brings the given files up to date: from the cache when unchanged, analysed in workers
   * otherwise (unless `analyze` is false: then what needs analysis is returned, to be passed as
   * `carried` to a later call so it is analysed in the same run).
   */
  private async refresh(files: readonly string[], initial: boolean, analyze = true, carried: PendingFile[] = []): Promise<PendingFile[]> {
    const { pending, changed } = await this.updater.refresh(files);
    if (changed) this._onDidChange.fire();
    const todo = carried.length ? [...carried, ...pending] : pending;
    if (!analyze) return todo;
    if (todo.length === 0) {
      if (changed || this.updater.cache.isDirty) this.scheduleSave();
      return [];
    }
    const run = (token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) =>
      this.analyzeAll(todo, token, progress);
    if (initial && todo.length >= PROGRESS_THRESHOLD) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Byline: indexing articles', cancellable: true },
        (progress, token) => run(token, progress),
      );
    } else {
      await run();
    }
    return [];
  }

  private async analyzeAll(
    todo: PendingFile[],
    token?: vscode.CancellationToken,
    progress?: vscode.Progress<{ message?: string; increment?: number }>,
  ): Promise<void> {
    clearTimeout(this.poolIdleTimer);
    this.activeRuns++;
    try {
      await this.analyzeWithPool(todo, token, progress);
    } finally {
      if (--this.activeRuns === 0) {
        this.poolIdleTimer = setTimeout(() => {
          const idle = this.pool;
          this.pool = undefined;
          void idle?.dispose();
        }, WORKERS_IDLE_MS);
      }
    }
  }

  private async analyzeWithPool(
    todo: PendingFile[],
    token?: vscode.CancellationToken,
    progress?: vscode.Progress<{ message?: string; increment?: number }>,
  ): Promise<void> {
    this.pool ??= new IndexWorkerPool(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'index-worker.js').fsPath, { maxHeapMb: SMALL_HOST_WORKER_HEAP_MB });
    const batches: PendingFile[][] = [];
    for (let i = 0; i < todo.length; i += BATCH_SIZE) batches.push(todo.slice(i, i + BATCH_SIZE));
    let done = 0;
    let nextBatch = 0;
    let lastFired = 0;
    let unfired = false;
    const lane = async () => {
      while (nextBatch < batches.length && !token?.isCancellationRequested) {
        const batch = await this.withTexts(batches[nextBatch++]);
        const results = await this.pool!.analyze(batch.map((p) => ({ file: p.file, text: p.text })), this.corrections);
        results.forEach((r, i) => {
          if ('error' in r) return;
          unfired = this.updater.accept(batch[i], r) || unfired;
        });
        done += batch.length;
        progress?.report({ message: `${done} of ${todo.length} files`, increment: (100 * batch.length) / todo.length });
        // Listeners re-summarise the whole index on each change; during a cold start of thousands
        // of files that would cost more than the analysis itself.
        if (unfired && Date.now() - lastFired >= CHANGE_INTERVAL_MS) {
          lastFired = Date.now();
          unfired = false;
          this._onDidChange.fire();
        }
      }
    };
    await Promise.all(Array.from({ length: this.pool.size * 2 }, lane));
    if (unfired) this._onDidChange.fire();
    this.scheduleSave();
  }

  /** Reads the texts of a batch again; a file that changed since its check gets an untrusted stamp. */
  private async withTexts(batch: PendingFile[]): Promise<Array<PendingFile & { text: string }>> {
    const read = await Promise.all(
      batch.map(async (p) => {
        if (p.text !== undefined) return { ...p, text: p.text };
        const got = await workspaceFiles.read(p.file);
        if ('error' in got) return undefined;
        const hash = hashText(got.text);
        return hash === p.hash ? { ...p, text: got.text } : { file: p.file, hash, stat: null, text: got.text };
      }),
    );
    return read.filter((p): p is PendingFile & { text: string } => p !== undefined);
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const isExcluded = (uri: vscode.Uri) => /\/(?:node_modules|\.git|\.byline|dist|out)\//u.test(uri.path);
    const update = (uri: vscode.Uri) => !isExcluded(uri) && void this.refresh([uri.toString()], false);
    const reloadCorrections = async () => {
      const corrections = await this.readCorrections();
      // The watchers may report one write more than once; re-indexing every article is not cheap.
      if (JSON.stringify(corrections) === JSON.stringify(this.corrections)) return;
      this.corrections = corrections;
      this.updater.cache = new IndexCache(this.cacheKey());
      await this.refresh(await this.findArticles(), false);
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(update),
      watcher.onDidCreate(update),
      watcher.onDidDelete((uri) => {
        if (this.updater.remove(uri.toString())) this._onDidChange.fire();
        this.scheduleSave();
      }),
      watchBylineFile(CORRECTIONS_PATH, () => void reloadCorrections()),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) this.updater.rename(oldUri.toString(), newUri.toString());
        this._onDidChange.fire();
        this.scheduleSave();
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    clearTimeout(this.poolIdleTimer);
    if (this.updater.cache.isDirty) void this.saveCache();
    void this.pool?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
