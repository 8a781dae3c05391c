import * as vscode from 'vscode';
import { labelFor } from '../../core/annotations/labels';
import type { Status } from '../../core/sidecar/sidecar-format';
import type { ArticleDocuments } from '../articles/article-documents';
import type { ClaimsStore } from './claims-store';
import type { LabelSets } from './label-sets';

/** Colours by verdict, as theme colour ids so themes can override them. */
const STATUS_COLORS: Record<Status, string> = {
  unverified: 'byline.claimUnverified',
  verified: 'byline.claimVerified',
  disputed: 'byline.claimDisputed',
  false: 'byline.claimFalse',
  misleading: 'byline.claimMisleading',
  'needs-recheck': 'byline.claimNeedsRecheck',
};

/** Label tints are faint so entity highlights and the text stay readable under them. */
const LABEL_TINT_ALPHA = '2e';

/**
 * Claims drawn in the editor: a border coloured by status (with a ruler mark and a gutter dot) over
 * a faint tint in the label's colour from the workspace's labels file. Repainted on every change of
 * the store, which follows typing without re-reading anything.
 */
export function registerClaimDecorations(store: ClaimsStore, articles: ArticleDocuments, labels: LabelSets, context: vscode.ExtensionContext): vscode.Disposable {
  const statusTypes = new Map<Status, vscode.TextEditorDecorationType>();
  for (const [status, color] of Object.entries(STATUS_COLORS) as Array<[Status, string]>) {
    statusTypes.set(
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
  // One type per colour in use; kept for the session (a handful at most).
  const tintTypes = new Map<string, vscode.TextEditorDecorationType>();
  const tint = (color: string) => {
    let type = tintTypes.get(color);
    if (!type) {
      const hex = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color.slice(0, 7);
      type = vscode.window.createTextEditorDecorationType({ backgroundColor: `${hex}${LABEL_TINT_ALPHA}` });
      tintTypes.set(color, type);
    }
    return type;
  };

  const paint = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    const claims = (store.get(doc.uri)?.anchored ?? []).filter((a) => a.result.start !== null);
    const range = (start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    for (const [status, type] of statusTypes) {
      editor.setDecorations(
        type,
        claims.filter((a) => a.status === status).map((a) => range(a.result.start!, a.result.end!)),
      );
    }
    const set = labels.for(doc.uri);
    const byColor = new Map<string, vscode.Range[]>();
    for (const a of claims) {
      const color = labelFor(set, a.annotation.label).color;
      byColor.set(color, [...(byColor.get(color) ?? []), range(a.result.start!, a.result.end!)]);
    }
    for (const [color, type] of tintTypes) if (!byColor.has(color)) editor.setDecorations(type, []);
    for (const [color, ranges] of byColor) editor.setDecorations(tint(color), ranges);
  };
  const loadAndPaint = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !articles.articleOf(editor.document)) return;
    if (!store.get(editor.document.uri)) await store.load(editor.document.uri);
    paint(editor);
  };
  for (const e of vscode.window.visibleTextEditors) void loadAndPaint(e);
  return vscode.Disposable.from(
    ...statusTypes.values(),
    { dispose: () => tintTypes.forEach((t) => t.dispose()) },
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void loadAndPaint(e))),
    store.onDidChange((uri) => vscode.window.visibleTextEditors.filter((e) => !uri || e.document.uri.toString() === uri.toString()).forEach(paint)),
    labels.onDidChange(() => vscode.window.visibleTextEditors.forEach(paint)),
  );
}
