import { existsSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';

/** Waits until `probe` returns a truthy value (polling), or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first workspace folder (a temp copy of the samples). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test workspace has no folder');
  return folder.uri;
}

/** Waits until the open document at `uri` has the language `languageId`. */
export async function waitForLanguage(uri: vscode.Uri, languageId: string, timeoutMs = 20_000): Promise<vscode.TextDocument> {
  return waitFor(`${uri.path.split('/').pop()} in ${languageId}`, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId), timeoutMs);
}

/** Opens a file of the test workspace in an editor. */
export async function openSample(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), name));
  return vscode.window.showTextDocument(doc);
}

/**
 * Lets the harness look at the live window: writes the "ready" file and waits for "go". Without the
 * harness variables (e.g. under @vscode/test-electron) it returns at once.
 */
export async function uiCheckpoint(): Promise<void> {
  const ready = process.env.BYLINE_TEST_READY;
  const go = process.env.BYLINE_TEST_GO;
  if (!ready || !go) return;
  writeFileSync(ready, 'ready');
  await waitFor('the harness to finish its UI checks', () => existsSync(go), 120_000);
}
