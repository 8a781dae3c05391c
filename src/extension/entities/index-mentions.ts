import type * as vscode from 'vscode';
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

function toSummary(s: IndexSummary): EntitySummary {
  const summary: EntitySummary = {
    key: keyOf(s.type, s.canonical),
    type: s.type,
    name: s.canonical,
    forms: s.forms,
    total: s.mentions,
    articles: s.articles.map((a) => ({ uri: a.file, count: a.mentions })),
  };
  // The index names a resolved date by its value.
  if (s.type === 'date' && /^\d{4}(?:-\d{2}){0,2}$/u.test(s.canonical)) summary.value = s.canonical;
  return summary;
}

/** `WorkspaceMentions` backed by the workspace index, so hovers and the sidebar count every article. */
export function mentionsFromIndex(source: IndexLike): WorkspaceMentions {
  return {
    coverage: 'workspace',
    onDidChange: source.onDidChange,
    mentionsOf(type: EntityType, name: string): MentionCounts {
      // For dates `name` is the resolved value, which is also the index's key for them.
      const found = source.index.lookup({ type, canonical: name, value: type === 'date' ? name : undefined });
      return found ? { total: found.mentions, articles: found.articles.map((a) => ({ uri: a.file, count: a.mentions })) } : { total: 0, articles: [] };
    },
    entities: () => source.index.summarize().map(toSummary),
  };
}
