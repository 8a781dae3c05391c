import * as vscode from 'vscode';
import type { DocumentEntities } from './document-entities';

/** Opens a document and selects `[start, end)` in it, scrolling it into view. */
export async function revealRange(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
}

/** Command arguments arrive as JSON from hover links: check their shape before use. */
function parseUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value !== 'string') return undefined;
  try {
    return vscode.Uri.parse(value, true);
  } catch {
    return undefined;
  }
}

/**
 * `byline.openArticle(uri, entityKey?)`: opens an article, at the first mention of the entity when one
 * is named (hover links use it). `byline.revealMention(uri, start, end)`: selects a mention (tree rows).
 */
export function registerEntityCommands(entities: DocumentEntities): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('byline.openArticle', async (uriArg: unknown, keyArg?: unknown) => {
      const uri = parseUri(uriArg);
      if (!uri) return;
      const doc = await vscode.workspace.openTextDocument(uri);
      const group = typeof keyArg === 'string' ? entities.current(doc)?.groups.find((g) => g.key === keyArg) : undefined;
      const first = group?.mentions[0];
      if (first) await revealRange(uri, first.start, first.end);
      else await vscode.window.showTextDocument(doc, { preview: true });
    }),
    vscode.commands.registerCommand('byline.revealMention', async (uriArg: unknown, start: unknown, end: unknown) => {
      const uri = parseUri(uriArg);
      if (uri && typeof start === 'number' && typeof end === 'number') await revealRange(uri, start, end);
    }),
  );
}
