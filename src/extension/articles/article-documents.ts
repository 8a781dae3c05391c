import * as vscode from 'vscode';
import { createArticleFilter } from '../../core/article/file-filter';
import { parseArticle } from '../../core/article/parse-article';
import type { Article } from '../../core/model/types';
import { readDetectionSettings } from '../settings';
import { RecentlyClosed } from './recently-closed';

/** Languages whose documents may be articles. */
export const CANDIDATE_LANGUAGES = new Set(['plaintext', 'markdown', 'news-article']);
export const NEWS_ARTICLE_LANGUAGE = 'news-article';

interface CacheEntry {
  version: number;
  article: Article;
  isArticle: boolean;
}

/**
 * Parses open documents on demand and remembers the result per document version, so every feature
 * (language, status bar, info) shares one parse.
 */
export class ArticleDocuments implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly closed = new RecentlyClosed<CacheEntry>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly _onDidChangeSettings = new vscode.EventEmitter<void>();
  /** Fires when detection settings change and every decision must be redone. */
  readonly onDidChangeSettings = this._onDidChangeSettings.event;

  constructor() {
    this.disposables.push(
      this._onDidChangeSettings,
      vscode.workspace.onDidCloseTextDocument((doc) => this.keepClosed(doc.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('byline.detection')) {
          this.cache.clear();
          this.closed.clear();
          this._onDidChangeSettings.fire();
        }
      }),
    );
  }

  /** The parsed article for a candidate document, or undefined when it is not one Byline reads. */
  get(doc: vscode.TextDocument): { article: Article; isArticle: boolean } | undefined {
    if (!CANDIDATE_LANGUAGES.has(doc.languageId)) return undefined;
    const key = doc.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    // Giving a document the news-article language closes and reopens it: the same text parses the same.
    const reopened = this.closed.take(key);
    if (reopened && reopened.article.text === text) {
      const entry = { ...reopened, version: doc.version };
      this.cache.set(key, entry);
      return entry;
    }
    const article = parseArticle(text, doc.uri.path.split('/').pop());
    const filter = createArticleFilter(readDetectionSettings(doc.uri));
    const entry = { version: doc.version, article, isArticle: filter(vscode.workspace.asRelativePath(doc.uri, false), article.detection) };
    this.cache.set(key, entry);
    return entry;
  }

  private keepClosed(key: string): void {
    const entry = this.cache.get(key);
    this.cache.delete(key);
    if (entry) this.closed.keep(key, entry);
  }

  /** The article in a document, only when it is detected as one. */
  articleOf(doc: vscode.TextDocument | undefined): Article | undefined {
    const entry = doc && this.get(doc);
    return entry?.isArticle ? entry.article : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.closed.clear();
  }
}
