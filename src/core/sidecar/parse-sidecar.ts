import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { type Annotation, SIDECAR_VERSION, type SidecarProblem, type Status, STATUSES } from './sidecar-format';
import { validateSchema } from './validate-schema';

export interface ParsedSidecar {
  /** The YAML document, kept for edits that preserve comments, key order and unknown keys. */
  document: Document;
  /** Annotations that are valid enough to anchor (those with errors are skipped, not dropped). */
  annotations: Annotation[];
  problems: SidecarProblem[];
  /** True when the YAML itself does not parse: such a file must never be written. */
  broken: boolean;
}

/**
 * Reads a sidecar's text: YAML errors (the file is then `broken` and never written), a format
 * version this Byline does not read, schema mismatches (`schemas/sidecar.schema.json`), duplicate
 * ids and reversed offsets. Never throws: every problem comes back with a line and column.
 * CRLF, a BOM and emoji are fine; offsets in problems are 1-based.
 */
export function parseSidecar(text: string): ParsedSidecar {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  sourceStyles.set(document, { crlf: /\r\n/u.test(text) && !/(?<!\r)\n/u.test(text), bom: text.startsWith('\uFEFF') });
  const problems: SidecarProblem[] = [];
  const at = (node: unknown) => {
    const p = lines.linePos((node as Node | undefined)?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  for (const e of document.errors) {
    const p = lines.linePos(e.pos[0]);
    problems.push({ code: 'yaml', line: p.line, column: p.col, message: e.message.split('\n')[0] });
  }
  const annotations: Annotation[] = [];
  if (problems.length) return { document, annotations, problems, broken: true };
  const root = document.contents;
  if (root === null || root === undefined || (isScalar(root) && root.value === null)) return { document, annotations, problems, broken: false };
  if (isMap(root)) {
    const version: unknown = root.get('byline');
    if (version !== undefined && version !== SIDECAR_VERSION) {
      // A later format may mean other things by the same keys: read nothing rather than guess.
      problems.push({ code: 'version', ...at(root.get('byline', true)), message: `unsupported format version ${JSON.stringify(version)} (this Byline reads ${SIDECAR_VERSION})` });
      return { document, annotations, problems, broken: false };
    }
  }
  problems.push(...validateSchema(document, lines));
  const list = isMap(root) ? root.get('annotations', true) : undefined;
  if (!isMap(root) || !isSeq(list)) return { document, annotations, problems, broken: false };
  const seen = new Map<string, number>();
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const pos = at(item);
    // Ids must be unique even among annotations that have other problems.
    const rawId = item.get('id');
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    if (id !== undefined && seen.has(id)) {
      problems.push({ code: 'duplicate-id', ...pos, message: `duplicate annotation id "${id}" (first on line ${seen.get(id)})` });
      continue;
    }
    if (id !== undefined) seen.set(id, pos.line);
    const a = readAnnotation(item, pos);
    if (!a) continue;
    if (a.start !== undefined && a.end !== undefined && a.end < a.start) {
      problems.push({ code: 'range', ...at(item.get('end', true)), message: '`end` must not be before `start`' });
      a.start = a.end = undefined;
    }
    annotations.push(a);
  }
  return { document, annotations, problems, broken: false };
}

/**
 * The model of one annotation, or null when it cannot be anchored (no usable id or quote, or a
 * status Byline does not know). Shape problems were already reported by the schema check; here
 * a value of the wrong type just falls back to its default.
 */
function readAnnotation(item: YAMLMap, pos: { line: number; column: number }): Annotation | null {
  const get = (key: string): unknown => item.get(key);
  const id = get('id');
  const quote = get('quote');
  // `status: false` unquoted is a YAML boolean; it can only mean the status "false".
  const rawStatus = get('status');
  const status = rawStatus === false ? 'false' : (rawStatus ?? 'unverified');
  if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '') return null;
  if (typeof quote !== 'string' || quote.length === 0) return null;
  if (!STATUSES.includes(status as Status)) return null;
  const offset = (key: string) => {
    const v = get(key);
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
  };
  const strings = (key: string) => {
    const v = item.get(key, true);
    const json: unknown = isSeq(v) ? v.toJSON() : isScalar(v) ? [v.value] : [];
    return Array.isArray(json) ? json.filter((x): x is string => typeof x === 'string') : [];
  };
  const text = (key: string) => {
    const v = get(key);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    id: String(id),
    label: text('label') ?? 'claim',
    status: status as Status,
    quote,
    prefix: text('prefix'),
    suffix: text('suffix'),
    start: offset('start'),
    end: offset('end'),
    note: text('note'),
    sources: strings('sources'),
    speaker: text('speaker'),
    tags: strings('tags'),
    author: text('author'),
    created: text('created'),
    updated: text('updated'),
    previousQuote: text('previousQuote'),
    ...pos,
  };
}

/**
 * Writes a sidecar document back as text in the house style (`[a, b]` flow lists), with the line
 * endings and byte-order mark of the text it was parsed from, so a file round-trips byte for byte
 * and an edit changes only the lines it touches.
 */
export function serializeSidecar(document: Document): string {
  const style = sourceStyles.get(document);
  let text = document.toString({ flowCollectionPadding: false, lineWidth: 0 });
  if (style?.bom && !text.startsWith('\uFEFF')) text = `\uFEFF${text}`;
  // yaml writes LF; a file that used CRLF throughout (say, from a Windows editor) keeps CRLF.
  return style?.crlf ? text.replace(/\r?\n/gu, '\r\n') : text;
}

/** Line endings and byte-order mark of the text each document was parsed from, to write back alike. */
const sourceStyles = new WeakMap<Document, { crlf: boolean; bom: boolean }>();
