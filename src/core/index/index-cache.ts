import type { Entity } from '../model/types';
import type { IndexedArticle } from './entity-index';

/** Bump when the stored shape changes: old caches are then ignored. */
export const INDEX_CACHE_FORMAT = 2;

/** What is cached per article text: enough to rebuild an `IndexedArticle` without re-analysing. */
interface CachedAnalysis {
  isArticle: boolean;
  title: string | null;
  published: string | null;
  /** Entities as `[typeCode, start, end, canonical, value?]`, with their texts in `text`. */
  entities: Array<[number, number, number, string, string?]>;
  text: string[];
}

/** How a file looked when it was last analysed: unchanged mtime and size mean the hash still holds. */
export interface FileStamp {
  mtime: number;
  size: number;
  hash: string;
}

interface IndexCacheFile {
  format: number;
  /** Identifies the model and corrections the entries were computed with. */
  key: string;
  /** Content hash -> analysis. */
  entries: Record<string, CachedAnalysis>;
  /** File -> stamp, so a warm start needs only a stat per file. */
  stamps: Record<string, FileStamp>;
}

const TYPES: Entity['type'][] = ['person', 'place', 'organization', 'date'];

/**
 * A cache of analyses keyed by content hash, plus the stamp of each file, so reopening a large
 * workspace re-reads and re-analyses only the files that changed. Serialised as compact JSON.
 */
export class IndexCache {
  private entries: Record<string, CachedAnalysis> = {};
  private stamps: Record<string, FileStamp> = {};
  private dirty = false;

  constructor(private readonly key: string) {}

  /** Loads a serialised cache; a cache of another format or key is ignored, never an error. */
  static parse(json: string | undefined, key: string): IndexCache {
    const cache = new IndexCache(key);
    if (!json) return cache;
    try {
      const file = JSON.parse(json) as IndexCacheFile;
      if (file.format === INDEX_CACHE_FORMAT && file.key === key && typeof file.entries === 'object' && typeof file.stamps === 'object') {
        cache.entries = file.entries;
        cache.stamps = file.stamps;
      }
    } catch {
      // A torn or foreign cache file only means a cold start.
    }
    return cache;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  stampOf(file: string): FileStamp | undefined {
    return this.stamps[file];
  }

  setStamp(file: string, stamp: FileStamp): void {
    const old = this.stamps[file];
    if (old && old.mtime === stamp.mtime && old.size === stamp.size && old.hash === stamp.hash) return;
    this.stamps[file] = stamp;
    this.dirty = true;
  }

  deleteStamp(file: string): void {
    if (file in this.stamps) {
      delete this.stamps[file];
      this.dirty = true;
    }
  }

  renameStamp(from: string, to: string): void {
    const stamp = this.stamps[from];
    if (!stamp) return;
    delete this.stamps[from];
    this.stamps[to] = stamp;
    this.dirty = true;
  }

  /** The cached analysis of this content, as an entry for `file`. */
  get(file: string, hash: string): { article: IndexedArticle; isArticle: boolean } | undefined {
    const c = this.entries[hash];
    if (!c) return undefined;
    const entities: Entity[] = c.entities.map(([t, start, end, canonical, value], i) => ({
      type: TYPES[t], text: c.text[i], start, end, canonical, ...(value !== undefined ? { value } : {}),
    }));
    return { article: { file, hash, title: c.title, published: c.published, entities }, isArticle: c.isArticle };
  }

  set(article: IndexedArticle, isArticle: boolean): void {
    this.entries[article.hash] = {
      isArticle,
      title: article.title,
      published: article.published,
      entities: article.entities.map((e) => {
        const row: [number, number, number, string, string?] = [TYPES.indexOf(e.type), e.start, e.end, e.canonical];
        if (e.value !== undefined) row.push(e.value);
        return row;
      }),
      text: article.entities.map((e) => e.text),
    };
    this.dirty = true;
  }

  /** Drops analyses no file refers to any more, so the cache does not grow forever. */
  prune(): void {
    const live = new Set(Object.values(this.stamps).map((s) => s.hash));
    for (const h of Object.keys(this.entries)) {
      if (!live.has(h)) {
        delete this.entries[h];
        this.dirty = true;
      }
    }
  }

  serialize(): string {
    this.dirty = false;
    const file: IndexCacheFile = { format: INDEX_CACHE_FORMAT, key: this.key, entries: this.entries, stamps: this.stamps };
    return JSON.stringify(file);
  }
}
