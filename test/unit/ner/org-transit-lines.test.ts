import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withoutTransitLines } from '../../../src/core/ner/org-transit-lines';

describe('transport lines named with a short form in brackets', () => {
  it('drops the long form and every mention of the short form as organisations, keeping the place before them', () => {
    const text = 'The Abidjan Light Rail Transit (LRT) line opens. The Abidjan LRT will carry 50,000 a day. LRT fares rise.';
    const spans = [spanAt(text, 'Abidjan', 'place'), spanAt(text, 'Light Rail Transit', 'organization'), spanAt(text, 'LRT', 'organization'), spanAt(text, 'Abidjan', 'place', 1), spanAt(text, 'LRT', 'organization', 1), spanAt(text, 'LRT', 'organization', 2)];
    assert.deepEqual(showSpans(text, withoutTransitLines(text, spans)), ['place:Abidjan', 'place:Abidjan']);
  });

  it("keeps a body whose short form in brackets is not before a line's word", () => {
    const text = 'The Land Transport Authority (LTA) said the line would open.';
    const spans = [spanAt(text, 'Land Transport Authority', 'organization'), spanAt(text, 'LTA', 'organization')];
    assert.deepEqual(showSpans(text, withoutTransitLines(text, spans)), ['organization:Land Transport Authority', 'organization:LTA']);
  });
});
