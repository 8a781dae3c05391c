import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readTextFile } from '../core/index/node/node-files';

export { readTextFile };

/** One file the CLI was asked about, read or not. */
export type InputFile =
  | { file: string; explicit: boolean; text: string }
  | { file: string; explicit: boolean; error: string };

const READ_CONCURRENCY = 64;
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', '.byline', 'dist', 'out']);

/** True for files a folder walk should consider as possible articles. */
export function isCandidateFile(name: string): boolean {
  return TEXT_EXTENSIONS.has(path.extname(name).toLowerCase()) && !name.endsWith('.byline.yaml');
}

/** A PATH argument expanded but not read: a file to read, or why there is none. */
export type ListedInput = { file: string; explicit: boolean } | { file: string; explicit: true; error: string };

/**
 * Expands PATH arguments without reading anything: files are taken as named (`explicit`); folders
 * are walked, in name order, for text files. A missing path or a folder without text files
 * becomes an entry with an `error`.
 */
export async function listInputs(paths: readonly string[]): Promise<ListedInput[]> {
  const out: ListedInput[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      out.push({ file: p, explicit: true, error: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      const files = await walk(p);
      if (files.length === 0) out.push({ file: p, explicit: true, error: 'folder holds no readable .txt or .md files' });
      for (const file of files) out.push({ file, explicit: false });
    } else {
      out.push({ file: p, explicit: true });
    }
  }
  return out;
}

/**
 * Expands PATH arguments (see `listInputs`) and reads them. Problems become entries with an
 * `error`, so one bad file never stops the others.
 */
export async function collectInputs(paths: readonly string[]): Promise<InputFile[]> {
  const listed = await listInputs(paths);
  const out: InputFile[] = [];
  // Reads overlap so a folder of thousands of files is not read one round trip at a time.
  for (let i = 0; i < listed.length; i += READ_CONCURRENCY) {
    out.push(...(await Promise.all(listed.slice(i, i + READ_CONCURRENCY).map((l) => ('error' in l ? l : readInput(l.file, l.explicit))))));
  }
  return out;
}

async function readInput(file: string, explicit: boolean): Promise<InputFile> {
  return { file, explicit, ...(await readTextFile(file)) };
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) found.push(...(await walk(full)));
    } else if (entry.isFile() && isCandidateFile(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

/** The inputs that could be read; each one that could not is reported on stderr, and `failed` says so. */
export async function collectReadableInputs(paths: readonly string[], stderr: (line: string) => void): Promise<{ readable: Array<{ file: string; text: string; explicit: boolean }>; failed: boolean }> {
  const readable: Array<{ file: string; text: string; explicit: boolean }> = [];
  let failed = false;
  for (const input of await collectInputs(paths)) {
    if ('error' in input) {
      stderr(`byline: ${input.file}: ${input.error}`);
      failed = true;
    } else {
      readable.push(input);
    }
  }
  return { readable, failed };
}
