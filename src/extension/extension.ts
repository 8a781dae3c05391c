import type * as vscode from 'vscode';
import { ArticleDocuments } from './articles/article-documents';
import { registerLanguageAssignment } from './articles/language-assignment';
import { registerShowArticleInfo } from './articles/show-article-info';
import { registerStatusBar } from './articles/status-bar';
import { registerClaims } from './claims/register-claims';
import { CorrectionsStore } from './corrections/corrections-store';
import { mentionsFromIndex } from './entities/index-mentions';
import { registerEntityFeatures } from './entities/register-entities';
import { createWorkspaceIndex } from './index/register-workspace-index';
import { registerOutline } from './outline/outline';

/** Byline's entry point: builds the shared services and registers each feature. */
export function activate(context: vscode.ExtensionContext): void {
  const articles = new ArticleDocuments();
  const corrections = new CorrectionsStore();
  void corrections.load();
  const workspace = createWorkspaceIndex(context);
  context.subscriptions.push(
    articles,
    corrections,
    workspace.disposable,
    registerLanguageAssignment(articles),
    registerStatusBar(articles),
    registerShowArticleInfo(articles),
    registerEntityFeatures(articles, { corrections, workspaceMentions: mentionsFromIndex(workspace.index) }),
    registerOutline(articles),
    registerClaims(articles, context),
  );
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
