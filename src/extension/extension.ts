import type * as vscode from 'vscode';
import { ArticleDocuments } from './articles/article-documents';
import { registerLanguageAssignment } from './articles/language-assignment';
import { registerShowArticleInfo } from './articles/show-article-info';
import { registerStatusBar } from './articles/status-bar';
import { registerEntityFeatures } from './entities/register-entities';
import { registerOutline } from './outline/outline';

/** Byline's entry point: builds the shared services and registers each feature. */
export function activate(context: vscode.ExtensionContext): void {
  const articles = new ArticleDocuments();
  context.subscriptions.push(
    articles,
    registerLanguageAssignment(articles),
    registerStatusBar(articles),
    registerShowArticleInfo(articles),
    registerEntityFeatures(articles),
    registerOutline(articles),
  );
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
