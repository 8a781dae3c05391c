import type { Entity } from '../model/types';

/** Dates are grouped by resolved value, names by canonical name regardless of case. */
export function entityKey(e: Pick<Entity, 'type' | 'canonical' | 'value'>): string {
  return `${e.type}\u0000${e.type === 'date' && e.value ? e.value : e.canonical.toLowerCase()}`;
}
