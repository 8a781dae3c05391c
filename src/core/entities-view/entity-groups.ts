import type { Entity, EntityType } from '../model/types';

/** The order of the sidebar's categories and of the type lists in settings. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'date'];

const CATEGORY_LABELS: Record<EntityType, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  date: 'Dates',
};

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
  date: 'Date',
};

/** `People`, `Places`, `Organisations`, `Dates`. */
export function categoryLabel(type: EntityType): string {
  return CATEGORY_LABELS[type];
}

/** `Person`, `Place`, `Organisation`, `Date`. */
export function typeLabel(type: EntityType): string {
  return TYPE_LABELS[type];
}

/** How entity lists are ordered; dates are always in time order whatever is chosen. */
export type EntitySort = 'count' | 'name';

/** All mentions of one entity in one text. */
export interface EntityGroup {
  /** Stable identity: same type and name (dates: same resolved value) give the same key. */
  key: string;
  type: EntityType;
  /** Canonical name; for dates the resolved value when there is one. */
  name: string;
  /** ISO value of a date. */
  value?: string;
  /** Mentions in text order. */
  mentions: Entity[];
  /** Distinct surface forms, most frequent first. */
  forms: string[];
}

/** The name an entity is grouped and counted under: dates by resolved value, the rest by canonical name. */
export function entityName(e: Pick<Entity, 'type' | 'canonical' | 'value'>): string {
  return e.type === 'date' && e.value ? e.value : e.canonical;
}

/**
 * The grouping key. Names compare without case so "CSTO" and "Csto" from two recognisers meet; the
 * NUL separator cannot occur in a name.
 */
export function entityKey(e: Pick<Entity, 'type' | 'canonical' | 'value'>): string {
  return keyOf(e.type, entityName(e));
}

/** The key of an entity given its type and name (see `entityName`). */
export function keyOf(type: EntityType, name: string): string {
  return `${type}\u0000${name.toLowerCase()}`;
}

/** Distinct strings, most frequent first, ties alphabetically. */
export function byFrequency(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

/** Groups an article's entities per entity, in order of first mention. */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  const sorted = [...entities].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const e of sorted) {
    const key = entityKey(e);
    let group = groups.get(key);
    if (!group) {
      group = { key, type: e.type, name: entityName(e), mentions: [], forms: [] };
      if (e.type === 'date' && e.value) group.value = e.value;
      groups.set(key, group);
    }
    group.mentions.push(e);
  }
  for (const group of groups.values()) group.forms = byFrequency(group.mentions.map((m) => m.text));
  return [...groups.values()];
}

/** What `sortGroups` and `filterGroups` need of a group, so workspace summaries sort the same way. */
export interface Sortable {
  type: EntityType;
  name: string;
  value?: string;
  forms: readonly string[];
}

/**
 * Orders groups: dates by value (coarser before finer within the same period, since `2020` sorts
 * before `2020-11`; dates without a value last), others by `count` (descending) or `name`.
 */
export function sortGroups<T extends Sortable>(groups: readonly T[], sort: EntitySort, countOf: (g: T) => number): T[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.name.localeCompare(b.name);
  return [...groups].sort((a, b) => {
    if (a.type === 'date' && b.type === 'date') {
      if (a.value && b.value) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      if (a.value || b.value) return a.value ? -1 : 1;
      return byName(a, b);
    }
    if (sort === 'count') return countOf(b) - countOf(a) || byName(a, b);
    return byName(a, b);
  });
}

/** Keeps groups whose name or a surface form contains `filter` (case- and accent-insensitive). */
export function filterGroups<T extends Sortable>(groups: readonly T[], filter: string): T[] {
  const needle = fold(filter.trim());
  if (!needle) return [...groups];
  return groups.filter((g) => fold(g.name).includes(needle) || g.forms.some((f) => fold(f).includes(needle)));
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The entity whose mention covers `offset` (a caret just after a mention still counts), or undefined. */
export function findEntityAt(entities: readonly Entity[], offset: number): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.start <= offset && offset < e.end) return e;
    if (offset === e.end && !best) best = e;
  }
  return best;
}
