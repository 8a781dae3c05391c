import * as vscode from 'vscode';
import { type ClaimEntry, type ClaimGrouping, groupClaims, matchesClaimFilter, ORPHAN_GROUP } from '../../core/claims-view/claim-groups';
import type { AnchoredAnnotation } from '../../core/sidecar/reanchor';
import type { ClaimsStore } from './claims-store';
import type { LabelSets } from './label-sets';
import { clipLine } from '../../core/text/clip';

export type ClaimNode = Node;

type Node =
  | { kind: 'group'; id: string; label: string; items: Array<ClaimEntry<vscode.Uri>> }
  | { kind: 'claim'; id: string; article: vscode.Uri; claim: AnchoredAnnotation; parent: string };

type Scope = 'article' | 'workspace';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The Claims view: the claims of the current article or of the whole workspace, grouped by status
 * or by label (orphans first), filtered by text, with counts; selecting a claim reveals it.
 */
export function registerClaimsView(store: ClaimsStore, labels: LabelSets, context: vscode.ExtensionContext): vscode.Disposable {
  const changed = new vscode.EventEmitter<Node | undefined>();
  let scope: Scope = context.workspaceState.get<Scope>('byline.claims.scope', 'article');
  let grouping: ClaimGrouping = context.workspaceState.get<ClaimGrouping>('byline.claims.grouping', 'status');
  let filter = '';
  let current: vscode.Uri | undefined;

  const entries = (): Array<ClaimEntry<vscode.Uri>> => {
    const articles = scope === 'workspace' ? store.all() : current ? [store.get(current)].filter((c) => c !== undefined) : [];
    return articles
      .flatMap((c) => c.anchored.map((claim) => ({ article: c.article, articleName: vscode.workspace.asRelativePath(c.article), claim })))
      .filter((e) => matchesClaimFilter(e, filter));
  };
  const groups = (): Node[] => groupClaims(entries(), grouping, labels.labelOrder()).map((g) => ({ kind: 'group', ...g }));

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      if (!node) return groups();
      if (node.kind !== 'group') return [];
      return node.items.map(({ article, claim }) => ({ kind: 'claim', id: `${node.id}/${article.toString()}#${claim.annotation.id}`, article, claim, parent: node.id }));
    },
    getTreeItem(node) {
      if (node.kind === 'group') {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${scope}/${node.id}`;
        item.description = String(node.items.length);
        item.contextValue = node.id === ORPHAN_GROUP ? 'orphanGroup' : 'claimGroup';
        item.iconPath = new vscode.ThemeIcon(node.id === ORPHAN_GROUP ? 'warning' : grouping === 'status' ? 'pass' : 'tag');
        return item;
      }
      const { claim } = node;
      const a = claim.annotation;
      const item = new vscode.TreeItem(`“${clipLine(a.quote, 80)}”`, vscode.TreeItemCollapsibleState.None);
      item.id = `${scope}/${node.id}`;
      const other = grouping === 'status' ? a.label : claim.status;
      const changedWords = claim.result.anchor === 'fuzzy' ? ' · words changed' : '';
      item.description = scope === 'workspace' ? `${other}${changedWords} · ${vscode.workspace.asRelativePath(node.article)}` : `${other}${changedWords}`;
      const tip = new vscode.MarkdownString();
      tip.appendText(`${a.label} · ${claim.status} · ${claim.result.anchor}`);
      if (a.previousQuote) tip.appendMarkdown('\n\n').appendText(`Quoted before the article changed: “${clipLine(a.previousQuote, 200)}”`);
      if (a.note) tip.appendMarkdown('\n\n').appendText(a.note);
      item.tooltip = tip;
      item.contextValue = claim.result.anchor === 'orphan' ? 'orphan' : 'claim';
      item.iconPath = new vscode.ThemeIcon(claim.result.anchor === 'orphan' ? 'debug-disconnect' : a.note ? 'comment' : 'comment-draft');
      if (claim.result.start !== null) {
        item.command = { command: 'byline.revealMention', title: 'Reveal Claim', arguments: [node.article.toString(), claim.result.start, claim.result.end] };
      }
      return item;
    },
  };
  const view = vscode.window.createTreeView('byline.claims', { treeDataProvider: provider, showCollapseAll: true });

  let pending: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    const shown = entries().length;
    const where = scope === 'workspace' ? 'workspace' : current ? vscode.workspace.asRelativePath(current) : 'no article';
    view.description = `${plural(shown, 'claim')} · ${where}${filter ? ` · “${filter}”` : ''}`;
    void vscode.commands.executeCommand('setContext', 'byline:hasOrphans', store.all().some((c) => c.anchored.some((x) => x.result.anchor === 'orphan')));
    void vscode.commands.executeCommand('setContext', 'byline:articleHasClaims', !!current && (store.get(current)?.anchored.length ?? 0) > 0);
    void vscode.commands.executeCommand('setContext', 'byline:claimsScope', scope);
    void vscode.commands.executeCommand('setContext', 'byline:claimsGrouping', grouping);
    void vscode.commands.executeCommand('setContext', 'byline:claimsFiltered', filter !== '');
    void vscode.commands.executeCommand('setContext', 'byline:claimsEmpty', shown === 0 && !filter);
    changed.fire(undefined);
  };
  // Typing moves anchors on every keystroke; the tree needs far fewer repaints than that.
  const scheduleRefresh = () => {
    clearTimeout(pending);
    pending = setTimeout(refresh, 150);
  };
  const follow = (editor: vscode.TextEditor | undefined) => {
    if (!editor || editor.document.uri.scheme === 'output') return;
    current = editor.document.uri;
    scheduleRefresh();
  };
  follow(vscode.window.activeTextEditor);
  const setScope = (next: Scope) => {
    scope = next;
    void context.workspaceState.update('byline.claims.scope', next);
    if (next === 'workspace') void store.loadWorkspace().then(refresh);
    refresh();
  };
  const setGrouping = (next: ClaimGrouping) => {
    grouping = next;
    void context.workspaceState.update('byline.claims.grouping', next);
    refresh();
  };
  if (scope === 'workspace') setScope('workspace');
  else refresh();

  return vscode.Disposable.from(
    changed,
    view,
    { dispose: () => clearTimeout(pending) },
    store.onDidChange(scheduleRefresh),
    labels.onDidChange(scheduleRefresh),
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.commands.registerCommand('byline.claims.scopeWorkspace', () => setScope('workspace')),
    vscode.commands.registerCommand('byline.claims.scopeArticle', () => setScope('article')),
    vscode.commands.registerCommand('byline.claims.groupByLabel', () => setGrouping('label')),
    vscode.commands.registerCommand('byline.claims.groupByStatus', () => setGrouping('status')),
    vscode.commands.registerCommand('byline.claims.filter', async (given?: string) => {
      const value = given ?? (await vscode.window.showInputBox({ title: 'Filter claims', prompt: 'Words to find in quotes, notes, labels, statuses, speakers, tags, sources or file names', value: filter }));
      if (value === undefined) return;
      filter = value.trim();
      refresh();
    }),
    vscode.commands.registerCommand('byline.claims.clearFilter', () => {
      filter = '';
      refresh();
    }),
  );
}
