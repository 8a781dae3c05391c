import { promises as fs, statSync } from 'node:fs';
import { decodeText } from '../../text/decode';
import type { IndexFileSystem } from '../index-updater';

/** Reads a file as article text, or says in a few words why it cannot be. */
export async function readTextFile(file: string): Promise<{ text: string } | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : 'cannot be read' };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { text: decoded.text } : { error: decoded.message };
}

/** The index updater's view of the local disk (the CLI's, and the extension's for local folders). */
export const nodeIndexFileSystem: IndexFileSystem = {
  // A synchronous stat takes microseconds from the page cache; 10,000 of them through the
  // thread pool cost more in round trips than in work.
  async stat(file) {
    try {
      const s = statSync(file, { throwIfNoEntry: false });
      return s?.isFile() ? { mtime: s.mtimeMs, size: s.size } : undefined;
    } catch {
      return undefined;
    }
  },
  read: readTextFile,
};
