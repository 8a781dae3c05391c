import { type Document, isMap, type YAMLMap } from 'yaml';
import { parseArticle } from '../article/parse-article';
import { SIDECAR_VERSION } from './sidecar-format';

/** What the sidecar records about the article, refreshed on every write. */
export interface ArticleInfo {
  file: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** SHA-256 (hex) of the article text; computed by the caller (node `crypto` or WebCrypto). */
  sha256?: string;
}

/** The `article:` block for an article's text and file name (the base name is what is stored). */
export function articleInfoFor(text: string, fileName: string, sha256?: string): ArticleInfo {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  const article = parseArticle(text, base);
  return { file: base, title: article.title?.text ?? null, url: article.url?.text ?? null, published: article.published, ...(sha256 ? { sha256 } : {}) };
}

/**
 * Writes the `byline:` version and the `article:` block into a sidecar document, changing only the
 * keys whose values differ, so comments and hand-added keys in the block stay and diffs stay small.
 */
export function writeArticleBlock(doc: Document, info: ArticleInfo): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  if (!root.has('byline')) root.items.unshift(doc.createPair('byline', SIDECAR_VERSION));
  const existing: unknown = root.get('article', true);
  let map: YAMLMap;
  if (isMap(existing)) map = existing;
  else {
    map = doc.createNode({}) as YAMLMap;
    root.set('article', map);
  }
  if (map.items.length === 0) map.flow = false;
  const put = (key: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return;
    if (map.get(key) !== value) map.set(key, value);
  };
  put('file', info.file);
  put('title', info.title);
  put('url', info.url);
  put('published', info.published);
  put('sha256', info.sha256);
}
