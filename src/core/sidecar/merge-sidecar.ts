import { type Document, isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { newAnnotationId } from './annotation-id';
import { parseSidecar, serializeSidecar } from './parse-sidecar';
import type { SidecarProblem } from './sidecar-format';

/** The outcome of merging a write with a file that changed on disk meanwhile. */
export type MergeResult =
  | { ok: true; text: string; /** Fields both sides changed differently (ours was kept). */ conflicts: string[] }
  | { ok: false; problem: SidecarProblem };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const plain = (node: unknown): unknown => (node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node);

function byId(doc: Document): Map<string, YAMLMap> {
  const out = new Map<string, YAMLMap>();
  const list = doc.get('annotations');
  if (!isSeq(list)) return out;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if ((typeof id === 'string' || typeof id === 'number') && !out.has(String(id))) out.set(String(id), item);
  }
  return out;
}

/** A copy of a node from another document (comments on it come along). */
function copy<T>(node: T): T {
  return node && typeof node === 'object' && 'clone' in node ? (node as unknown as Node).clone() as T : node;
}

/** Applies to `target` the keys `ours` changed since `base`, keeping keys only `theirs` changed. */
function mergeMap(target: YAMLMap, base: YAMLMap | undefined, ours: YAMLMap, where: string, conflicts: string[]): void {
  const keys = new Set<string>();
  for (const m of [base, ours]) for (const p of m?.items ?? []) keys.add(String(plain(p.key)));
  for (const key of keys) {
    const o = plain(ours.get(key, true));
    const b = plain(base?.get(key, true));
    if (same(o, b)) continue;
    const t = plain(target.get(key, true));
    if (!same(t, b) && !same(t, o)) conflicts.push(`${where}.${key}`);
    if (ours.has(key)) target.set(key, copy(ours.get(key, true)));
    else target.delete(key);
  }
}

/**
 * Three-way merge of a sidecar by annotation id, for a write whose file changed on disk since it
 * was read (`base`): the result is the file on disk (`theirs`, with its comments and order) plus
 * what this write changed (`ours`). Nothing is dropped: an annotation disappears only when this
 * write removed it and nobody changed it since; one that only `theirs` lacks comes back, because a
 * truncated or half-written file looks the same as a deletion and losing work is not undoable.
 * Two new annotations with the same id both stay (ours gets a new id). Refuses when either side
 * does not parse: a broken file on disk is never overwritten.
 */
export function mergeSidecar(base: string, ours: string, theirs: string): MergeResult {
  const o = parseSidecar(ours);
  const t = parseSidecar(theirs);
  if (t.broken) return { ok: false, problem: { ...t.problems[0], code: 'conflict', message: `the file changed on disk and no longer parses (${t.problems[0].message}); nothing was written` } };
  if (o.broken) return { ok: false, problem: { ...o.problems[0], message: `the new text does not parse (${o.problems[0].message}); nothing was written` } };
  const b = parseSidecar(base);
  const baseDoc = b.broken ? undefined : b.document;
  const doc = t.document;
  const conflicts: string[] = [];
  if (!isMap(doc.contents)) {
    // Their file is empty or not a mapping: ours is all there is to keep.
    return isMap(o.document.contents) ? { ok: true, text: ours, conflicts } : { ok: false, problem: { code: 'conflict', line: 1, column: 1, message: 'neither version is a sidecar mapping; nothing was written' } };
  }
  const root = doc.contents;
  const oursRoot = o.document.contents;
  const baseRoot = baseDoc && isMap(baseDoc.contents) ? baseDoc.contents : undefined;
  if (isMap(oursRoot)) {
    for (const pair of oursRoot.items) {
      const key = String(plain(pair.key));
      if (key === 'annotations') continue;
      const oNode = pair.value;
      const bNode = baseRoot?.get(key, true);
      const tNode = root.get(key, true);
      if (isMap(oNode) && isMap(tNode)) mergeMap(tNode, isMap(bNode) ? bNode : undefined, oNode, key, conflicts);
      else if (!same(plain(oNode), plain(bNode))) {
        if (!same(plain(tNode), plain(bNode)) && !same(plain(tNode), plain(oNode))) conflicts.push(key);
        root.set(key, copy(oNode));
      }
    }
  }

  const baseItems = baseDoc ? byId(baseDoc) : new Map<string, YAMLMap>();
  const oursItems = byId(o.document);
  const theirItems = byId(doc);
  let seq = root.get('annotations', true) as unknown;
  if (!isSeq(seq)) {
    seq = doc.createNode([]);
    (seq as YAMLSeq).flow = false;
    root.set('annotations', seq);
  }
  if (!isSeq(seq)) throw new Error('unreachable: a new list is a sequence');
  const taken = new Set([...theirItems.keys(), ...oursItems.keys()]);
  for (const [id, item] of oursItems) {
    const before = baseItems.get(id);
    const theirs = theirItems.get(id);
    if (theirs && before) mergeMap(theirs, before, item, `annotations[${id}]`, conflicts);
    else if (theirs && !same(plain(theirs), plain(item))) {
      // Both sides added an annotation under the same id: keep both.
      const renamed = copy(item);
      const fresh = newAnnotationId(taken);
      taken.add(fresh);
      renamed.set('id', fresh);
      seq.items.push(renamed);
    } else if (!theirs) seq.items.push(copy(item));
  }
  for (const [id, before] of baseItems) {
    if (oursItems.has(id)) continue;
    const theirs = theirItems.get(id);
    if (!theirs) continue;
    if (same(plain(theirs), plain(before))) seq.items = seq.items.filter((x) => x !== theirs);
    else conflicts.push(`annotations[${id}] (removed here, changed on disk: kept)`);
  }
  return { ok: true, text: serializeSidecar(doc), conflicts };
}
