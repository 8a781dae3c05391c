import type { Entity } from '../model/types';
import type { CompactAnalysis } from './entity-index';
import { decodeIndexCache, encodeIndexCache } from './index-cache-codec';
import { MentionTable } from './mention-table';

export { INDEX_CACHE_FORMAT } from './index-cache-codec';

/** How a file looked when it was last analysed: unchanged mtime and size mean the hash still holds. */
export interface FileStamp {
  mtime: number;
  size: number;
  /** Content hash of the text. */
  hash: string;
  /** Key of the analysis used for it (the content hash plus what else decided the result). */
  entry: string;
}

/** What `IndexCache.load` made of the bytes it was given. */
export type CacheLoadStatus = 'empty' | 'loaded' | 'other-version' | 'damaged';

/** An analysis as the analyser returns it. */
export interface PlainAnalysis {
  isArticle: boolean;
  title: string | null;
  published: string | null;
  entities: readonly Entity[];
}

/**
 * Analyses keyed by content (and whatever else decides them, such as corrections), plus the stamp
 * of each file, so reopening a large workspace needs one stat per file and re-analyses only what
 * changed. Stored in a compact binary form (see `index-cache-codec.ts`); analyses stay packed in
 * memory and go into an `EntityIndex` without being unpacked.
 */
export class IndexCache {
  private table = new MentionTable();
  private entries = new Map<string, CompactAnalysis>();
  private stamps = new Map<string, FileStamp>();
  private dirty = false;
  private _status: CacheLoadStatus = 'empty';

  /** `key` identifies the model (and anything else) the analyses depend on; another key is another cache. */
  constructor(readonly key: string) {}

  /**
   * Loads a serialised cache. A cache of another format or key, or a truncated or damaged file,
   * gives an empty cache (see `status`), never an error: it only means a cold start.
   */
  static load(bytes: Uint8Array | undefined, key: string): IndexCache {
    const cache = new IndexCache(key);
    if (!bytes || bytes.byteLength === 0) return cache;
    try {
      const data = decodeIndexCache(bytes, key);
      if (data) {
        cache.table = data.table;
        cache.entries = data.entries;
        cache.stamps = data.stamps;
        cache._status = 'loaded';
        return cache;
      }
      cache._status = 'other-version';
    } catch {
      // Whatever is wrong with the file (torn write, disk damage, a bug in an old writer), the
      // cache is only an optimisation: start cold rather than fail.
      cache._status = 'damaged';
    }
    // Dirty, so the next save replaces the unusable file.
    cache.dirty = true;
    return cache;
  }

  get status(): CacheLoadStatus {
    return this._status;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Files with a stamp. */
  files(): string[] {
    return [...this.stamps.keys()];
  }

  stampOf(file: string): FileStamp | undefined {
    return this.stamps.get(file);
  }

  setStamp(file: string, stamp: FileStamp): void {
    const old = this.stamps.get(file);
    if (old && old.mtime === stamp.mtime && old.size === stamp.size && old.hash === stamp.hash && old.entry === stamp.entry) return;
    this.stamps.set(file, stamp);
    this.dirty = true;
  }

  deleteStamp(file: string): void {
    if (this.stamps.delete(file)) this.dirty = true;
  }

  renameStamp(from: string, to: string): void {
    const stamp = this.stamps.get(from);
    if (!stamp) return;
    this.stamps.delete(from);
    this.stamps.set(to, stamp);
    this.dirty = true;
  }

  /** The cached analysis under this key. */
  get(entry: string): CompactAnalysis | undefined {
    return this.entries.get(entry);
  }

  /** Stores an analysis (plain, or packed against any table) under a key and returns its packed form. */
  set(entry: string, analysis: PlainAnalysis | CompactAnalysis): CompactAnalysis {
    const compact: CompactAnalysis = {
      isArticle: analysis.isArticle,
      title: analysis.title,
      published: analysis.published,
      mentions: 'mentions' in analysis ? this.table.translate(analysis.mentions, analysis.table) : this.table.encode(analysis.entities),
      table: this.table,
    };
    this.entries.set(entry, compact);
    this.dirty = true;
    return compact;
  }

  /** Drops analyses no file refers to any more, so the cache does not grow forever. */
  prune(): void {
    const live = new Set<string>();
    for (const s of this.stamps.values()) live.add(s.entry);
    for (const key of this.entries.keys()) {
      if (!live.has(key)) {
        this.entries.delete(key);
        this.dirty = true;
      }
    }
  }

  /** The cache as bytes for `load`. Call `prune` first to leave out analyses no file uses. */
  serialize(): Uint8Array {
    this.dirty = false;
    return encodeIndexCache({ key: this.key, table: this.table, entries: this.entries, stamps: this.stamps });
  }
}
