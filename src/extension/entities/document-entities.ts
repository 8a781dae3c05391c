import * as vscode from 'vscode';
import type { Correction } from '../../core/corrections/corrections';
import { applyCorrections } from '../../core/corrections/corrections';
import { type EntityGroup, groupEntities } from '../../core/entities-view/entity-groups';
import type { Article, Entity } from '../../core/model/types';
import type { ArticleDocuments } from '../articles/article-documents';
import { RecentlyClosed } from '../articles/recently-closed';
import { CANDIDATE_LANGUAGES } from '../articles/article-documents';
import { BackgroundRecognizer } from './background-recognizer';
import { recognizeEntities } from './entity-source';

/** Entities of one document version. */
export interface DocumentEntityResult {
  version: number;
  isArticle: boolean;
  /** Sorted by offset. */
  entities: Entity[];
  groups: EntityGroup[];
  /** Only the part of a large document around what is on screen; the whole follows. */
  partial?: boolean;
  /** The text these entities were found in (a reopened document with the same text reuses them). */
  text: string;
}

/** The analyst's corrections (the corrections store has this shape). */
export interface CorrectionsSource {
  readonly onDidChange: vscode.Event<void>;
  correctionsFor(uri: vscode.Uri): readonly Correction[];
}

/** Long enough that a typing burst costs one recognition, short enough to feel live. */
const EDIT_DEBOUNCE_MS = 250;
/** From this size a document is analysed in a worker; the visible part first, in the host. */
const LARGE_DOCUMENT = 150_000;
/** Text either side of the visible lines analysed in the first pass of a large document. */
const VISIBLE_MARGIN = 20_000;

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
  private readonly background = new BackgroundRecognizer();
  private readonly closed = new RecentlyClosed<DocumentEntityResult>();

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
      // Start as soon as a document opens, so the highlights are ready when its editor shows.
      vscode.workspace.onDidOpenTextDocument((doc) => this.request(doc)),
      { dispose: () => this.background.dispose() },
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
    if (known && known.version === doc.version) return known;
    // A large document is never analysed in full here: the visible part now, the rest in the worker.
    return this.compute(doc);
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
    const key = doc.uri.toString();
    const article = this.articles.articleOf(doc);
    const text = doc.getText();
    // Giving a document the news-article language closes and reopens it: same text, same entities.
    const reopened = this.closed.take(key);
    if (reopened && reopened.text === text && reopened.isArticle === !!article && !reopened.partial) return this.publish(doc, { ...reopened, version: doc.version });
    if (article && text.length >= LARGE_DOCUMENT && this.background.available) {
      const version = doc.version;
      void this.background.recognize(key, text, doc.uri.path.split('/').pop() ?? '').then((entities) => {
        if (!entities || doc.isClosed || doc.version !== version) return;
        this.publish(doc, this.finish(doc, article, entities, text, false));
      });
      return this.publish(doc, this.finish(doc, article, recognizeEntities(visiblePart(doc, article)), text, true));
    }
    return this.publish(doc, this.finish(doc, article, article ? recognizeEntities(article) : [], text, false));
  }

  private finish(doc: vscode.TextDocument, article: Article | undefined, found: Entity[], text: string, partial: boolean): DocumentEntityResult {
    let entities = found;
    if (article) {
      const corrections = this.corrections?.correctionsFor(doc.uri) ?? [];
      if (corrections.length > 0) entities = applyCorrections(article.text, entities, corrections, article.searchable);
      entities.sort((a, b) => a.start - b.start || a.end - b.end);
    }
    return { version: doc.version, isArticle: !!article, entities, groups: groupEntities(entities), text, ...(partial ? { partial } : {}) };
  }

  private publish(doc: vscode.TextDocument, result: DocumentEntityResult): DocumentEntityResult {
    this.results.set(doc.uri.toString(), result);
    this._onDidChange.fire(doc);
    return result;
  }

  private forget(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const result = this.results.get(key);
    this.results.delete(key);
    if (result) this.closed.keep(key, result);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.closed.clear();
    this.results.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** The article with its searchable ranges cut to the lines on screen (and a margin either side). */
function visiblePart(doc: vscode.TextDocument, article: Article): Article {
  const text = article.text;
  // Windows end at line breaks so no name is cut in two; overlapping ones are merged.
  const raw = vscode.window.visibleTextEditors
    .filter((e) => e.document === doc)
    .flatMap((e) => e.visibleRanges)
    .map((r) => ({ start: Math.max(0, doc.offsetAt(r.start) - VISIBLE_MARGIN), end: doc.offsetAt(r.end) + VISIBLE_MARGIN }))
    .map((w) => ({ start: text.lastIndexOf('\n', w.start) + 1, end: text.indexOf('\n', w.end) < 0 ? text.length : text.indexOf('\n', w.end) }))
    .sort((a, b) => a.start - b.start);
  const windows: Array<{ start: number; end: number }> = [];
  for (const w of raw) {
    const last = windows[windows.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else windows.push({ ...w });
  }
  if (windows.length === 0) windows.push({ start: 0, end: Math.max(0, text.indexOf('\n', 2 * VISIBLE_MARGIN)) || text.length });
  const searchable = article.searchable.flatMap((range) =>
    windows.filter((w) => w.start < range.end && range.start < w.end).map((w) => ({ ...range, start: Math.max(range.start, w.start), end: Math.min(range.end, w.end) })),
  );
  return { ...article, searchable };
}
