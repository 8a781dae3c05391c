import type { Entity, EntityType, TextRange } from '../model/types';

/** One analyst correction, applied to every article in the workspace. */
export type Correction =
  /** "Not an entity": drop mentions with this text (of this type, if given). */
  | { action: 'reject'; text: string; type?: EntityType }
  /** "Change type": mentions with this text get this type (and optionally a canonical name). */
  | { action: 'retype'; text: string; type: EntityType; canonical?: string }
  /** "Add entity": every occurrence of this text is an entity the recogniser missed. */
  | { action: 'add'; text: string; type: EntityType; canonical?: string };

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'date'];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Matching ignores case and a trailing possessive, as analysts type names as they see them. */
function normalise(text: string): string {
  return text.replace(/['’]s$/u, '').trim().toLowerCase();
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Whole-word occurrences of `needle` inside `ranges` of `text`, case-sensitive as written. */
function findOccurrences(text: string, needle: string, ranges: readonly TextRange[]): TextRange[] {
  const found: TextRange[] = [];
  if (!needle) return found;
  for (const r of ranges) {
    for (let i = text.indexOf(needle, r.start); i >= 0 && i + needle.length <= r.end; i = text.indexOf(needle, i + 1)) {
      if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) found.push({ start: i, end: i + needle.length });
    }
  }
  return found;
}

/**
 * Applies corrections to recognised entities: rejections drop, retypes change type, additions insert
 * mentions (replacing any overlapping recognised ones). The result is sorted by offset.
 */
export function applyCorrections(text: string, entities: readonly Entity[], corrections: readonly Correction[], searchable: readonly TextRange[]): Entity[] {
  if (corrections.length === 0) return [...entities];
  const rejects = corrections.filter((c) => c.action === 'reject');
  const retypes = new Map(corrections.filter((c) => c.action === 'retype').map((c) => [normalise(c.text), c]));
  let result: Entity[] = [];
  for (const e of entities) {
    const key = normalise(e.text);
    if (rejects.some((r) => normalise(r.text) === key && (!r.type || r.type === e.type))) continue;
    const retype = retypes.get(key) ?? retypes.get(normalise(e.canonical));
    if (retype && retype.action === 'retype') {
      result.push({ ...e, type: retype.type, canonical: retype.canonical ?? e.canonical, value: retype.type === 'date' ? e.value : undefined });
    } else {
      result.push(e);
    }
  }
  for (const add of corrections) {
    if (add.action !== 'add') continue;
    for (const r of findOccurrences(text, add.text, searchable)) {
      result = result.filter((e) => e.end <= r.start || e.start >= r.end);
      result.push({ type: add.type, text: add.text, start: r.start, end: r.end, canonical: add.canonical ?? add.text });
    }
  }
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}
