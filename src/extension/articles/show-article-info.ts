import * as vscode from 'vscode';
import { articleReport } from '../../core/article/article-report';
import type { ArticleDocuments } from './article-documents';

const SCHEME = 'byline-info';

/** `Byline: Show Article Info`: shows a rendered report of what was parsed, beside the article. */
export function registerShowArticleInfo(articles: ArticleDocuments): vscode.Disposable {
  const reports = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = { provideTextDocumentContent: (uri) => reports.get(uri.toString()) ?? '' };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand('byline.showArticleInfo', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      const entry = doc && articles.get(doc);
      if (!doc || !entry) {
        void vscode.window.showInformationMessage('Byline: open a plain-text or Markdown article first.');
        return;
      }
      const label = vscode.workspace.asRelativePath(doc.uri);
      const reportUri = vscode.Uri.from({ scheme: SCHEME, path: `/${doc.uri.path.split('/').pop()} (article info).md` });
      reports.set(reportUri.toString(), articleReport(entry.article, label));
      const reportDoc = await vscode.workspace.openTextDocument(reportUri);
      // Rendered, so values read as they are (the report escapes Markdown in article text); the
      // source is the fallback where the Markdown preview is not available.
      try {
        await vscode.commands.executeCommand('markdown.showPreviewToSide', reportUri);
      } catch {
        await vscode.window.showTextDocument(reportDoc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      }
    }),
  );
}
