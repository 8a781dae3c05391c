import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type SidecarProblem, type Status, STATUSES } from '../sidecar/sidecar-format';

/** A claim label: its name, a one-key shortcut for the quick pick, and a colour for its marks. */
export interface LabelDefinition {
  name: string;
  key: string;
  color: string;
  description: string;
}

/** How a status is shown: the set of statuses is fixed by the format, their look is not. */
export interface StatusDefinition {
  name: Status;
  key: string;
  color: string;
  description: string;
}

/** Labels and statuses of a workspace, with what was wrong in its labels file. */
export interface LabelSet {
  labels: LabelDefinition[];
  statuses: StatusDefinition[];
  problems: SidecarProblem[];
}

/** Where a workspace keeps its own labels, relative to the workspace folder. */
export const LABELS_FILE = '.byline/labels.yaml';

/** The labels every workspace starts with. */
export const DEFAULT_LABELS: readonly LabelDefinition[] = [
  { name: 'claim', key: 'c', color: '#d97706', description: 'A factual claim to check' },
  { name: 'quote', key: 'q', color: '#7c3aed', description: 'A quotation of someone' },
  { name: 'statistic', key: 's', color: '#2563eb', description: 'A number or measurement' },
  { name: 'attribution', key: 'a', color: '#059669', description: 'Who said or reported it' },
  { name: 'opinion', key: 'o', color: '#6b7280', description: 'Opinion or analysis, not a checkable fact' },
  { name: 'question', key: 'x', color: '#dc2626', description: 'Something to ask or follow up' },
];

/** The statuses, in the order a quick pick lists them; colours match the extension's theme colours. */
export const DEFAULT_STATUSES: readonly StatusDefinition[] = [
  { name: 'unverified', key: 'u', color: '#d97706', description: 'Not checked yet' },
  { name: 'verified', key: 'v', color: '#059669', description: 'Checked and true' },
  { name: 'disputed', key: 'd', color: '#7c3aed', description: 'Sources disagree' },
  { name: 'false', key: 'f', color: '#dc2626', description: 'Checked and false' },
  { name: 'misleading', key: 'm', color: '#db2777', description: 'True in part, or out of context' },
  { name: 'needs-recheck', key: 'r', color: '#2563eb', description: 'The article changed under a checked claim' },
];

/** Colours for labels that name none, in turn. */
const PALETTE = ['#d97706', '#2563eb', '#7c3aed', '#059669', '#db2777', '#0891b2', '#65a30d', '#6b7280'];
const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/iu;

/** The defaults, as a fresh set a caller may change. */
export function defaultLabelSet(): LabelSet {
  return { labels: DEFAULT_LABELS.map((l) => ({ ...l })), statuses: DEFAULT_STATUSES.map((s) => ({ ...s })), problems: [] };
}

/**
 * Reads a workspace labels file:
 * ```yaml
 * labels:                 # replaces the default labels when present
 *   - name: claim
 *     key: c              # optional: the first free letter of the name
 *     color: "#d97706"    # optional: taken from a palette
 *     description: A factual claim to check
 * statuses:               # optional: restyles the fixed statuses
 *   - name: verified
 *     color: "#059669"
 * ```
 * Never throws: a broken file gives the defaults plus its problems, with line and column.
 */
export function parseLabelSet(text: string): LabelSet {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const set = defaultLabelSet();
  const report = (node: unknown, message: string) => {
    const p = lines.linePos((node as Node | undefined)?.range?.[0] ?? 0);
    set.problems.push({ code: 'schema', line: p.line, column: p.col, message });
  };
  for (const e of doc.errors) {
    const p = lines.linePos(e.pos[0]);
    set.problems.push({ code: 'yaml', line: p.line, column: p.col, message: e.message.split('\n')[0] });
  }
  if (doc.errors.length || !isMap(doc.contents)) return set;

  const labels = doc.contents.get('labels', true);
  if (labels !== undefined && !isSeq(labels)) report(labels, '`labels` must be a list');
  if (isSeq(labels)) {
    const read: LabelDefinition[] = [];
    for (const item of labels.items) {
      const name = isMap(item) ? item.get('name') : undefined;
      if (!isMap(item) || typeof name !== 'string' || !name.trim()) {
        report(item, 'each label needs a `name`');
        continue;
      }
      if (read.some((l) => l.name === name)) {
        report(item, `label "${name}" is defined twice`);
        continue;
      }
      const color = item.get('color');
      if (color !== undefined && (typeof color !== 'string' || !COLOR.test(color))) report(item.get('color', true), '`color` must be #rgb or #rrggbb');
      const key = item.get('key');
      if (key !== undefined && (typeof key !== 'string' || [...key].length !== 1)) report(item.get('key', true), '`key` must be one character');
      const description = item.get('description');
      read.push({
        name,
        key: typeof key === 'string' && [...key].length === 1 ? key : '',
        color: typeof color === 'string' && COLOR.test(color) ? color : PALETTE[read.length % PALETTE.length],
        description: typeof description === 'string' ? description : '',
      });
    }
    assignKeys(read, (label, message) => report(labels.items.find((i) => isMap(i) && i.get('name') === label.name), message));
    if (read.length) set.labels = read;
  }

  const statuses = doc.contents.get('statuses', true);
  if (statuses !== undefined && !isSeq(statuses)) report(statuses, '`statuses` must be a list');
  for (const item of isSeq(statuses) ? statuses.items : []) {
    const name = isMap(item) ? item.get('name') : undefined;
    const known = set.statuses.find((s) => s.name === name);
    if (!isMap(item) || !known) {
      report(item, `each status needs a \`name\`, one of ${STATUSES.join(', ')}`);
      continue;
    }
    const color = item.get('color');
    if (typeof color === 'string' && COLOR.test(color)) known.color = color;
    else if (color !== undefined) report(item.get('color', true), '`color` must be #rgb or #rrggbb');
    const key = item.get('key');
    if (typeof key === 'string' && [...key].length === 1) known.key = key;
    const description = item.get('description');
    if (typeof description === 'string') known.description = description;
  }
  return set;
}

/** Gives every label without a shortcut the first letter of its name not taken yet. */
function assignKeys(labels: LabelDefinition[], report: (label: LabelDefinition, message: string) => void): void {
  const taken = new Set<string>();
  for (const l of labels) {
    if (!l.key) continue;
    if (taken.has(l.key.toLowerCase())) {
      report(l, `shortcut "${l.key}" of label "${l.name}" is already used`);
      l.key = '';
    } else taken.add(l.key.toLowerCase());
  }
  for (const l of labels) {
    if (l.key) continue;
    const free = [...l.name.toLowerCase(), ...'abcdefghijklmnopqrstuvwxyz0123456789'].find((c) => /[\p{L}\p{N}]/u.test(c) && !taken.has(c));
    l.key = free ?? '';
    if (free) taken.add(free);
  }
}

/**
 * Loads a workspace's labels through `read` (a file reader that returns undefined when the file is
 * missing), so the same code runs on disk, in VS Code's file system and in a browser.
 */
export async function loadLabelSet(read: (relativePath: string) => Promise<string | undefined>): Promise<LabelSet> {
  const text = await read(LABELS_FILE);
  return text === undefined ? defaultLabelSet() : parseLabelSet(text);
}

/** The definition of a label, or a neutral one for a label the set does not know. */
export function labelFor(set: LabelSet, name: string): LabelDefinition {
  return set.labels.find((l) => l.name === name) ?? { name, key: '', color: '#6b7280', description: '' };
}
