/**
 * Sidecar files on a local disk (Node only; everything else in `core/sidecar` also runs in a
 * browser). Reads remember a hash of what was read; saves are atomic (temporary file + rename in
 * the same folder) and merge by annotation id when the file changed since it was read.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs, readFileSync, renameSync } from 'node:fs';
import * as path from 'node:path';
import { mergeSidecar } from './merge-sidecar';
import { parseSidecar } from './parse-sidecar';
import { SidecarError } from './sidecar-format';

/** A sidecar as read: its text (null when there is no file) and the hash that proves it unchanged. */
export interface SidecarSnapshot {
  path: string;
  text: string | null;
  hash: string | null;
}

/** What a save did: wrote our text, wrote it merged with a newer file, found nothing to do, or refused. */
export type SaveResult =
  | { outcome: 'written' | 'merged' | 'unchanged'; text: string; conflicts: string[] }
  | { outcome: 'refused'; error: SidecarError };

/**
 * A save that finds the file changed merges and tries again; each lost round means another
 * writer succeeded, so this bounds a burst of concurrent saves, not a normal one (one attempt).
 */
const MAX_ATTEMPTS = 16;

/** SHA-256 (hex) of a text's UTF-8 bytes: the `article.sha256` of a sidecar, and the change check. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A snapshot of text the caller already read (say, with its own decoding checks). */
export function snapshotOf(file: string, text: string | null): SidecarSnapshot {
  return { path: file, text, hash: text === null ? null : sha256Hex(text) };
}

async function readCurrent(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads a sidecar; a missing file is a snapshot with `text: null` (a save then creates it). */
export async function readSidecarFile(file: string): Promise<SidecarSnapshot> {
  return snapshotOf(file, await readCurrent(file));
}

/**
 * Replaces `file` with `text` unless its content hash is no longer `expected` (null: no file). The
 * temporary file sits beside the target so the rename is atomic on the same file system; a reader
 * sees the old file or the new one, never half of either.
 */
async function replaceIfUnchanged(file: string, text: string, expected: string | null): Promise<boolean> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(file)).mode;
  } catch {
    mode = undefined;
  }
  const handle = await fs.open(temp, 'wx', mode === undefined ? 0o666 : mode & 0o777);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    // Check and rename in one synchronous step: no other code of this process can write the file
    // between them, and the window left to other processes is a few microseconds.
    let now: string | null;
    try {
      now = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      now = null;
    }
    if ((now === null ? null : sha256Hex(now)) !== expected) return false;
    renameSync(temp, file);
    return true;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/**
 * Saves `next` over the sidecar read as `snapshot`. Refuses (and writes nothing) when `next` does
 * not parse or the file on disk does not parse. When the file changed since it was read, `next` is
 * merged into the newer file by annotation id (see `mergeSidecar`: nothing is dropped) and saved.
 * I/O failures come back as a refused save with code `io`, never as an exception.
 */
export function saveSidecarFile(snapshot: SidecarSnapshot, next: string): Promise<SaveResult> {
  // Saves of one file from this process take turns, so a burst of them merges once each instead
  // of all racing for every round; other processes are still caught by the hash check.
  const key = path.resolve(snapshot.path);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(() => saveNow(snapshot, next));
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

const queues = new Map<string, Promise<void>>();

async function saveNow(snapshot: SidecarSnapshot, next: string): Promise<SaveResult> {
  const ours = parseSidecar(next);
  if (ours.broken) return { outcome: 'refused', error: SidecarError.from({ ...ours.problems[0], message: `refusing to write a sidecar that does not parse: ${ours.problems[0].message}` }, snapshot.path) };
  let base = { text: snapshot.text, hash: snapshot.hash };
  let candidate = next;
  let merged = false;
  const conflicts: string[] = [];
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await readCurrent(snapshot.path);
      const hash = current === null ? null : sha256Hex(current);
      if (current !== null && parseSidecar(current).broken) {
        return { outcome: 'refused', error: new SidecarError('conflict', 'the sidecar on disk does not parse; fix it first (it was left as it is)', snapshot.path) };
      }
      if (hash !== base.hash && current !== null) {
        const result = mergeSidecar(base.text ?? '', candidate, current);
        if (!result.ok) return { outcome: 'refused', error: SidecarError.from(result.problem, snapshot.path) };
        candidate = result.text;
        conflicts.push(...result.conflicts);
        base = { text: current, hash };
        merged = true;
      } else if (hash !== base.hash) {
        // Deleted or renamed away since it was read: write ours rather than lose it.
        base = { text: null, hash: null };
      }
      if (current === candidate) return { outcome: 'unchanged', text: candidate, conflicts };
      if (await replaceIfUnchanged(snapshot.path, candidate, base.hash)) return { outcome: merged ? 'merged' : 'written', text: candidate, conflicts };
    }
  } catch (error) {
    return { outcome: 'refused', error: new SidecarError('io', `cannot write: ${(error as Error).message}`, snapshot.path) };
  }
  return { outcome: 'refused', error: new SidecarError('conflict', 'the sidecar kept changing while being saved; nothing was written', snapshot.path) };
}
