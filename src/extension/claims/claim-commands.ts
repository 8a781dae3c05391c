import * as vscode from 'vscode';
import { type Status, STATUSES } from '../../core/sidecar/sidecar-format';
import type { ClaimsStore } from './claims-store';
import type { ClaimNode } from './claims-view';

/** What a Claims view row (or a test) passes: the article and the claim's id. */
interface ClaimRef {
  article: string;
  id: string;
}

function refOf(arg: unknown): ClaimRef | undefined {
  // From the Claims view's row menu the argument is the row itself.
  const node = arg as ClaimNode | undefined;
  if (node && (node as { kind?: string }).kind === 'claim' && 'claim' in node) return { article: node.article.toString(), id: node.claim.annotation.id };
  const a = arg as Partial<ClaimRef> | undefined;
  return a && typeof a.article === 'string' && typeof a.id === 'string' ? { article: a.article, id: a.id } : undefined;
}

/** Edit, change status, delete (with undo) and re-attach claims, from the Claims view or by command. */
export function registerClaimCommands(store: ClaimsStore): vscode.Disposable {
  // The notification is not awaited, so the command finishes as soon as the sidecar is written.
  const offerUndo = (article: vscode.Uri, previous: string | undefined, what: string) => {
    if (previous === undefined) return;
    void vscode.window.showInformationMessage(`Byline: ${what}.`, 'Undo').then((choice) => (choice === 'Undo' ? store.restore(article, previous) : undefined));
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('byline.claim.setStatus', async (arg: unknown, given?: Status) => {
      const ref = refOf(arg);
      if (!ref) return;
      const status = given ?? ((await vscode.window.showQuickPick([...STATUSES], { title: 'Claim status' })) as Status | undefined);
      if (!status) return;
      const article = vscode.Uri.parse(ref.article);
      offerUndo(article, await store.update(article, ref.id, { status }), `status set to ${status}`);
    }),
    vscode.commands.registerCommand('byline.claim.editNote', async (arg: unknown) => {
      const ref = refOf(arg);
      if (!ref) return;
      const article = vscode.Uri.parse(ref.article);
      const current = store.get(article)?.anchored.find((a) => a.annotation.id === ref.id)?.annotation.note ?? '';
      const note = await vscode.window.showInputBox({ title: 'Claim note (Markdown)', value: current.trimEnd() });
      if (note === undefined) return;
      await store.update(article, ref.id, { note });
    }),
    vscode.commands.registerCommand('byline.claim.delete', async (arg: unknown) => {
      const ref = refOf(arg);
      if (!ref) return;
      const article = vscode.Uri.parse(ref.article);
      offerUndo(article, await store.update(article, ref.id, { remove: true }), 'claim deleted');
    }),
    vscode.commands.registerCommand('byline.claim.reattach', async (arg: unknown) => {
      const ref = refOf(arg);
      const editor = vscode.window.activeTextEditor;
      if (!ref || !editor || editor.selection.isEmpty || editor.document.uri.toString() !== ref.article) {
        void vscode.window.showInformationMessage('Byline: open the article, select the words the claim belongs to, then re-attach it.');
        return;
      }
      const doc = editor.document;
      const article = doc.uri;
      offerUndo(article, await store.update(article, ref.id, { anchor: { articleText: doc.getText(), start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) } }), 'claim re-attached');
    }),
  );
}
