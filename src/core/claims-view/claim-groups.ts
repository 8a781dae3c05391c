import type { AnchoredAnnotation } from '../sidecar/reanchor';
import { STATUSES } from '../sidecar/sidecar-format';

/** How the Claims view groups its rows. */
export type ClaimGrouping = 'status' | 'label';

/** One claim with the article it belongs to (`A` is whatever the caller names articles by). */
export interface ClaimEntry<A> {
  article: A;
  /** The article's path as shown to the analyst (relative to the workspace). */
  articleName: string;
  claim: AnchoredAnnotation;
}

/** A group of the Claims view: orphans first, then statuses or labels in their set order. */
export interface ClaimGroup<A> {
  id: string;
  label: string;
  items: Array<ClaimEntry<A>>;
}

/** The group id of orphans, whatever the grouping: they need the analyst before anything else. */
export const ORPHAN_GROUP = 'orphan';

/**
 * Whether a claim matches a filter typed by the analyst: every word of the filter must occur
 * (case-insensitive) in its quote, note, label, status, speaker, tags, sources or article name.
 */
export function matchesClaimFilter<A>(entry: ClaimEntry<A>, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const { annotation } = entry.claim;
  const haystack = [annotation.quote, annotation.note ?? '', annotation.label, entry.claim.status, annotation.speaker ?? '', ...annotation.tags, ...annotation.sources, entry.articleName, annotation.id]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

function byPlace<A>(a: ClaimEntry<A>, b: ClaimEntry<A>): number {
  if (a.articleName !== b.articleName) return a.articleName < b.articleName ? -1 : 1;
  return (a.claim.result.start ?? a.claim.annotation.start ?? 0) - (b.claim.result.start ?? b.claim.annotation.start ?? 0);
}

/**
 * Groups claims for the Claims view: orphans apart and first, then by status (in the format's
 * order) or by label (in the label set's order, labels it does not know after them, by name).
 * Within a group, claims are in reading order: by article, then by position. Empty groups are left out.
 */
export function groupClaims<A>(entries: ReadonlyArray<ClaimEntry<A>>, grouping: ClaimGrouping, labelOrder: readonly string[] = []): Array<ClaimGroup<A>> {
  const groups: Array<ClaimGroup<A>> = [];
  const orphans = entries.filter((e) => e.claim.result.anchor === 'orphan');
  if (orphans.length) groups.push({ id: ORPHAN_GROUP, label: 'Orphans', items: [...orphans].sort(byPlace) });
  const anchored = entries.filter((e) => e.claim.result.anchor !== 'orphan');
  const keyOf = (e: ClaimEntry<A>) => (grouping === 'status' ? e.claim.status : e.claim.annotation.label);
  const present = new Set(anchored.map(keyOf));
  const known: readonly string[] = grouping === 'status' ? STATUSES : labelOrder;
  const order = [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort()];
  for (const key of order) {
    groups.push({ id: `${grouping}:${key}`, label: key, items: anchored.filter((e) => keyOf(e) === key).sort(byPlace) });
  }
  return groups;
}
