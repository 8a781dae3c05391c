import * as vscode from 'vscode';
import { defaultModelId } from '../../core/ner/default-tagger';
import { WorkspaceIndex } from './workspace-index';
import { registerWorkspaceSymbols } from './workspace-symbols';

/**
 * Indexing starts this long after activation: the article that activated Byline is on screen with its
 * highlights by then, and a warm start from the cache is ready soon after.
 */
const START_DELAY_MS = 500;

/**
 * Creates the workspace index, starts it in the background shortly after activation, and registers
 * what is built on it directly: workspace symbols and `Byline: Re-index Workspace`.
 */
export function createWorkspaceIndex(context: vscode.ExtensionContext): { index: WorkspaceIndex; disposable: vscode.Disposable } {
  const version = String((context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '0');
  const index = new WorkspaceIndex(context, () => `${version}:${defaultModelId()}`);
  const timer = setTimeout(() => void index.start(), START_DELAY_MS);
  const disposable = vscode.Disposable.from(
    { dispose: () => clearTimeout(timer) },
    index,
    registerWorkspaceSymbols(index),
    vscode.commands.registerCommand('byline.reindexWorkspace', async () => {
      await index.reindex();
    }),
  );
  return { index, disposable };
}
