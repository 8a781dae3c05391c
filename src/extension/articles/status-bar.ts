import * as vscode from 'vscode';
import type { Article } from '../../core/model/types';
import type { ArticleDocuments } from './article-documents';

/** `themoscowtimes.com · 2020-12-02` (a `~` marks an inferred date). */
export function statusText(article: Article): string {
  const date = article.published ? `${article.publishedInferred ? '~' : ''}${article.published}` : 'no date';
  return [article.outlet ?? 'unknown outlet', date].join(' · ');
}

/** Shows the active article's outlet and date in the status bar, and the `byline:isArticle` context key. */
export function registerStatusBar(articles: ArticleDocuments): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('byline.article', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Byline Article';
  item.command = 'byline.showArticleInfo';
  const update = () => {
    const article = articles.articleOf(vscode.window.activeTextEditor?.document);
    void vscode.commands.executeCommand('setContext', 'byline:isArticle', !!article);
    if (!article) {
      item.hide();
      return;
    }
    item.text = `$(book) ${statusText(article)}`;
    item.tooltip = new vscode.MarkdownString();
    item.tooltip.appendText(article.title?.text ?? 'Untitled article');
    item.tooltip.appendMarkdown('\n\nClick for what Byline parsed.');
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
    articles.onDidChangeSettings(update),
  );
}
