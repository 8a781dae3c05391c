import * as vscode from 'vscode';
import type { Correction } from '../../core/corrections/corrections';
import { applyCorrections } from '../../core/corrections/corrections';
import { type EntityGroup, groupEntities } from '../../core/entities-view/entity-groups';
import type { Entity } from '../../core/model/types';
import type { ArticleDocuments } from '../articles/article-documents';
import { CANDIDATE_LANGUAGES } from '../articles/article-documents';
import { recognizeEntities } from './entity-source';

/** Entities of one document version. */
export interface DocumentEntityResult {
  version: number;
  isArticle: boolean;
  /** Sorted by offset. */
  entities: Entity[];
  groups: EntityGroup[];
}

/** The analyst's corrections (the corrections store has this shape). */
export interface CorrectionsSource {
  readonly onDidChange: vscode.Event<void>;
  correctionsFor(uri: vscode.Uri): readonly Correction[];
}

/** Long enough that a typing burst costs one recognition, short enough to feel live. */
const EDIT_DEBOUNCE_MS = 250;

/**
 * Entities of open article documents, computed per version and shared by highlighting, hovers and
 * the sidebar. After an edit the last result stays available (`peek`) until the debounced
 * recomputation replaces it, so nothing flickers while the user types.
 */
export class DocumentEntities implements vscode.Disposable {
  private readonly results = new Map<string, DocumentEntityResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly _onDidChange = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires with a document whose entities were recomputed. */
  readonly onDidChange = this._onDidChange.event;
  private readonly _onDidReset = new vscode.EventEmitter<void>();
  /** Fires when every result was dropped (detection settings or corrections changed). */
  readonly onDidReset = this._onDidReset.event;
  private readonly disposables: vscode.Disposable[] = [this._onDidChange, this._onDidReset];

  constructor(private readonly articles: ArticleDocuments, private readonly corrections?: CorrectionsSource) {
    const reset = () => {
      this.results.clear();
      this._onDidReset.fire();
    };
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.results.has(e.document.uri.toString())) this.request(e.document, EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri.toString())),
      articles.onDidChangeSettings(reset),
    );
    if (corrections) this.disposables.push(corrections.onDidChange(reset));
  }

  /** The latest result, possibly of an older version (compare `version`); never computes. */
  peek(doc: vscode.TextDocument): DocumentEntityResult | undefined {
    return this.results.get(doc.uri.toString());
  }

  /** The result for the document's current version, computed now if needed; undefined for non-candidates. */
  current(doc: vscode.TextDocument): DocumentEntityResult | undefined {
    if (!CANDIDATE_LANGUAGES.has(doc.languageId)) return undefined;
    const known = this.results.get(doc.uri.toString());
    return known && known.version === doc.version ? known : this.compute(doc);
  }

  /** Asks for the current version's result without blocking; `onDidChange` fires when it is ready. */
  request(doc: vscode.TextDocument, delayMs = 0): void {
    if (!CANDIDATE_LANGUAGES.has(doc.languageId)) return;
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) {
      if (delayMs === 0) return;
      clearTimeout(pending);
    }
    // Recognition runs in its own macrotask so it never delays the event that asked for it.
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (doc.isClosed) return;
        const known = this.results.get(key);
        if (!known || known.version !== doc.version) this.compute(doc);
      }, delayMs),
    );
  }

  private compute(doc: vscode.TextDocument): DocumentEntityResult {
    const article = this.articles.articleOf(doc);
    let entities: Entity[] = [];
    if (article) {
      entities = recognizeEntities(article);
      const corrections = this.corrections?.correctionsFor(doc.uri) ?? [];
      if (corrections.length > 0) entities = applyCorrections(article.text, entities, corrections, article.searchable);
      entities.sort((a, b) => a.start - b.start || a.end - b.end);
    }
    const result: DocumentEntityResult = { version: doc.version, isArticle: !!article, entities, groups: groupEntities(entities) };
    this.results.set(doc.uri.toString(), result);
    this._onDidChange.fire(doc);
    return result;
  }

  private forget(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.results.clear();
    for (const d of this.disposables) d.dispose();
  }
}
