import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { type Annotation, SIDECAR_VERSION, type SidecarProblem, type Status, STATUSES } from './sidecar-format';

export interface ParsedSidecar {
  /** The YAML document, kept for edits that preserve comments, key order and unknown keys. */
  document: Document;
  /** Annotations that are valid enough to anchor (those with errors are skipped, not dropped). */
  annotations: Annotation[];
  problems: SidecarProblem[];
  /** True when the YAML itself does not parse: such a file must never be written. */
  broken: boolean;
}

/** Reads a sidecar's text. Never throws: every problem comes back with a line and column. */
export function parseSidecar(text: string): ParsedSidecar {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: SidecarProblem[] = [];
  const at = (node: unknown) => {
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of document.errors) {
    const p = lines.linePos(e.pos[0]);
    problems.push({ code: 'yaml', line: p.line, column: p.col, message: e.message.split('\n')[0] });
  }
  const annotations: Annotation[] = [];
  if (problems.length) return { document, annotations, problems, broken: true };
  const root = document.contents;
  if (root === null || root === undefined) return { document, annotations, problems, broken: false };
  if (!isMap(root)) {
    problems.push({ code: 'schema', ...at(root), message: 'a sidecar is a mapping with `byline` and `annotations`' });
    return { document, annotations, problems, broken: false };
  }
  const version: unknown = (root as YAMLMap).get('byline');
  if (version !== undefined && version !== SIDECAR_VERSION) {
    problems.push({ code: 'version', ...at(root.get('byline', true)), message: `unsupported format version ${JSON.stringify(version)} (this Byline reads ${SIDECAR_VERSION})` });
  }
  const list = root.get('annotations', true);
  if (list !== undefined && list !== null && !isSeq(list) && !(isScalar(list) && list.value === null)) {
    problems.push({ code: 'schema', ...at(list), message: '`annotations` must be a list' });
    return { document, annotations, problems, broken: false };
  }
  const seen = new Map<string, number>();
  for (const item of isSeq(list) ? list.items : []) {
    const pos = at(item);
    if (!isMap(item)) {
      problems.push({ code: 'schema', ...pos, message: 'each annotation must be a mapping with at least `id` and `quote`' });
      continue;
    }
    // Ids must be unique even among annotations that have other problems.
    const rawId = (item as YAMLMap).get('id');
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    if (id !== undefined && seen.has(id)) {
      problems.push({ code: 'duplicate-id', ...pos, message: `duplicate annotation id "${id}" (first on line ${seen.get(id)})` });
      continue;
    }
    if (id !== undefined) seen.set(id, pos.line);
    const a = readAnnotation(item as YAMLMap, pos, (node, message) => problems.push({ code: 'schema', ...at(node ?? item), message }));
    if (a) annotations.push(a);
  }
  return { document, annotations, problems, broken: false };
}

function readAnnotation(item: YAMLMap, pos: { line: number; column: number }, report: (node: unknown, message: string) => void): Annotation | null {
  const get = (key: string) => item.get(key);
  const node = (key: string) => item.get(key, true);
  const id = get('id');
  const quote = get('quote');
  let ok = true;
  if (typeof id !== 'string' && typeof id !== 'number') {
    report(node('id') ?? item, 'annotation needs an `id`');
    ok = false;
  }
  if (typeof quote !== 'string' || quote.length === 0) {
    report(node('quote') ?? item, 'annotation needs a non-empty `quote`');
    ok = false;
  }
  const status = get('status') ?? 'unverified';
  if (!STATUSES.includes(status as Status)) {
    report(node('status'), `status must be one of ${STATUSES.join(', ')}`);
    ok = false;
  }
  const offset = (key: string) => {
    const v = get(key);
    if (v === undefined || v === null) return undefined;
    if (!Number.isInteger(v) || (v as number) < 0) {
      report(node(key), `\`${key}\` must be a whole number of characters (UTF-16 code units)`);
      return undefined;
    }
    return v as number;
  };
  const strings = (key: string) => {
    const v = get(key);
    if (v === undefined || v === null) return [];
    const json = isSeq(v) ? (v.toJSON() as unknown[]) : [v];
    if (!json.every((x) => typeof x === 'string')) report(node(key), `\`${key}\` must be a list of strings`);
    return json.filter((x): x is string => typeof x === 'string');
  };
  const text = (key: string) => {
    const v = get(key);
    return typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : undefined;
  };
  const start = offset('start');
  const end = offset('end');
  if (start !== undefined && end !== undefined && end < start) report(node('end'), '`end` must not be before `start`');
  if (!ok) return null;
  return {
    id: String(id),
    label: text('label') ?? 'claim',
    status: status as Status,
    quote: quote as string,
    prefix: text('prefix'),
    suffix: text('suffix'),
    start,
    end,
    note: text('note'),
    sources: strings('sources'),
    speaker: text('speaker'),
    tags: strings('tags'),
    author: text('author'),
    created: text('created'),
    updated: text('updated'),
    ...pos,
  };
}

/**
 * Writes a sidecar document back as text in the house style (`[a, b]` flow lists), so a file that
 * Byline wrote round-trips byte for byte and an edit changes only the lines it touches.
 */
export function serializeSidecar(document: Document): string {
  return document.toString({ flowCollectionPadding: false, lineWidth: 0 });
}
