import * as vscode from 'vscode';
import { STATUSES } from '../../core/sidecar/sidecar-format';
import type { AnchoredAnnotation } from '../../core/sidecar/reanchor';
import type { ClaimsStore } from './claims-store';

export type ClaimNode = Node;

type Node =
  | { kind: 'group'; id: string; label: string; items: Array<{ article: vscode.Uri; claim: AnchoredAnnotation }> }
  | { kind: 'claim'; id: string; article: vscode.Uri; claim: AnchoredAnnotation; parent: string };

function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The Claims view: annotations of all loaded articles, grouped by status, orphans apart. */
export function registerClaimsView(store: ClaimsStore): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const groups = (): Node[] => {
    const all = store.all().flatMap((c) => c.anchored.map((claim) => ({ article: c.article, claim })));
    const out: Node[] = [];
    const orphans = all.filter((x) => x.claim.result.anchor === 'orphan');
    if (orphans.length) out.push({ kind: 'group', id: 'orphan', label: 'Orphans', items: orphans });
    for (const status of STATUSES) {
      const items = all.filter((x) => x.claim.status === status && x.claim.result.anchor !== 'orphan');
      if (items.length) out.push({ kind: 'group', id: status, label: status, items });
    }
    return out;
  };
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
        item.id = node.id;
        item.description = String(node.items.length);
        item.contextValue = node.id === 'orphan' ? 'orphanGroup' : 'statusGroup';
        return item;
      }
      const { claim } = node;
      const item = new vscode.TreeItem(`“${clip(claim.annotation.quote)}”`, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = `${claim.annotation.label} · ${node.article.path.split('/').pop()}`;
      item.tooltip = new vscode.MarkdownString().appendText(`${claim.annotation.label} · ${claim.status} · ${claim.result.anchor}${claim.annotation.note ? `\n\n${claim.annotation.note}` : ''}`);
      item.contextValue = claim.result.anchor === 'orphan' ? 'orphan' : 'claim';
      item.iconPath = new vscode.ThemeIcon(claim.result.anchor === 'orphan' ? 'debug-disconnect' : 'comment');
      if (claim.result.start !== null) {
        item.command = { command: 'byline.revealMention', title: 'Reveal Claim', arguments: [node.article.toString(), claim.result.start, claim.result.end] };
      }
      return item;
    },
  };
  const view = vscode.window.createTreeView('byline.claims', { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const count = store.all().reduce((n, c) => n + c.anchored.length, 0);
    view.description = count ? `${count} claim${count === 1 ? '' : 's'}` : undefined;
    void vscode.commands.executeCommand('setContext', 'byline:hasOrphans', store.all().some((c) => c.anchored.some((a) => a.result.anchor === 'orphan')));
    changed.fire();
  };
  return vscode.Disposable.from(changed, view, store.onDidChange(update));
}
