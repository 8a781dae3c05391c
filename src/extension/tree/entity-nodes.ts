import type { EntityType } from '../../core/model/types';

/** Which entities the sidebar lists: the active article's, or every article's. */
export type EntityScope = 'article' | 'workspace';

/**
 * Rows of the Entities view: small keyed records; `TreeItem`s are built from them on demand. `id` is
 * stable across refreshes (it becomes the tree item id) and `parentId` makes `getParent` a lookup.
 */
export type EntityNode =
  | { kind: 'category'; id: string; parentId?: undefined; type: EntityType; count: number }
  | { kind: 'entity'; id: string; parentId: string; type: EntityType; key: string }
  | { kind: 'article'; id: string; parentId: string; key: string; uri: string; count: number }
  | { kind: 'mention'; id: string; parentId: string; uri: string; start: number; end: number; line: number; label: string; highlight: [number, number] };

/** Entity keys hold a NUL separator; ids end up in the DOM, so keep them printable. */
function printable(key: string): string {
  return key.replace(/\u0000/gu, ':');
}

export const nodeIds = {
  category: (scope: EntityScope, type: EntityType) => `${scope}/${type}`,
  entity: (scope: EntityScope, key: string) => `${scope}/entity/${printable(key)}`,
  article: (key: string, uri: string) => `workspace/entity/${printable(key)}/${uri}`,
  mention: (parentId: string, start: number, end: number) => `${parentId}/@${start}-${end}`,
};
