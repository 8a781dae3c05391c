import type * as vscode from 'vscode';
import { describeDate } from '../../core/dates/describe-date';
import { keyOf } from '../../core/entities-view/entity-groups';
import type { EntitySummary, MentionCounts } from '../../core/entities-view/workspace-summary';
import type { EntitySummary as IndexSummary } from '../../core/index/entity-index';
import type { EntityType } from '../../core/model/types';
import type { WorkspaceMentions } from './workspace-mentions';

/** What this adapter needs of the workspace index (its `index` and `onDidChange`). */
export interface IndexLike {
  readonly onDidChange: vscode.Event<void>;
  readonly index: {
    summarize(): IndexSummary[];
    lookup(e: { type: EntityType; canonical: string; value?: string }): IndexSummary | undefined;
  };
}

function articlesOf(s: IndexSummary): MentionCounts['articles'] {
  return s.articles.map((a) => ({ uri: a.file, count: a.mentions }));
}

/**
 * The sidebar's view of an index entry. A workspace lists tens of thousands of entities but the
 * article list is read only when a row expands, so it is converted then, not on every index change.
 */
class IndexEntitySummary implements EntitySummary {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly forms: string[];
  readonly total: number;
  readonly value?: string;
  private converted: MentionCounts['articles'] | undefined;

  constructor(private readonly source: IndexSummary) {
    this.key = keyOf(source.type, source.canonical);
    this.type = source.type;
    this.name = source.canonical;
    this.forms = source.forms;
    this.total = source.mentions;
    // The index names a resolved date by its value.
    if (source.type === 'date' && describeDate(source.canonical)) this.value = source.canonical;
  }

  get articles(): MentionCounts['articles'] {
    this.converted ??= articlesOf(this.source);
    return this.converted;
  }
}

/** `WorkspaceMentions` backed by the workspace index, so hovers and the sidebar count every article. */
export function mentionsFromIndex(source: IndexLike): WorkspaceMentions {
  return {
    coverage: 'workspace',
    onDidChange: source.onDidChange,
    mentionsOf(type: EntityType, name: string): MentionCounts {
      // For dates `name` is the resolved value, which is also the index's key for them.
      const found = source.index.lookup({ type, canonical: name, value: type === 'date' ? name : undefined });
      return found ? { total: found.mentions, articles: articlesOf(found) } : { total: 0, articles: [] };
    },
    entities: () => source.index.summarize().map((s) => new IndexEntitySummary(s)),
  };
}
