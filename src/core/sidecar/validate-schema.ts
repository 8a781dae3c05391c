import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Document } from 'yaml';
import schemaJson from '../../../schemas/sidecar.schema.json';
import type { SidecarProblem } from './sidecar-format';

/**
 * The part of JSON Schema (draft-07) the sidecar schema uses. Anything else in a schema is
 * ignored, so the published file can carry descriptions and defaults for editors.
 */
export interface JsonSchema {
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  pattern?: string;
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** The published sidecar schema (`schemas/sidecar.schema.json`). */
export const SIDECAR_SCHEMA = schemaJson as JsonSchema;

function typeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as JsonType;
  return 'object';
}

function typeMatches(actual: JsonType, wanted: JsonType): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

const show = (v: unknown) => JSON.stringify(v);

/**
 * Checks a parsed sidecar document against a JSON Schema and returns every mismatch with the
 * line and column of the offending YAML node (or of its parent, for a missing key). Problems are
 * data: nothing throws, and a document with problems can still be read.
 */
export function validateSchema(doc: Document, lines: LineCounter, schema: JsonSchema = SIDECAR_SCHEMA): SidecarProblem[] {
  const problems: SidecarProblem[] = [];
  const report = (node: Node | null | undefined, path: string, message: string) => {
    const p = lines.linePos(node?.range?.[0] ?? 0);
    problems.push({ code: 'schema', line: p.line, column: p.col, message: path ? `\`${path}\` ${message}` : message });
  };

  const visit = (raw: unknown, s: JsonSchema, path: string, fallback: Node | null | undefined): void => {
    const node = (isAlias(raw) ? raw.resolve(doc) : raw) as Node | null | undefined;
    const at = node ?? fallback;
    const value: unknown = node === null || node === undefined ? null : isScalar(node) ? node.value : isSeq(node) ? [] : isMap(node) ? {} : null;
    const actual = typeOf(value);
    if (s.type) {
      const wanted = Array.isArray(s.type) ? s.type : [s.type];
      if (!wanted.some((w) => typeMatches(actual, w))) {
        report(at, path, `must be ${wanted.map((w) => (w === 'integer' ? 'a whole number' : w === 'array' ? 'a list' : w === 'object' ? 'a mapping' : w === 'null' ? 'empty' : `a ${w}`)).join(' or ')}`);
        return;
      }
    }
    if (s.const !== undefined && value !== s.const) report(at, path, `must be ${show(s.const)}`);
    if (s.enum && !s.enum.includes(value)) report(at, path, `must be one of ${[...new Set(s.enum.map(String))].join(', ')}`);
    if (typeof value === 'string') {
      const length = [...value].length;
      if (s.minLength !== undefined && length < s.minLength) report(at, path, s.minLength === 1 ? 'must not be empty' : `must have at least ${s.minLength} characters`);
      if (s.maxLength !== undefined && length > s.maxLength) report(at, path, `must have at most ${s.maxLength} characters`);
      if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value)) report(at, path, `must match ${s.pattern}`);
    }
    if (typeof value === 'number' && s.minimum !== undefined && value < s.minimum) report(at, path, `must be at least ${s.minimum}`);
    if (isSeq(node) && s.items) node.items.forEach((item, i) => visit(item, s.items!, `${path}[${i}]`, node));
    if (isMap(node)) {
      const present = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        present.add(key);
        const child = s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (child) visit(pair.value, child, path ? `${path}.${key}` : key, (pair.key as Node | null) ?? node);
        else if (s.additionalProperties === false) report(pair.key as Node, path, `has an unknown key \`${key}\``);
      }
      for (const key of s.required ?? []) if (!present.has(key)) report(node, path, `needs \`${key}\``);
    }
  };

  visit(doc.contents, schema, '', null);
  return problems;
}
