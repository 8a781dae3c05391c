import * as assert from 'node:assert/strict';
import { withObservatories } from '../../../src/core/ner/org-observatories';
import { showSpans, spanAt } from '../helpers/spans';

describe('observatories that speak', () => {
  it('types an observatory that says or records something as an organisation, and one visited as a place', () => {
    const text = 'The tremor was recorded, the Mount Ida Observatory said. According to the Sable Observatory it was small. We hiked to the Mount Ida Observatory.';
    const spans = [spanAt(text, 'Mount Ida Observatory', 'place'), spanAt(text, 'Sable Observatory', 'place'), spanAt(text, 'Mount Ida Observatory', 'place', 1)];
    assert.deepEqual(showSpans(text, withObservatories(text, spans)), ['organization:Mount Ida Observatory', 'organization:Sable Observatory', 'place:Mount Ida Observatory']);
  });
});
