import * as vscode from 'vscode';
import { readSidecarFile, type SaveResult, saveSidecarFile, type SidecarSnapshot, snapshotOf } from '../../core/sidecar/node-store';
import { SidecarError } from '../../core/sidecar/sidecar-format';

/**
 * Reads and saves sidecars. On disk (`file:`), saves are atomic and merge by annotation id when the
 * file changed since it was read (git, another editor, a hand edit); other file systems go through
 * VS Code's and only check the file is unchanged before writing.
 */
export async function readSidecar(uri: vscode.Uri): Promise<SidecarSnapshot> {
  if (uri.scheme === 'file') return readSidecarFile(uri.fsPath);
  try {
    return snapshotOf(uri.toString(), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch {
    return snapshotOf(uri.toString(), null);
  }
}

/** Saves `next` over the sidecar read as `snapshot`; a refusal comes back as data, never thrown. */
export async function saveSidecar(uri: vscode.Uri, snapshot: SidecarSnapshot, next: string): Promise<SaveResult> {
  if (uri.scheme === 'file') return saveSidecarFile(snapshot, next);
  const now = await readSidecar(uri);
  if (now.hash !== snapshot.hash) return { outcome: 'refused', error: new SidecarError('conflict', 'the sidecar changed meanwhile; nothing was written, try again', uri.toString()) };
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(next));
  } catch (error) {
    return { outcome: 'refused', error: new SidecarError('io', `cannot write: ${(error as Error).message}`, uri.toString()) };
  }
  return { outcome: 'written', text: next, conflicts: [] };
}
