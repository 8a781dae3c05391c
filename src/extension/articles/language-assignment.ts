import * as vscode from 'vscode';
import { type ArticleDocuments, NEWS_ARTICLE_LANGUAGE } from './article-documents';

/**
 * Gives detected plain-text articles the `news-article` language (and takes it back when detection is
 * turned off). Markdown articles keep `markdown` so its preview and tools stay; they get Byline's
 * scopes through the injection grammar instead.
 */
export function registerLanguageAssignment(articles: ArticleDocuments): vscode.Disposable {
  const update = async (doc: vscode.TextDocument) => {
    const isText = doc.uri.path.toLowerCase().endsWith('.txt') || doc.uri.path.toLowerCase().endsWith('.text');
    if (!isText) return;
    const entry = articles.get(doc);
    if (!entry) return;
    if (entry.isArticle && doc.languageId === 'plaintext') {
      await vscode.languages.setTextDocumentLanguage(doc, NEWS_ARTICLE_LANGUAGE);
    } else if (!entry.isArticle && doc.languageId === NEWS_ARTICLE_LANGUAGE) {
      await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    }
  };
  const updateAll = () => vscode.workspace.textDocuments.forEach((doc) => void update(doc));
  updateAll();
  return vscode.Disposable.from(
    // After the event that opened it: its editor's highlights go to the window first, and the
    // language switch (which re-colours the whole text) follows them.
    vscode.workspace.onDidOpenTextDocument((doc) => void setTimeout(() => void update(doc), 0)),
    articles.onDidChangeSettings(updateAll),
  );
}
