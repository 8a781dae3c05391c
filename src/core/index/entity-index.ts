import type { Entity, EntityType } from '../model/types';

/** What the index keeps of one analysed article. */
export interface IndexedArticle {
  /** Path or URI of the article, as the caller names it. */
  file: string;
  /** Content hash of the text the entities came from. */
  hash: string;
  title: string | null;
  published: string | null;
  entities: Entity[];
}

/** One entity across the workspace: `byline index --json` prints these. */
export interface EntitySummary {
  type: EntityType;
  canonical: string;
  /** Surface forms seen, most frequent first. */
  forms: string[];
  mentions: number;
  /** Articles mentioning it, most mentions first. */
  articles: Array<{ file: string; mentions: number }>;
}

/** Dates are grouped by resolved value, names by canonical name regardless of case. */
export function entityKey(e: Pick<Entity, 'type' | 'canonical' | 'value'>): string {
  return `${e.type}\u0000${e.type === 'date' && e.value ? e.value : e.canonical.toLowerCase()}`;
}

/**
 * Entities of many articles, summarised per entity. Updating one article touches only its own
 * contribution, so a file watcher can keep a workspace of thousands of articles current.
 */
export class EntityIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private summaries: Map<string, EntitySummary> | null = null;

  get size(): number {
    return this.articles.size;
  }

  get(file: string): IndexedArticle | undefined {
    return this.articles.get(file);
  }

  files(): string[] {
    return [...this.articles.keys()];
  }

  set(article: IndexedArticle): void {
    this.articles.set(article.file, article);
    this.summaries = null;
  }

  delete(file: string): boolean {
    this.summaries = null;
    return this.articles.delete(file);
  }

  rename(from: string, to: string): void {
    const article = this.articles.get(from);
    if (!article) return;
    this.articles.delete(from);
    this.articles.set(to, { ...article, file: to });
    this.summaries = null;
  }

  /** Every entity with its forms, mention count and articles; sorted by mentions, then name. */
  summarize(): EntitySummary[] {
    return [...this.summaryMap().values()].sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
  }

  /** The summary of one entity, or undefined when no article mentions it. */
  lookup(e: Pick<Entity, 'type' | 'canonical' | 'value'>): EntitySummary | undefined {
    return this.summaryMap().get(entityKey(e));
  }

  private summaryMap(): Map<string, EntitySummary> {
    if (this.summaries) return this.summaries;
    const building = new Map<string, { summary: EntitySummary; forms: Map<string, number>; perArticle: Map<string, number> }>();
    for (const article of this.articles.values()) {
      for (const e of article.entities) {
        const key = entityKey(e);
        let entry = building.get(key);
        if (!entry) {
          entry = { summary: { type: e.type, canonical: e.type === 'date' && e.value ? e.value : e.canonical, forms: [], mentions: 0, articles: [] }, forms: new Map(), perArticle: new Map() };
          building.set(key, entry);
        }
        entry.summary.mentions++;
        entry.forms.set(e.text, (entry.forms.get(e.text) ?? 0) + 1);
        entry.perArticle.set(article.file, (entry.perArticle.get(article.file) ?? 0) + 1);
      }
    }
    const out = new Map<string, EntitySummary>();
    for (const [key, { summary, forms, perArticle }] of building) {
      summary.forms = [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
      summary.articles = [...perArticle.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([file, mentions]) => ({ file, mentions }));
      out.set(key, summary);
    }
    this.summaries = out;
    return out;
  }
}
