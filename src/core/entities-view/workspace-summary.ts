import type { Entity, EntityType } from '../model/types';
import { byFrequency, entityKey, entityName } from './entity-groups';

/** How often one entity is mentioned across several articles. */
export interface MentionCounts {
  total: number;
  /** Articles mentioning it (by URI or path string), most mentions first. */
  articles: Array<{ uri: string; count: number }>;
}

/** One entity across several articles: what the workspace scope of the sidebar lists. */
export interface EntitySummary extends MentionCounts {
  key: string;
  type: EntityType;
  /** Canonical name; for dates the resolved value when there is one. */
  name: string;
  value?: string;
  /** Surface forms seen, most frequent first. */
  forms: string[];
}

/** The entities of one article, keyed by its URI or path. */
export interface ArticleEntities {
  uri: string;
  entities: readonly Entity[];
}

/** Summarises entities over several articles, one summary per entity key. */
export function summarizeArticles(articles: readonly ArticleEntities[]): EntitySummary[] {
  const building = new Map<string, { summary: EntitySummary; forms: string[]; perArticle: Map<string, number> }>();
  for (const article of articles) {
    for (const e of article.entities) {
      const key = entityKey(e);
      let entry = building.get(key);
      if (!entry) {
        const summary: EntitySummary = { key, type: e.type, name: entityName(e), forms: [], total: 0, articles: [] };
        if (e.type === 'date' && e.value) summary.value = e.value;
        entry = { summary, forms: [], perArticle: new Map() };
        building.set(key, entry);
      }
      entry.summary.total++;
      entry.forms.push(e.text);
      entry.perArticle.set(article.uri, (entry.perArticle.get(article.uri) ?? 0) + 1);
    }
  }
  return [...building.values()].map(({ summary, forms, perArticle }) => ({
    ...summary,
    forms: byFrequency(forms),
    articles: [...perArticle.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([uri, count]) => ({ uri, count })),
  }));
}
