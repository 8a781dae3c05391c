import type { Entity, EntityType } from '../model/types';
import { entityKey } from './entity-key';
import { MENTION_STRIDE, MentionTable } from './mention-table';
import { summarizeArticles } from './summarize-articles';

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

/** An article's analysis with its mentions packed into a `MentionTable` (see there). */
export interface CompactAnalysis {
  isArticle: boolean;
  title: string | null;
  published: string | null;
  /** `MENTION_STRIDE` numbers per mention, in `table`. */
  mentions: Uint32Array;
  table: MentionTable;
}

/** One stored article: an `IndexedArticle` whose entities stay packed until asked for. */
export interface StoredArticle {
  file: string;
  hash: string;
  title: string | null;
  published: string | null;
  mentions: Uint32Array;
  table: MentionTable;
}

/** One entity across the workspace: `byline index --json` prints these. */
export interface EntitySummary {
  type: EntityType;
  /** Resolved value for dates; for names, the most used spelling of the canonical name. */
  canonical: string;
  /** Surface forms seen, most frequent first. */
  forms: string[];
  mentions: number;
  /** Articles mentioning it, most mentions first. */
  articles: Array<{ file: string; mentions: number }>;
}

export { entityKey };

/**
 * Entities of many articles, summarised per entity. Updating one article touches only its own
 * contribution, so a file watcher can keep a workspace of thousands of articles current. Mentions
 * are kept packed (a few numbers each), which keeps a 10,000-article workspace in tens of megabytes.
 */
export class EntityIndex {
  private readonly articles = new Map<string, StoredArticle>();
  /** Packs articles given as plain entities; analyses from a cache bring their own table. */
  private readonly table = new MentionTable();
  private summaries: Map<string, EntitySummary> | null = null;
  private sorted: EntitySummary[] | null = null;

  get size(): number {
    return this.articles.size;
  }

  has(file: string): boolean {
    return this.articles.has(file);
  }

  /** The article with its entities unpacked (a copy: changing it does not change the index). */
  get(file: string): IndexedArticle | undefined {
    const a = this.articles.get(file);
    return a && { file: a.file, hash: a.hash, title: a.title, published: a.published, entities: a.table.decode(a.mentions) };
  }

  /** An article's title, without unpacking its entities. */
  titleOf(file: string): string | null | undefined {
    return this.articles.get(file)?.title;
  }

  files(): string[] {
    return [...this.articles.keys()];
  }

  set(article: IndexedArticle): void {
    const { file, hash, title, published } = article;
    this.store({ file, hash, title, published, mentions: this.table.encode(article.entities), table: this.table });
  }

  /**
   * Adds an already packed analysis without unpacking it: how a warm start fills the index.
   * False when the file already had exactly this analysis.
   */
  setCompact(file: string, hash: string, analysis: Omit<CompactAnalysis, 'isArticle'>): boolean {
    const old = this.articles.get(file);
    if (old && old.hash === hash && old.mentions === analysis.mentions && old.title === analysis.title && old.published === analysis.published) return false;
    this.store({ file, hash, title: analysis.title, published: analysis.published, mentions: analysis.mentions, table: analysis.table });
    return true;
  }

  delete(file: string): boolean {
    const had = this.articles.delete(file);
    if (had) this.invalidate();
    return had;
  }

  rename(from: string, to: string): void {
    const article = this.articles.get(from);
    if (!article) return;
    this.articles.delete(from);
    this.store({ ...article, file: to });
  }

  /** The first mention of an entity in one article, or undefined. */
  firstMention(file: string, e: Pick<Entity, 'type' | 'canonical' | 'value'>): Entity | undefined {
    const a = this.articles.get(file);
    if (!a) return undefined;
    const key = entityKey(e);
    for (let i = 0; i < a.mentions.length / MENTION_STRIDE; i++) {
      const mention = a.table.entityAt(a.mentions, i);
      if (entityKey(mention) === key) return mention;
    }
    return undefined;
  }

  /** Every entity with its forms, mention count and articles; sorted by mentions, then name. */
  summarize(): EntitySummary[] {
    if (!this.sorted) {
      const collator = new Intl.Collator();
      this.sorted = [...this.summaryMap().values()].sort(
        (a, b) => b.mentions - a.mentions || collator.compare(a.canonical, b.canonical) || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
      );
    }
    return [...this.sorted];
  }

  /** The summary of one entity, or undefined when no article mentions it. */
  lookup(e: Pick<Entity, 'type' | 'canonical' | 'value'>): EntitySummary | undefined {
    return this.summaryMap().get(entityKey(e));
  }

  private store(article: StoredArticle): void {
    this.articles.set(article.file, article);
    this.invalidate();
  }

  private invalidate(): void {
    this.summaries = null;
    this.sorted = null;
  }

  private summaryMap(): Map<string, EntitySummary> {
    this.summaries ??= summarizeArticles([...this.articles.values()]);
    return this.summaries;
  }
}
