import * as vscode from 'vscode';
import { parseCorrections, CORRECTIONS_PATH } from '../../core/corrections/corrections-file';
import type { Correction } from '../../core/corrections/corrections';
import { EntityIndex, type IndexedArticle } from '../../core/index/entity-index';
import { type FileStamp, IndexCache } from '../../core/index/index-cache';
import { decodeText } from '../../core/text/decode';
import { hashText } from '../../core/text/hash';
import { IndexWorkerPool } from '../../core/index/node/worker-pool';

const ARTICLE_GLOB = '**/*.{txt,md,markdown}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/.byline/**,**/dist/**,**/out/**}';
/** Small enough that progress moves and cancellation is prompt, big enough to amortise messaging. */
const BATCH_SIZE = 40;
/** Below this many files to analyse, indexing is quick enough not to need a notification. */
const PROGRESS_THRESHOLD = 50;
const CACHE_FILE = 'index-cache.json';
const SAVE_DELAY_MS = 2000;

/**
 * Every article in the workspace, parsed and recognised in worker threads, cached on disk by content
 * hash, and kept current by a file watcher. Other features read `index` and listen to `onDidChange`.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly index = new EntityIndex();
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  private readonly disposables: vscode.Disposable[] = [this._onDidChange];
  private pool: IndexWorkerPool | undefined;
  private cache = new IndexCache('');
  private corrections: Correction[] = [];
  private started: Promise<void> | undefined;
  private saveTimer: NodeJS.Timeout | undefined;

  /** `modelKey` is asked for only when indexing starts, so activation never loads the model. */
  constructor(private readonly context: vscode.ExtensionContext, private readonly modelKey: () => string) {}

  /** Starts indexing once (idempotent); resolves when the first full pass is done or cancelled. */
  start(): Promise<void> {
    this.started ??= this.initialPass();
    return this.started;
  }

  /** Forgets every cached analysis and analyses the whole workspace again, with progress. */
  async reindex(): Promise<void> {
    await this.start();
    this.corrections = await this.readCorrections();
    this.cache = IndexCache.parse(undefined, this.cacheKey());
    await this.refresh(await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB), true);
  }

  /** Whether an article is in the index (by URI string). */
  has(uri: vscode.Uri): boolean {
    return !!this.index.get(uri.toString());
  }

  private get cacheUri(): vscode.Uri | undefined {
    const base = this.context.storageUri ?? this.context.globalStorageUri;
    return base && vscode.Uri.joinPath(base, CACHE_FILE);
  }

  private async initialPass(): Promise<void> {
    this.watch();
    this.corrections = await this.readCorrections();
    await this.loadCache();
    const uris = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB);
    await this.refresh(uris, true);
  }

  private async readCorrections(): Promise<Correction[]> {
    const all: Correction[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, CORRECTIONS_PATH));
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
    let json: string | undefined;
    const uri = this.cacheUri;
    if (uri) {
      try {
        json = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        json = undefined;
      }
    }
    this.cache = IndexCache.parse(json, this.cacheKey());
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), SAVE_DELAY_MS);
  }

  private async saveCache(): Promise<void> {
    const uri = this.cacheUri;
    if (!uri) return;
    this.cache.prune();
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(this.cache.serialize()));
  }

  /** Brings the given files up to date: cached when unchanged, analysed in workers otherwise. */
  private async refresh(uris: readonly vscode.Uri[], initial: boolean): Promise<void> {
    const todo: Array<{ uri: vscode.Uri; text: string; stamp: FileStamp }> = [];
    let changed = false;
    await Promise.all(
      uris.map(async (uri) => {
        const key = uri.toString();
        let stat: vscode.FileStat;
        try {
          stat = await vscode.workspace.fs.stat(uri);
        } catch {
          changed = this.index.delete(key) || changed;
          this.cache.deleteStamp(key);
          return;
        }
        const known = this.cache.stampOf(key);
        const unchanged = known && known.mtime === stat.mtime && known.size === stat.size ? this.cache.get(key, known.hash) : undefined;
        if (unchanged) {
          changed = this.apply(unchanged.article, unchanged.isArticle) || changed;
          return;
        }
        const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
        if (!decoded.ok) {
          changed = this.index.delete(key) || changed;
          return;
        }
        const stamp = { mtime: stat.mtime, size: stat.size, hash: hashText(decoded.text) };
        this.cache.setStamp(key, stamp);
        const cached = this.cache.get(key, stamp.hash);
        if (cached) {
          changed = this.apply(cached.article, cached.isArticle) || changed;
        } else {
          todo.push({ uri, text: decoded.text, stamp });
        }
      }),
    );
    if (changed) this._onDidChange.fire();
    if (todo.length === 0) {
      if (changed) this.scheduleSave();
      return;
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
  }

  private async analyzeAll(
    todo: Array<{ uri: vscode.Uri; text: string; stamp: FileStamp }>,
    token?: vscode.CancellationToken,
    progress?: vscode.Progress<{ message?: string; increment?: number }>,
  ): Promise<void> {
    this.pool ??= new IndexWorkerPool(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'index-worker.js').fsPath);
    const batches: Array<typeof todo> = [];
    for (let i = 0; i < todo.length; i += BATCH_SIZE) batches.push(todo.slice(i, i + BATCH_SIZE));
    let done = 0;
    let nextBatch = 0;
    const lane = async () => {
      while (nextBatch < batches.length && !token?.isCancellationRequested) {
        const batch = batches[nextBatch++];
        const results = await this.pool!.analyze(batch.map((t) => ({ file: t.uri.toString(), text: t.text })), this.corrections);
        for (const r of results) {
          if ('error' in r) continue;
          const { isArticle, ...article } = r;
          this.cache.set(article, isArticle);
          this.apply(article, isArticle);
        }
        done += batch.length;
        progress?.report({ message: `${done} of ${todo.length} files`, increment: (100 * batch.length) / todo.length });
        this._onDidChange.fire();
      }
    };
    await Promise.all(Array.from({ length: this.pool.size * 2 }, lane));
    this.scheduleSave();
  }

  /** Puts an analysis into the index (or takes the file out when it is no article); true if anything changed. */
  private apply(article: IndexedArticle, isArticle: boolean): boolean {
    if (isArticle) {
      this.index.set(article);
      return true;
    }
    return this.index.delete(article.file);
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const isExcluded = (uri: vscode.Uri) => /\/(?:node_modules|\.git|\.byline|dist|out)\//u.test(uri.path);
    const update = (uri: vscode.Uri) => !isExcluded(uri) && void this.refresh([uri], false);
    const correctionsWatcher = vscode.workspace.createFileSystemWatcher(`**/${CORRECTIONS_PATH}`);
    const reloadCorrections = async () => {
      this.corrections = await this.readCorrections();
      this.cache = IndexCache.parse(undefined, this.cacheKey());
      await this.refresh(await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB), false);
    };
    this.disposables.push(
      watcher,
      correctionsWatcher,
      watcher.onDidChange(update),
      watcher.onDidCreate(update),
      watcher.onDidDelete((uri) => {
        this.cache.deleteStamp(uri.toString());
        if (this.index.delete(uri.toString())) this._onDidChange.fire();
      }),
      correctionsWatcher.onDidChange(reloadCorrections),
      correctionsWatcher.onDidCreate(reloadCorrections),
      correctionsWatcher.onDidDelete(reloadCorrections),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.index.rename(oldUri.toString(), newUri.toString());
          this.cache.renameStamp(oldUri.toString(), newUri.toString());
        }
        this._onDidChange.fire();
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    if (this.cache.isDirty) void this.saveCache();
    void this.pool?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
