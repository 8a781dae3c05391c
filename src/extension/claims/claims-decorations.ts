import * as vscode from 'vscode';
import type { Status } from '../../core/sidecar/sidecar-format';
import type { ArticleDocuments } from '../articles/article-documents';
import type { ClaimsStore } from './claims-store';

/** Colours by verdict, as theme colour ids so themes can override them. */
const STATUS_COLORS: Record<Status, string> = {
  unverified: 'byline.claimUnverified',
  verified: 'byline.claimVerified',
  disputed: 'byline.claimDisputed',
  false: 'byline.claimFalse',
  misleading: 'byline.claimMisleading',
  'needs-recheck': 'byline.claimNeedsRecheck',
};

/** Claims drawn in the editor: a bordered span coloured by status, a ruler mark and a gutter dot. */
export function registerClaimDecorations(store: ClaimsStore, articles: ArticleDocuments, context: vscode.ExtensionContext): vscode.Disposable {
  const types = new Map<Status, vscode.TextEditorDecorationType>();
  for (const [status, color] of Object.entries(STATUS_COLORS) as Array<[Status, string]>) {
    types.set(
      status,
      vscode.window.createTextEditorDecorationType({
        border: '1px solid',
        borderColor: new vscode.ThemeColor(color),
        borderRadius: '2px',
        overviewRulerColor: new vscode.ThemeColor(color),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        gutterIconPath: vscode.Uri.joinPath(context.extensionUri, 'media', 'claim.svg'),
        gutterIconSize: '70%',
      }),
    );
  }
  const paint = (editor: vscode.TextEditor) => {
    const claims = store.get(editor.document.uri);
    for (const [status, type] of types) {
      const ranges = (claims?.anchored ?? [])
        .filter((a) => a.status === status && a.result.start !== null)
        .map((a) => {
          const hover = new vscode.MarkdownString();
          hover.appendText(`${a.annotation.label} · ${a.status}${a.result.anchor === 'fuzzy' ? ' · the quoted words changed' : ''}`);
          if (a.annotation.note) hover.appendMarkdown('\n\n').appendText(a.annotation.note);
          return { range: new vscode.Range(editor.document.positionAt(a.result.start!), editor.document.positionAt(a.result.end!)), hoverMessage: hover };
        });
      editor.setDecorations(type, ranges);
    }
  };
  const loadAndPaint = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !articles.articleOf(editor.document)) return;
    if (!store.get(editor.document.uri)) await store.load(editor.document.uri);
    paint(editor);
  };
  for (const e of vscode.window.visibleTextEditors) void loadAndPaint(e);
  return vscode.Disposable.from(
    ...types.values(),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void loadAndPaint(e))),
    store.onDidChange((uri) => vscode.window.visibleTextEditors.filter((e) => !uri || e.document.uri.toString() === uri.toString()).forEach(paint)),
  );
}
