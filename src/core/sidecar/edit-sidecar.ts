import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { describeRange } from '../anchoring/anchor';
import { type ArticleInfo, writeArticleBlock } from './article-info';
import { parseSidecar, serializeSidecar } from './parse-sidecar';
import { newAnnotationId } from './annotation-id';
import { SIDECAR_VERSION, type Status } from './sidecar-format';

export { newAnnotationId } from './annotation-id';
export type { ArticleInfo } from './article-info';

export interface NewAnnotation {
  label: string;
  status?: Status;
  start: number;
  end: number;
  note?: string;
  sources?: string[];
  speaker?: string;
  tags?: string[];
  author?: string;
}

/**
 * Adds an annotation to a sidecar's text (or starts a new sidecar) and returns the new text with
 * its id. Returns null when the existing text does not parse: a broken sidecar is never rewritten.
 * Comments, unknown keys and key order of the existing file are kept.
 */
export function addAnnotation(existing: string | undefined, articleText: string, article: ArticleInfo, input: NewAnnotation, now = new Date()): { text: string; id: string } | null {
  const source = existing && existing.trim() ? existing : `byline: ${SIDECAR_VERSION}\narticle: {}\nannotations: []\n`;
  const parsed = parseSidecar(source);
  if (parsed.broken) return null;
  const doc = parsed.document.contents ? parsed.document : parseDocument(`byline: ${SIDECAR_VERSION}\n`);
  if (!isMap(doc.contents)) return null;
  // Ids of annotations with problems are taken too: they are still in the file.
  const list0 = doc.get('annotations');
  const taken = new Set(isSeq(list0) ? list0.items.map((i) => (isMap(i) ? String(i.get('id')) : '')) : []);
  const id = newAnnotationId(taken);
  const described = describeRange(articleText, input.start, input.end);
  const stamp = now.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const entry: Record<string, unknown> = {
    id,
    label: input.label,
    status: input.status ?? 'unverified',
    quote: described.quote,
    prefix: described.prefix,
    suffix: described.suffix,
    start: described.start,
    end: described.end,
  };
  if (input.note) entry.note = input.note;
  if (input.sources?.length) entry.sources = input.sources;
  if (input.speaker) entry.speaker = input.speaker;
  if (input.tags?.length) entry.tags = input.tags;
  if (input.author) entry.author = input.author;
  entry.created = stamp;
  entry.updated = stamp;
  writeArticleBlock(doc, article);
  let list = doc.get('annotations');
  if (!isSeq(list)) {
    doc.set('annotations', doc.createNode([]));
    list = doc.get('annotations');
  }
  const seq = list as YAMLSeq;
  seq.flow = false;
  const node = doc.createNode(entry) as YAMLMap;
  for (const key of ['sources', 'tags']) {
    const value = node.get(key, true);
    if (isSeq(value)) value.flow = true;
  }
  seq.items.push(node);
  return { text: serializeSidecar(doc), id };
}

function findAnnotation(doc: Document, id: string): YAMLMap | undefined {
  const list = doc.get('annotations');
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && String(item.get('id')) === id);
}

/**
 * Changes one annotation in a sidecar's text: a new status, a new anchor (re-attaching an orphan to
 * a selection), or removal. Returns the new text, or null when the sidecar does not parse or has
 * no such annotation; everything else in the file is kept as it was.
 */
export function updateAnnotation(
  existing: string,
  id: string,
  change: { status?: Status; note?: string; anchor?: { articleText: string; start: number; end: number }; remove?: boolean },
  now = new Date(),
): string | null {
  const parsed = parseSidecar(existing);
  if (parsed.broken) return null;
  const doc = parsed.document;
  const item = findAnnotation(doc, id);
  if (!item) return null;
  if (change.remove) {
    const list = doc.get('annotations') as YAMLSeq;
    list.items = list.items.filter((x) => x !== item);
    return serializeSidecar(doc);
  }
  if (change.status) item.set('status', change.status);
  if (change.note !== undefined) {
    if (change.note) item.set('note', change.note);
    else item.delete('note');
  }
  if (change.anchor) {
    const d = describeRange(change.anchor.articleText, change.anchor.start, change.anchor.end);
    item.set('quote', d.quote);
    item.set('prefix', d.prefix);
    item.set('suffix', d.suffix);
    item.set('start', d.start);
    item.set('end', d.end);
  }
  item.set('updated', now.toISOString().replace(/\.\d{3}Z$/u, 'Z'));
  return serializeSidecar(doc);
}
