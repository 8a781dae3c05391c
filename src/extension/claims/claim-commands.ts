import * as vscode from 'vscode';
import type { Status } from '../../core/sidecar/sidecar-format';
import type { ClaimComments } from './claim-comments';
import type { ClaimsStore } from './claims-store';
import type { ClaimNode } from './claims-view';
import type { LabelSets } from './label-sets';
import { pickWithKeys } from './pick-with-keys';
import { clipLine } from '../../core/text/clip';

/** What a Claims view row (or a test) passes: the article and the claim's id. */
interface ClaimRef {
  article: string;
  id: string;
}

/**
 * The claim a command is about: the Claims view row or hover link that ran it, else the claim
 * under the cursor, else one the analyst picks among the current article's claims.
 */
async function refOf(arg: unknown, store: ClaimsStore): Promise<ClaimRef | undefined> {
  const node = arg as ClaimNode | undefined;
  if (node && (node as { kind?: string }).kind === 'claim' && 'claim' in node) return { article: node.article.toString(), id: node.claim.annotation.id };
  const a = arg as Partial<ClaimRef> | undefined;
  if (a && typeof a.article === 'string' && typeof a.id === 'string') return { article: a.article, id: a.id };
  const editor = vscode.window.activeTextEditor;
  const claims = editor && store.get(editor.document.uri);
  if (!editor || !claims || claims.anchored.length === 0) {
    void vscode.window.showInformationMessage('Byline: this article has no claims yet. Select words and run Tag Claim.');
    return undefined;
  }
  const article = editor.document.uri.toString();
  const offset = editor.document.offsetAt(editor.selection.active);
  const here = claims.anchored.find((c) => c.result.start !== null && c.result.start <= offset && offset <= c.result.end!);
  if (here) return { article, id: here.annotation.id };
  const picked = await vscode.window.showQuickPick(
    claims.anchored.map((c) => ({ label: `“${clipLine(c.annotation.quote, 70)}”`, description: `${c.annotation.label} · ${c.status}`, id: c.annotation.id })),
    { title: 'Which claim?' },
  );
  return picked && { article, id: picked.id };
}

/** Edit, change status, delete (with undo) and re-attach claims, from the Claims view or by command. */
export function registerClaimCommands(store: ClaimsStore, labels: LabelSets, comments: ClaimComments): vscode.Disposable {
  // The notification is not awaited, so the command finishes as soon as the sidecar is written.
  const offerUndo = (article: vscode.Uri, previous: string | undefined, what: string) => {
    if (previous === undefined) return;
    void vscode.window.showInformationMessage(`Byline: ${what}.`, 'Undo').then((choice) => (choice === 'Undo' ? store.restore(article, previous) : undefined));
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('byline.claim.setStatus', async (arg: unknown, given?: Status) => {
      const ref = await refOf(arg, store);
      if (!ref) return;
      const article = vscode.Uri.parse(ref.article);
      const current = store.get(article)?.anchored.find((a) => a.annotation.id === ref.id)?.status;
      const status = given ?? ((await pickWithKeys(labels.for(article).statuses, { title: 'Claim status', placeholder: 'Press a status\'s key, or pick one', current })) as Status | undefined);
      if (!status) return;
      offerUndo(article, await store.update(article, ref.id, { status }), `status set to ${status}`);
    }),
    vscode.commands.registerCommand('byline.claim.editNote', async (arg: unknown) => {
      const ref = await refOf(arg, store);
      if (!ref) return;
      const article = vscode.Uri.parse(ref.article);
      // In place when the claim is on the page; an orphan has no place, so a box asks instead.
      if (await comments.openEditor(article, ref.id)) return;
      const current = store.get(article)?.anchored.find((a) => a.annotation.id === ref.id)?.annotation.note ?? '';
      const note = await vscode.window.showInputBox({ title: 'Claim note (Markdown)', value: current.trimEnd() });
      if (note === undefined) return;
      await store.update(article, ref.id, { note });
    }),
    vscode.commands.registerCommand('byline.claim.delete', async (arg: unknown) => {
      const ref = await refOf(arg, store);
      if (!ref) return;
      const article = vscode.Uri.parse(ref.article);
      offerUndo(article, await store.update(article, ref.id, { remove: true }), 'claim deleted');
    }),
    vscode.commands.registerCommand('byline.claim.reattach', async (arg: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const orphans = editor ? (store.get(editor.document.uri)?.anchored ?? []).filter((a) => a.result.anchor === 'orphan') : [];
      // Without a row or link, the claim to re-attach is one of this article's orphans.
      const ref =
        arg === undefined && editor
          ? await vscode.window
              .showQuickPick(orphans.map((c) => ({ label: `“${clipLine(c.annotation.quote, 70)}”`, description: c.annotation.label, id: c.annotation.id })), { title: 'Re-attach which orphaned claim?' })
              .then((p) => p && { article: editor.document.uri.toString(), id: p.id })
          : await refOf(arg, store);
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
