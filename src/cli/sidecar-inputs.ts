import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { articlePathFor, SIDECAR_SUFFIX, sidecarPathFor } from '../core/sidecar/sidecar-format';

const SKIPPED = new Set(['node_modules', '.git', '.byline']);

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !SKIPPED.has(e.name)) await walk(full, out);
    else if (e.isFile() && e.name.endsWith(SIDECAR_SUFFIX)) out.push(full);
  }
}

/**
 * The (article, sidecar) pairs named by PATH arguments: a sidecar, an article with a sidecar beside
 * it, or a folder searched for sidecars. Problems come back as messages naming the path.
 */
export async function collectSidecars(paths: readonly string[]): Promise<{ pairs: Array<{ article: string; sidecar: string }>; errors: string[] }> {
  const pairs: Array<{ article: string; sidecar: string }> = [];
  const errors: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      errors.push(`${p}: no such file or directory`);
      continue;
    }
    if ((await fs.stat(p)).isDirectory()) {
      const found: string[] = [];
      await walk(p, found);
      for (const sidecar of found) pairs.push({ article: articlePathFor(sidecar)!, sidecar });
    } else if (p.endsWith(SIDECAR_SUFFIX)) {
      pairs.push({ article: articlePathFor(p)!, sidecar: p });
    } else if (existsSync(sidecarPathFor(p))) {
      pairs.push({ article: p, sidecar: sidecarPathFor(p) });
    } else {
      errors.push(`${p}: has no sidecar (${path.basename(sidecarPathFor(p))})`);
    }
  }
  return { pairs, errors };
}
