import * as vscode from 'vscode';
import type { EntitySort } from '../../core/entities-view/entity-groups';
import type { ArticleDocuments } from '../articles/article-documents';
import type { DocumentEntities } from '../entities/document-entities';
import type { WorkspaceMentions } from '../entities/workspace-mentions';
import { EntitiesTreeProvider } from './entities-tree';
import type { EntityScope } from './entity-nodes';

export const ENTITIES_VIEW_ID = 'byline.entities';

/**
 * The Entities sidebar: the active article's (or every open article's) entities by category, with
 * scope, sort and filter commands in its title bar and `byline.revealEntity` for hover links.
 */
export function registerEntitiesView(articles: ArticleDocuments, entities: DocumentEntities, mentions: WorkspaceMentions): vscode.Disposable {
  const provider = new EntitiesTreeProvider(entities, mentions);
  const view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  const setContext = (key: string, value: unknown) => void vscode.commands.executeCommand('setContext', key, value);

  /** Title-bar state: scope and filter in the description, the reason for an empty list in the message. */
  const updateChrome = () => {
    const where = provider.scope === 'workspace' ? mentions.coverage : provider.document ? vscode.workspace.asRelativePath(provider.document.uri) : '';
    view.description = provider.filter ? `${where} · “${provider.filter}”` : where;
    const hasArticle = provider.scope === 'workspace' || !!provider.document;
    setContext('byline:entitiesHasArticle', hasArticle);
    setContext('byline:entitiesScope', provider.scope);
    setContext('byline:entitiesSort', provider.sort);
    setContext('byline:entitiesFiltered', !!provider.filter);
  };

  const refresh = () => {
    provider.refresh();
    updateChrome();
  };

  // The message depends on what the provider found, so it is set after each root build.
  const updateMessage = () => {
    if (provider.scope === 'article' && provider.document && !provider.hasEntities) {
      view.message = 'No people, places, organisations or dates found in this article.';
    } else if (provider.hasEntities && provider.rootCount === 0) {
      view.message = `No entities match “${provider.filter}”.`;
    } else {
      view.message = undefined;
    }
  };

  /** Follows the active editor; a non-text panel taking focus keeps the last article listed. */
  const followEditor = (editor: vscode.TextEditor | undefined) => {
    // The Output panel is a text editor too; it must not empty the view.
    if (!editor || editor.document.uri.scheme === 'output') return;
    const doc = editor.document;
    const next = articles.articleOf(doc) ? doc : undefined;
    if (next === provider.document) return;
    provider.document = next;
    if (provider.scope === 'article') refresh();
    else updateChrome();
  };

  const setScope = (scope: EntityScope) => {
    provider.scope = scope;
    refresh();
  };
  const setSort = (sort: EntitySort) => {
    provider.sort = sort;
    refresh();
  };

  followEditor(vscode.window.activeTextEditor);
  updateChrome();

  return vscode.Disposable.from(
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor(followEditor),
    // Language assignment reopens the document; detection may also flip while typing.
    vscode.workspace.onDidOpenTextDocument(() => followEditor(vscode.window.activeTextEditor)),
    articles.onDidChangeSettings(() => followEditor(vscode.window.activeTextEditor)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc !== provider.document) return;
      provider.document = undefined;
      if (provider.scope === 'article') refresh();
    }),
    entities.onDidChange((doc) => {
      if (provider.scope !== 'article') return;
      if (doc.uri.toString() === provider.document?.uri.toString()) {
        if (!entities.peek(doc)?.isArticle) provider.document = undefined;
        refresh();
      } else if (!provider.document && doc === vscode.window.activeTextEditor?.document) {
        followEditor(vscode.window.activeTextEditor);
      }
    }),
    entities.onDidReset(() => provider.scope === 'article' && refresh()),
    mentions.onDidChange(() => provider.scope === 'workspace' && refresh()),
    provider.onDidBuildRoots(updateMessage),
    vscode.commands.registerCommand('byline.entities.scopeWorkspace', () => setScope('workspace')),
    vscode.commands.registerCommand('byline.entities.scopeArticle', () => setScope('article')),
    vscode.commands.registerCommand('byline.entities.sortByName', () => setSort('name')),
    vscode.commands.registerCommand('byline.entities.sortByCount', () => setSort('count')),
    vscode.commands.registerCommand('byline.entities.filter', async () => {
      const value = await vscode.window.showInputBox({
        title: 'Filter Entities',
        prompt: 'Show entities whose name or wording contains this text',
        value: provider.filter,
        placeHolder: 'e.g. Putin',
      });
      if (value === undefined) return;
      provider.filter = value.trim();
      refresh();
    }),
    vscode.commands.registerCommand('byline.entities.clearFilter', () => {
      provider.filter = '';
      refresh();
    }),
    vscode.commands.registerCommand('byline.revealEntity', async (uriArg: unknown, keyArg: unknown) => {
      if (typeof keyArg !== 'string') return;
      if (provider.scope === 'article' && typeof uriArg === 'string' && uriArg !== provider.document?.uri.toString()) {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriArg);
        if (doc && articles.articleOf(doc)) provider.document = doc;
      }
      let node = await provider.findEntity(keyArg);
      if (!node && provider.filter) {
        provider.filter = '';
        refresh();
        node = await provider.findEntity(keyArg);
      }
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
    }),
  );
}
