import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { describeRange } from '../anchoring/anchor';
import { parseSidecar, serializeSidecar } from './parse-sidecar';
import { SIDECAR_VERSION, type Status } from './sidecar-format';

/** What the sidecar records about the article, refreshed on every write. */
export interface ArticleInfo {
  file: string;
  title: string | null;
  url: string | null;
  published: string | null;
  sha256?: string;
}

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

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A short id (6 characters, no look-alike letters) not used in `taken`. */
export function newAnnotationId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < 6; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    if (!taken.has(id)) return id;
  }
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
  const taken = new Set(parsed.annotations.map((a) => a.id));
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
  setArticle(doc.contents as YAMLMap, article, doc);
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

function setArticle(root: YAMLMap, article: ArticleInfo, doc: Document): void {
  if (!root.has('byline')) root.items.unshift(doc.createPair('byline', SIDECAR_VERSION));
  let block = root.get('article');
  if (!isMap(block)) {
    root.set('article', doc.createNode({}));
    block = root.get('article');
  }
  const map = block as YAMLMap;
  map.flow = false;
  map.set('file', article.file);
  if (article.title !== null) map.set('title', article.title);
  if (article.url !== null) map.set('url', article.url);
  if (article.published !== null) map.set('published', article.published);
  if (article.sha256) map.set('sha256', article.sha256);
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
