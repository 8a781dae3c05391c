import * as assert from 'node:assert/strict';
import type { NamedSpan } from '../../../src/core/ner/index';
import { firstEndingAfter, withCompanyNames } from '../../../src/core/ner/org-company-merge';

const span = (type: NamedSpan['type'], start: number, end: number): NamedSpan => ({ type, start, end });

describe('putting company names in among the spans', () => {
  it('puts a name in over the spans inside it and keeps the others in order', () => {
    const spans = [span('person', 0, 4), span('place', 10, 14), span('organization', 15, 20), span('place', 30, 35)];
    assert.deepEqual(withCompanyNames(spans, [span('organization', 10, 20)]), [span('person', 0, 4), span('organization', 10, 20), span('place', 30, 35)]);
  });

  it('leaves a name out where a span reaches out of it, and a later name overlapping that span', () => {
    const spans = [span('person', 5, 25)];
    const names = [span('organization', 0, 10), span('organization', 20, 30), span('organization', 40, 45)];
    assert.deepEqual(withCompanyNames(spans, names), [span('person', 5, 25), span('organization', 40, 45)]);
  });

  it('returns a copy of the spans when there is no name, and the names when there is no span', () => {
    const spans = [span('place', 0, 3)];
    const copy = withCompanyNames(spans, []);
    assert.deepEqual(copy, spans);
    assert.notEqual(copy, spans);
    assert.deepEqual(withCompanyNames([], [span('organization', 2, 4)]), [span('organization', 2, 4)]);
  });

  it('moves a cursor to the first span ending after a position', () => {
    const spans = [span('place', 0, 3), span('place', 5, 8), span('place', 10, 12)];
    assert.equal(firstEndingAfter(spans, 4, 0), 1);
    assert.equal(firstEndingAfter(spans, 8, 1), 2);
    assert.equal(firstEndingAfter(spans, 20, 2), 3);
  });
});
