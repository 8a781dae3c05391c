import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

  constructor(roots: readonly string[], key: string) {
    const id = hashText(roots.map((r) => path.resolve(r)).sort().join('\n'));
    this.file = path.join(cacheFolder(), `index-${id}.json`);
    let json: string | undefined;
    try {
      json = readFileSync(this.file, 'utf8');
    } catch {
      json = undefined;
    }
    this.cache = IndexCache.parse(json, key);
  }

  /** Writes the cache atomically (temp file + rename); failures are ignored, as a cache is optional. */
  save(): void {
    if (!this.cache.isDirty) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, this.cache.serialize());
      renameSync(temp, this.file);
    } catch {
      // A read-only home or a full disk must not fail the command.
    }
  }
}
