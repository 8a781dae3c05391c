import { hashText } from '../text/hash';
import type { CompactAnalysis, EntityIndex } from './entity-index';
import type { IndexCache, PlainAnalysis } from './index-cache';

/** What the updater needs to know of a file without reading it. */
export interface FileStat {
  /** Modification time in milliseconds since the epoch. */
  mtime: number;
  size: number;
}

/** How the updater reaches files: node `fs` in the CLI, `workspace.fs` in the extension, a map in tests. */
export interface IndexFileSystem {
  /** undefined when the file is gone. */
  stat(file: string): Promise<FileStat | undefined>;
  read(file: string): Promise<{ text: string } | { error: string }>;
}

/** A file whose text is not in the cache and must be analysed; hand the result to `accept`. */
export interface PendingFile {
  file: string;
  /** Absent when the updater was asked not to keep texts: read the file again to analyse it. */
  text?: string;
  hash: string;
  /** The stat taken before reading, or null when the text may be newer than it (see `RACY_MS`). */
  stat: FileStat | null;
}

export interface RefreshResult {
  pending: PendingFile[];
  /** Files that exist but could not be read as text; they are taken out of the index. */
  failed: Array<{ file: string; error: string }>;
  /** Whether the index changed. */
  changed: boolean;
}

export interface IndexUpdaterOptions {
  files: IndexFileSystem;
  /** What besides the text decides a file's analysis (e.g. a hash of the corrections in force). */
  contextOf?(file: string): string;
  /** Whether an analysed file belongs in the index; by default, when it is an article. */
  include?(file: string, isArticle: boolean): boolean;
  /** Whether pending files keep their text (default true). */
  keepTexts?: boolean;
  /** Stats and reads in flight at once. */
  concurrency?: number;
  now?(): number;
}

/**
 * A file modified this close to when it was read may change again within the same mtime tick
 * (coarse file-system clocks), so its stamp is not trusted: the next refresh hashes it again.
 */
export const RACY_MS = 2000;

type Outcome =
  | { kind: 'gone' }
  | { kind: 'failed'; error: string }
  | { kind: 'known'; hash: string; analysis: CompactAnalysis }
  | { kind: 'pending'; pending: PendingFile };

/**
 * Keeps an `EntityIndex` and its `IndexCache` current with the files. A file whose size and mtime
 * match its stamp costs one stat; only then is it read and hashed, and only text the cache has
 * never seen is analysed (by the caller, which may use workers, progress and cancellation).
 */
export class IndexUpdater {
  constructor(
    readonly index: EntityIndex,
    public cache: IndexCache,
    private readonly options: IndexUpdaterOptions,
  ) {}

  /** Brings the given files up to date from the cache; the rest is returned as pending. */
  async refresh(files: readonly string[]): Promise<RefreshResult> {
    const outcomes = new Array<Outcome>(files.length);
    let next = 0;
    const lane = async () => {
      while (next < files.length) {
        const i = next++;
        outcomes[i] = await this.check(files[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(files.length, this.options.concurrency ?? 64) }, lane));
    // Applied in input order, so the index is the same however the stats interleaved.
    const result: RefreshResult = { pending: [], failed: [], changed: false };
    outcomes.forEach((outcome, i) => {
      const file = files[i];
      if (outcome.kind === 'known') {
        result.changed = this.apply(file, outcome.hash, outcome.analysis) || result.changed;
      } else if (outcome.kind === 'pending') {
        result.pending.push(outcome.pending);
      } else {
        if (outcome.kind === 'failed') result.failed.push({ file, error: outcome.error });
        this.cache.deleteStamp(file);
        result.changed = this.index.delete(file) || result.changed;
      }
    });
    return result;
  }

  /** Stores the analysis of a pending file in the cache and the index; true if the index changed. */
  accept(pending: Pick<PendingFile, 'file' | 'hash' | 'stat'>, analysis: PlainAnalysis | CompactAnalysis): boolean {
    const entry = this.entryOf(pending.file, pending.hash);
    const compact = this.cache.get(entry) ?? this.cache.set(entry, analysis);
    const stat = pending.stat ?? { mtime: -1, size: -1 };
    this.cache.setStamp(pending.file, { mtime: stat.mtime, size: stat.size, hash: pending.hash, entry });
    return this.apply(pending.file, pending.hash, compact);
  }

  /** Takes a file out (deleted, or no longer among the files to index); true if the index changed. */
  remove(file: string): boolean {
    this.cache.deleteStamp(file);
    return this.index.delete(file);
  }

  rename(from: string, to: string): void {
    this.index.rename(from, to);
    this.cache.renameStamp(from, to);
  }

  private entryOf(file: string, hash: string): string {
    const context = this.options.contextOf?.(file) ?? '';
    return context ? `${hash}:${context}` : hash;
  }

  private apply(file: string, hash: string, analysis: CompactAnalysis): boolean {
    const include = this.options.include ? this.options.include(file, analysis.isArticle) : analysis.isArticle;
    return include ? this.index.setCompact(file, hash, analysis) : this.index.delete(file);
  }

  private async check(file: string): Promise<Outcome> {
    const stat = await this.options.files.stat(file);
    if (!stat) return { kind: 'gone' };
    const known = this.cache.stampOf(file);
    if (known && known.mtime >= 0 && known.mtime === stat.mtime && known.size === stat.size) {
      const entry = this.entryOf(file, known.hash);
      const analysis = this.cache.get(entry);
      if (analysis) {
        this.cache.setStamp(file, { ...known, entry });
        return { kind: 'known', hash: known.hash, analysis };
      }
    }
    const readAt = this.options.now?.() ?? Date.now();
    const read = await this.options.files.read(file);
    if ('error' in read) return { kind: 'failed', error: read.error };
    const hash = hashText(read.text);
    const trusted = stat.mtime < readAt - RACY_MS;
    const entry = this.entryOf(file, hash);
    const analysis = this.cache.get(entry);
    if (analysis) {
      const s = trusted ? stat : { mtime: -1, size: -1 };
      this.cache.setStamp(file, { mtime: s.mtime, size: s.size, hash, entry });
      return { kind: 'known', hash, analysis };
    }
    const keep = this.options.keepTexts ?? true;
    return { kind: 'pending', pending: { file, hash, stat: trusted ? stat : null, ...(keep ? { text: read.text } : {}) } };
  }
}
