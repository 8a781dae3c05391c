import * as assert from 'node:assert/strict';
import { withConstituencies } from '../../../src/core/ner/place-constituencies';
import { showSpans, spanAt } from '../helpers/spans';

describe('seats in brackets after a politician and a party', () => {
  it('makes the division or constituency after the party a place, also after initials the model left', () => {
    const text = 'Councillor Ann Lee (PNP, Mona Division) and Jane Roe (Labour, Bristol West) objected.';
    const spans = [spanAt(text, 'Ann Lee', 'person'), spanAt(text, 'Mona Division', 'organization'), spanAt(text, 'Jane Roe', 'person'), spanAt(text, 'Labour', 'organization'), spanAt(text, 'Bristol West', 'person')];
    assert.deepEqual(showSpans(text, withConstituencies(text, spans)), ['person:Ann Lee', 'place:Mona Division', 'person:Jane Roe', 'organization:Labour', 'place:Bristol West']);
  });

  it('leaves two bodies in brackets and a pair without a name before the bracket', () => {
    const text = 'Photo by Lee (AFP, Reuters). Sales rose (NYSE, Dow Jones).';
    const spans = [spanAt(text, 'Lee', 'person'), spanAt(text, 'AFP', 'organization'), spanAt(text, 'Reuters', 'organization'), spanAt(text, 'NYSE', 'organization'), spanAt(text, 'Dow Jones', 'person')];
    assert.deepEqual(showSpans(text, withConstituencies(text, spans)), showSpans(text, spans));
  });
});
