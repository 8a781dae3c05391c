import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { type Correction, isEntityType } from './corrections';

/** Where corrections live, relative to the workspace (or the nearest folder holding `.byline/`). */
export const CORRECTIONS_PATH = '.byline/entities.yaml';

/** A problem in the corrections file, with a 1-based line and column. */
export interface CorrectionsProblem {
  line: number;
  column: number;
  message: string;
}

export interface CorrectionsFile {
  corrections: Correction[];
  problems: CorrectionsProblem[];
  /** The parsed document, kept so edits preserve comments and unknown keys. */
  document: Document;
}

const HEADER = `# Byline entity corrections: they apply to every article in this workspace.
# action: reject (not an entity) | retype (change its type) | add (an entity that was missed)
# type: person | place | organization | date
`;

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses `.byline/entities.yaml`; problems are data, and a bad entry is skipped, never dropped from disk. */
export function parseCorrections(text: string): CorrectionsFile {
  const document = parseDocument(text, { keepSourceTokens: false });
  const problems: CorrectionsProblem[] = document.errors.map((e) => ({ ...position(text, e.pos[0]), message: e.message.split('\n')[0] }));
  const corrections: Correction[] = [];
  const list = document.get('corrections');
  if (list !== undefined && list !== null && !isSeq(list)) {
    problems.push({ line: 1, column: 1, message: '`corrections` must be a list' });
  }
  if (isSeq(list)) {
    for (const item of list.items) {
      const at = position(text, (item as { range?: [number] }).range?.[0] ?? 0);
      if (!isMap(item)) {
        problems.push({ ...at, message: 'each correction must be a mapping with action, text and type' });
        continue;
      }
      const action = item.get('action');
      const entityText = item.get('text');
      const type = item.get('type');
      const canonical = item.get('canonical');
      if (typeof entityText !== 'string' || !entityText.trim()) {
        problems.push({ ...at, message: 'correction needs a non-empty `text`' });
      } else if (action === 'reject' && (type === undefined || isEntityType(type))) {
        corrections.push({ action, text: entityText, ...(type ? { type } : {}) });
      } else if ((action === 'retype' || action === 'add') && isEntityType(type)) {
        corrections.push({ action, text: entityText, type, ...(typeof canonical === 'string' ? { canonical } : {}) });
      } else {
        problems.push({ ...at, message: `unknown action ${JSON.stringify(action)} or type ${JSON.stringify(type)}` });
      }
    }
  }
  return { corrections, problems, document };
}

/**
 * Returns the file's new text with `correction` added (replacing any entry for the same text). Refuses, returning null, when the file has parse errors: a broken file is never overwritten.
 */
export function addCorrection(existing: string | undefined, correction: Correction): string | null {
  const source = existing && existing.trim() ? existing : `${HEADER}byline: 1\ncorrections: []\n`;
  const parsed = parseCorrections(source);
  if (parsed.document.errors.length > 0) return null;
  const doc = parsed.document;
  let list = doc.get('corrections');
  if (!isSeq(list)) {
    doc.set('corrections', doc.createNode([]));
    list = doc.get('corrections');
  }
  const seq = list as import('yaml').YAMLSeq;
  seq.flow = false;
  // One correction per text: the newest decision about a name replaces the older one.
  seq.items = seq.items.filter((item) => !(isMap(item) && item.get('text') === correction.text));
  seq.items.push(doc.createNode({ ...correction }));
  return doc.toString();
}
