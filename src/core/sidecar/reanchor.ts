import { type Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { type AnchorResult, anchorAnnotation, describeRange } from '../anchoring/anchor';
import { type ArticleInfo, writeArticleBlock } from './article-info';
import { serializeSidecar } from './parse-sidecar';
import type { Annotation, Status } from './sidecar-format';

export interface AnchoredAnnotation {
  annotation: Annotation;
  result: AnchorResult;
  /** The status after anchoring: a verified claim whose words changed needs checking again. */
  status: Status;
}

/** Anchors every annotation in the current article text (nothing is written). */
export function reanchorAll(articleText: string, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  return annotations.map((annotation) => {
    const result = anchorAnnotation(articleText, annotation);
    const status: Status = annotation.status === 'verified' && result.anchor === 'fuzzy' ? 'needs-recheck' : annotation.status;
    return { annotation, result, status };
  });
}

function findItem(document: Document, id: string): YAMLMap | undefined {
  const list = document.get('annotations');
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && String(item.get('id')) === id);
}

/**
 * Writes new anchors (offsets, context, status; for a changed quote the new words, keeping the old
 * ones in `previousQuote`) into the sidecar document, preserving comments, key order, unknown keys
 * and orphans, and refreshes the `article:` block when `article` is given. Returns the new text, or null when the document has YAML errors: a broken sidecar
 * is never rewritten.
 */
export function writeAnchors(document: Document, articleText: string, anchored: readonly AnchoredAnnotation[], article?: ArticleInfo): string | null {
  if (document.errors.length > 0) return null;
  for (const { annotation, result, status } of anchored) {
    if (result.anchor === 'orphan') continue;
    const item = findItem(document, annotation.id);
    if (!item) continue;
    const described = describeRange(articleText, result.start, result.end);
    if (result.anchor === 'fuzzy' && annotation.quote !== described.quote) {
      if (!item.has('previousQuote')) item.set('previousQuote', annotation.quote);
      item.set('quote', described.quote);
    }
    item.set('prefix', described.prefix);
    item.set('suffix', described.suffix);
    item.set('start', described.start);
    item.set('end', described.end);
    if (status !== annotation.status) item.set('status', status);
  }
  if (article) writeArticleBlock(document, article);
  return serializeSidecar(document);
}
