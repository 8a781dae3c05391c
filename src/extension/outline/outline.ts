import * as vscode from 'vscode';
import type { Article, TextRange } from '../../core/model/types';
import type { ArticleDocuments } from '../articles/article-documents';

function rangeOf(doc: vscode.TextDocument, r: TextRange): vscode.Range {
  return new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
}

function firstWords(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The Outline of an article: headline at the top, dateline and paragraphs under it. */
function articleSymbols(doc: vscode.TextDocument, article: Article): vscode.DocumentSymbol[] {
  const paragraphs = article.paragraphs.map((p, i) => {
    const range = rangeOf(doc, p);
    return new vscode.DocumentSymbol(firstWords(doc.getText(range)), `¶ ${i + 1}`, vscode.SymbolKind.String, range, range);
  });
  const extras: vscode.DocumentSymbol[] = [];
  if (article.dateline) {
    const r = rangeOf(doc, article.dateline);
    extras.push(new vscode.DocumentSymbol(article.dateline.text, 'dateline', vscode.SymbolKind.Key, r, r));
  }
  if (article.publishedSpan) {
    const r = rangeOf(doc, article.publishedSpan);
    extras.push(new vscode.DocumentSymbol(article.published ?? article.publishedSpan.text, article.publishedInferred ? 'date (inferred)' : 'date', vscode.SymbolKind.Event, r, r));
  }
  const children = [...extras, ...paragraphs].sort((a, b) => a.range.start.compareTo(b.range.start));
  if (!article.title) return children;
  const whole = new vscode.Range(doc.positionAt(article.title.start), doc.lineAt(doc.lineCount - 1).range.end);
  const head = new vscode.DocumentSymbol(article.title.text, article.outlet ?? '', vscode.SymbolKind.File, whole, rangeOf(doc, article.title));
  head.children = children;
  return [head];
}

/** Outline (and breadcrumbs, Go to Symbol in Editor) for detected articles. */
export function registerOutline(articles: ArticleDocuments): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(doc) {
      const article = articles.articleOf(doc);
      return article ? articleSymbols(doc, article) : [];
    },
  };
  return vscode.languages.registerDocumentSymbolProvider(
    [{ language: 'news-article' }, { language: 'markdown' }],
    provider,
    { label: 'Byline' },
  );
}
