import * as assert from 'node:assert/strict';
import { type ClaimEntry, groupClaims, matchesClaimFilter, ORPHAN_GROUP } from '../../../src/core/claims-view/claim-groups';
import type { AnchoredAnnotation } from '../../../src/core/sidecar/reanchor';
import type { Status } from '../../../src/core/sidecar/sidecar-format';

function claim(id: string, label: string, status: Status, start: number | null, extra: Partial<AnchoredAnnotation['annotation']> = {}): AnchoredAnnotation {
  const result = start === null ? ({ anchor: 'orphan', start: null, end: null } as const) : ({ anchor: 'exact', start, end: start + 5 } as const);
  return { annotation: { id, label, status, quote: `quote ${id}`, sources: [], tags: [], line: 1, column: 1, ...extra }, result: result as AnchoredAnnotation['result'], status };
}

const entry = (articleName: string, c: AnchoredAnnotation): ClaimEntry<string> => ({ article: articleName, articleName, claim: c });

describe('claims view groups', () => {
  const entries = [
    entry('b.txt', claim('b1', 'quote', 'verified', 40)),
    entry('a.txt', claim('a2', 'claim', 'unverified', 90)),
    entry('a.txt', claim('a1', 'claim', 'unverified', 10)),
    entry('a.txt', claim('a3', 'statistic', 'false', null)),
    entry('b.txt', claim('b2', 'hunch', 'needs-recheck', 5)),
  ];

  it('puts orphans first, then statuses in the format order, claims in reading order', () => {
    const groups = groupClaims(entries, 'status');
    assert.deepEqual(
      groups.map((g) => [g.id, g.items.map((i) => i.claim.annotation.id)]),
      [
        [ORPHAN_GROUP, ['a3']],
        ['status:unverified', ['a1', 'a2']],
        ['status:verified', ['b1']],
        ['status:needs-recheck', ['b2']],
      ],
    );
  });

  it('groups by label in the label set order, unknown labels after them by name', () => {
    const groups = groupClaims(entries, 'label', ['quote', 'claim', 'statistic']);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Orphans', 'quote', 'claim', 'hunch'],
    );
  });

  it('filters on every word, across quote, note, speaker, tags and file name, ignoring case', () => {
    const noted = entry('c.txt', claim('c1', 'claim', 'disputed', 0, { note: 'Ask the Treasury', speaker: 'Nikol Pashinyan', tags: ['budget'] }));
    assert.equal(matchesClaimFilter(noted, 'treasury PASHINYAN'), true);
    assert.equal(matchesClaimFilter(noted, 'budget c.txt disputed'), true);
    assert.equal(matchesClaimFilter(noted, 'treasury kremlin'), false);
    assert.equal(matchesClaimFilter(noted, '   '), true);
  });
});
