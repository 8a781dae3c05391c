import * as vscode from 'vscode';
import { describeDate } from '../../core/dates/describe-date';
import { categoryLabel, ENTITY_TYPES, type EntityGroup, type EntitySort, filterGroups, sortGroups } from '../../core/entities-view/entity-groups';
import { lineContext } from '../../core/entities-view/line-context';
import type { EntitySummary } from '../../core/entities-view/workspace-summary';
import type { Entity, EntityType } from '../../core/model/types';
import { escapeHoverText } from '../../core/entities-view/hover-content';
import type { DocumentEntities } from '../entities/document-entities';
import type { WorkspaceMentions } from '../entities/workspace-mentions';
import { type EntityNode, type EntityScope, nodeIds } from './entity-nodes';

const ICONS: Record<EntityType, string> = { person: 'person', place: 'location', organization: 'organization', date: 'calendar' };

/** One listed entity, from either scope. */
interface Listed {
  key: string;
  type: EntityType;
  name: string;
  value?: string;
  forms: string[];
  count: number;
  /** Article scope: the mentions. */
  mentions?: Entity[];
  /** Workspace scope: the entity across articles (its article list is read only when needed). */
  workspace?: EntitySummary;
}

/** Tree data for the Entities view in either scope; the view module owns commands and state changes. */
export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private nodes = new Map<string, EntityNode>();
  private listed = new Map<string, Listed>();
  private byType = new Map<EntityType, Listed[]>();
  private readonly _onDidBuildRoots = new vscode.EventEmitter<void>();
  /** Fires after the top level was rebuilt, when `hasEntities` and `rootCount` are current. */
  readonly onDidBuildRoots = this._onDidBuildRoots.event;
  /** Whether the last root build had anything to show before filtering. */
  hasEntities = false;
  /** Categories shown after filtering. */
  rootCount = 0;

  scope: EntityScope = 'article';
  sort: EntitySort = 'count';
  filter = '';
  /** The article listed in article scope. */
  document: vscode.TextDocument | undefined;

  constructor(private readonly entities: DocumentEntities, private readonly mentions: WorkspaceMentions) {}

  refresh(): void {
    this._onDidChangeTreeData.fire(undefined);
  }

  getParent(node: EntityNode): EntityNode | undefined {
    return node.parentId === undefined ? undefined : this.nodes.get(node.parentId);
  }

  /** The entity row with this key, building the root first if needed (for `reveal`). */
  async findEntity(key: string): Promise<EntityNode | undefined> {
    await this.getChildren(undefined);
    const node = this.nodes.get(nodeIds.entity(this.scope, key));
    if (node) return node;
    // Built lazily under its category: build that level.
    const listed = this.listed.get(key);
    const category = listed && this.nodes.get(nodeIds.category(this.scope, listed.type));
    if (category) await this.getChildren(category);
    return this.nodes.get(nodeIds.entity(this.scope, key));
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'category':
        return sortGroups(this.byType.get(node.type) ?? [], this.sort, (l) => l.count).map((l) =>
          this.remember({ kind: 'entity', id: nodeIds.entity(this.scope, l.key), parentId: node.id, type: l.type, key: l.key }),
        );
      case 'entity': {
        const listed = this.listed.get(node.key);
        if (!listed) return [];
        if (listed.mentions && this.document) return this.mentionNodes(node.id, this.document, listed.mentions);
        return (listed.workspace?.articles ?? []).map((a) =>
          this.remember({ kind: 'article', id: nodeIds.article(node.key, a.uri), parentId: node.id, key: node.key, uri: a.uri, count: a.count }),
        );
      }
      case 'article': {
        let doc: vscode.TextDocument;
        try {
          doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.uri, true));
        } catch {
          return [];
        }
        const group = this.entities.current(doc)?.groups.find((g) => g.key === node.key);
        return group ? this.mentionNodes(node.id, doc, group.mentions) : [];
      }
      case 'mention':
        return [];
    }
  }

  private roots(): EntityNode[] {
    this.nodes = new Map();
    this.listed = new Map();
    this.byType = new Map();
    const all = this.scope === 'article' ? this.articleEntities() : this.workspaceEntities();
    this.hasEntities = all.length > 0;
    for (const l of filterGroups(all, this.filter)) {
      this.listed.set(l.key, l);
      const list = this.byType.get(l.type) ?? [];
      list.push(l);
      this.byType.set(l.type, list);
    }
    const roots = ENTITY_TYPES.filter((t) => this.byType.has(t)).map((type) =>
      this.remember({ kind: 'category' as const, id: nodeIds.category(this.scope, type), type, count: this.byType.get(type)!.length }),
    );
    this.rootCount = roots.length;
    this._onDidBuildRoots.fire();
    return roots;
  }

  private articleEntities(): Listed[] {
    const result = this.document && this.entities.current(this.document);
    if (!result?.isArticle) return [];
    return result.groups.map((g: EntityGroup) => ({ ...g, count: g.mentions.length }));
  }

  private workspaceEntities(): Listed[] {
    return this.mentions.entities().map((s) => ({ key: s.key, type: s.type, name: s.name, value: s.value, forms: s.forms, count: s.total, workspace: s }));
  }

  private mentionNodes(parentId: string, doc: vscode.TextDocument, mentions: readonly Entity[]): EntityNode[] {
    const text = doc.getText();
    return mentions.map((m) => {
      const { label, highlight } = lineContext(text, m);
      return this.remember({
        kind: 'mention',
        id: nodeIds.mention(parentId, m.start, m.end),
        parentId,
        uri: doc.uri.toString(),
        start: m.start,
        end: m.end,
        line: doc.positionAt(m.start).line + 1,
        label,
        highlight,
      });
    });
  }

  private remember<T extends EntityNode>(node: T): T {
    this.nodes.set(node.id, node);
    return node;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'category': {
        const item = new vscode.TreeItem(categoryLabel(node.type), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.count);
        item.contextValue = 'bylineCategory';
        return item;
      }
      case 'entity': {
        const listed = this.listed.get(node.key);
        const words = listed?.value ? describeDate(listed.value) : null;
        const item = new vscode.TreeItem(words ?? listed?.name ?? node.key, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon(ICONS[node.type], new vscode.ThemeColor(`byline.${node.type}Underline`));
        const count = listed?.count ?? 0;
        const articleCount = listed?.workspace?.articles.length;
        const articles = articleCount === undefined ? '' : ` · ${articleCount} article${articleCount === 1 ? '' : 's'}`;
        item.description = `${words && listed?.value ? `${listed.value} · ` : ''}${count}${articles}`;
        if (listed) {
          const tooltip = new vscode.MarkdownString(`**${escapeHoverText(words ?? listed.name)}**`, true);
          const forms = listed.forms.filter((f) => f !== listed.name);
          if (forms.length) tooltip.appendMarkdown(`\n\nAlso written: ${forms.slice(0, 10).map(escapeHoverText).join(', ')}`);
          tooltip.appendMarkdown(`\n\n${count} mention${count === 1 ? '' : 's'}`);
          item.tooltip = tooltip;
        }
        item.contextValue = 'bylineEntity';
        return item;
      }
      case 'article': {
        const uri = vscode.Uri.parse(node.uri, true);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.label = vscode.workspace.asRelativePath(uri);
        item.description = String(node.count);
        item.contextValue = 'bylineArticle';
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem({ label: node.label, highlights: [node.highlight] }, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = `line ${node.line}`;
        item.contextValue = 'bylineMention';
        item.command = { command: 'byline.revealMention', title: 'Reveal Mention', arguments: [node.uri, node.start, node.end] };
        return item;
      }
    }
  }

  dispose(): void {
    this._onDidChangeTreeData.dispose();
    this._onDidBuildRoots.dispose();
  }
}
