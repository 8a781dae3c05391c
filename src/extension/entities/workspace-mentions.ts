import * as vscode from 'vscode';
import { keyOf } from '../../core/entities-view/entity-groups';
import { type EntitySummary, type MentionCounts, summarizeArticles } from '../../core/entities-view/workspace-summary';
import type { EntityType } from '../../core/model/types';
import type { DocumentEntities } from './document-entities';

/**
 * Entity mentions across articles, as the hover and the sidebar's workspace scope read them. Today
 * it covers the open articles; a workspace index implements the same interface to cover every file.
 */
export interface WorkspaceMentions {
  /** `open articles` or `workspace`: how much the counts cover, for wording. */
  readonly coverage: 'open articles' | 'workspace';
  readonly onDidChange: vscode.Event<void>;
  /** Mentions of an entity by type and name (the canonical name; for dates the resolved value). */
  mentionsOf(type: EntityType, name: string): MentionCounts;
  /** Every entity with its counts. */
  entities(): EntitySummary[];
}

/** Coalesces bursts (several documents recomputed together) into one change. */
const CHANGE_DELAY_MS = 150;

/** `WorkspaceMentions` over the article documents open in the editor. */
export class OpenArticleMentions implements WorkspaceMentions, vscode.Disposable {
  readonly coverage = 'open articles';
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  private summaries: Map<string, EntitySummary> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this._onDidChange];

  constructor(private readonly documents: DocumentEntities) {
    const changed = () => {
      this.summaries = undefined;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this._onDidChange.fire(), CHANGE_DELAY_MS);
    };
    this.disposables.push(
      documents.onDidChange(changed),
      documents.onDidReset(changed),
      vscode.workspace.onDidOpenTextDocument(changed),
      vscode.workspace.onDidCloseTextDocument(changed),
    );
  }

  mentionsOf(type: EntityType, name: string): MentionCounts {
    const found = this.summaryMap().get(keyOf(type, name));
    return found ? { total: found.total, articles: found.articles } : { total: 0, articles: [] };
  }

  entities(): EntitySummary[] {
    return [...this.summaryMap().values()];
  }

  private summaryMap(): Map<string, EntitySummary> {
    if (this.summaries) return this.summaries;
    const articles = vscode.workspace.textDocuments.flatMap((doc) => {
      if (doc.uri.scheme === 'git' || doc.uri.scheme === 'output') return [];
      const result = this.documents.current(doc);
      return result?.isArticle ? [{ uri: doc.uri.toString(), entities: result.entities }] : [];
    });
    this.summaries = new Map(summarizeArticles(articles).map((s) => [s.key, s]));
    return this.summaries;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
