import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { IndexCache } from '../core/index/index-cache';
import { hashText } from '../core/text/hash';

/** The user's cache folder: `$XDG_CACHE_HOME/byline`, else `~/.cache/byline`. */
function cacheFolder(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'byline');
}

/**
 * The CLI's analysis cache for one set of PATH arguments, kept outside the analyst's folders so a
 * batch run never writes beside the articles. Losing it only costs a cold run.
 */
export class CliIndexCache {
  readonly cache: IndexCache;
  private readonly file: string;
  /** Earlier versions kept a much bigger JSON cache under this name; it is removed on save. */
  private readonly legacyFile: string;

  constructor(roots: readonly string[], key: string) {
    const id = hashText(roots.map((r) => path.resolve(r)).sort().join('\n'));
    this.file = path.join(cacheFolder(), `index-${id}.bin`);
    this.legacyFile = path.join(cacheFolder(), `index-${id}.json`);
    let bytes: Uint8Array | undefined;
    try {
      bytes = readFileSync(this.file);
    } catch {
      bytes = undefined;
    }
    this.cache = IndexCache.load(bytes, key);
  }

  /** Writes the cache atomically (temp file + rename); failures are ignored, as a cache is optional. */
  save(): void {
    if (!this.cache.isDirty) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, this.cache.serialize());
      renameSync(temp, this.file);
      rmSync(this.legacyFile, { force: true });
    } catch {
      // A read-only home or a full disk must not fail the command.
    }
  }
}
