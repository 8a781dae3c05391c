import * as assert from 'node:assert/strict';
import { withUrduNames } from '../../../src/core/ner/org-urdu-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('parties and groups named in Urdu or Persian', () => {
  it('types a name opening with a body’s word and a linking vowel as an organisation, not a person named in that shape', () => {
    const text = 'Tehreek-e-Nizam and Hizb-ut-Adalat protested; Noor-e-Hasan spoke.';
    const spans = [spanAt(text, 'Tehreek-e-Nizam', 'person'), spanAt(text, 'Hizb-ut-Adalat', 'place'), spanAt(text, 'Noor-e-Hasan', 'person')];
    assert.deepEqual(showSpans(text, withUrduNames(text, spans)), ['organization:Tehreek-e-Nizam', 'organization:Hizb-ut-Adalat', 'person:Noor-e-Hasan']);
  });
});
