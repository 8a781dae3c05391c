import * as vscode from 'vscode';
import type { Status } from '../../core/sidecar/sidecar-format';
import type { ArticleDocuments } from '../articles/article-documents';
import type { ClaimsStore } from './claims-store';
import type { LabelSets } from './label-sets';
import { pickWithKeys } from './pick-with-keys';

/** Arguments for running the command without prompts (keybindings, tests). */
interface TagArgs {
  label?: string;
  status?: Status;
  note?: string;
  source?: string;
  speaker?: string;
}

/** `Byline: Tag Claim`: label the selection, optionally with a status, note, source and speaker. */
export function registerTagClaim(store: ClaimsStore, articles: ArticleDocuments, labels: LabelSets): vscode.Disposable {
  return vscode.commands.registerCommand('byline.tagClaim', async (args?: TagArgs) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty || !articles.articleOf(editor.document)) {
      void vscode.window.showInformationMessage('Byline: select the words of a claim in an article first.');
      return undefined;
    }
    const selection = editor.selection;
    const set = labels.for(editor.document.uri);
    const label = args?.label ?? (await pickWithKeys(set.labels, { title: 'Tag claim: label', placeholder: 'Press a label\'s key, or pick one' }));
    if (!label) return undefined;
    // With arguments nothing is asked: what is not given takes its default.
    const status =
      args?.status ??
      (args ? undefined : ((await pickWithKeys(set.statuses, { title: 'Tag claim: status', placeholder: 'Press a status\'s key, or Enter for unverified', current: 'unverified' })) as Status | undefined)) ??
      'unverified';
    const note = args?.note ?? (args ? undefined : await vscode.window.showInputBox({ title: 'Tag claim: note (Markdown, optional)' }));
    const source = args?.source ?? (args ? undefined : await vscode.window.showInputBox({ title: 'Tag claim: source URL (optional)' }));
    const speaker = args?.speaker ?? (args ? undefined : await vscode.window.showInputBox({ title: 'Tag claim: speaker (optional)' }));
    const doc = editor.document;
    return store.tag(doc, {
      label,
      status,
      start: doc.offsetAt(selection.start),
      end: doc.offsetAt(selection.end),
      note: note || undefined,
      sources: source ? [source] : undefined,
      speaker: speaker || undefined,
    });
  });
}
