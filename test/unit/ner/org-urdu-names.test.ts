import * as assert from 'node:assert/strict';
import { isUrduBodyName, withUrduNames } from '../../../src/core/ner/org-urdu-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('parties and groups named in Urdu or Persian', () => {
  it('types a name opening with a body’s word and a linking vowel as an organisation, not a person named in that shape', () => {
    const text = 'Tehreek-e-Nizam and Hizb-ut-Adalat protested; Noor-e-Hasan spoke.';
    const spans = [spanAt(text, 'Tehreek-e-Nizam', 'person'), spanAt(text, 'Hizb-ut-Adalat', 'place'), spanAt(text, 'Noor-e-Hasan', 'person')];
    assert.deepEqual(showSpans(text, withUrduNames(text, spans)), ['organization:Tehreek-e-Nizam', 'organization:Hizb-ut-Adalat', 'person:Noor-e-Hasan']);
  });

  it('finds the body’s word after another word, in the linked word or before it', () => {
    const text = 'Awami Tehreek-e-Nizam and Jamiat Ulema-e-Watan met in Mazar-e-Sharif.';
    const spans = [spanAt(text, 'Awami Tehreek-e-Nizam', 'person'), spanAt(text, 'Jamiat Ulema-e-Watan', 'person'), spanAt(text, 'Mazar-e-Sharif', 'place')];
    assert.deepEqual(showSpans(text, withUrduNames(text, spans)), ['organization:Awami Tehreek-e-Nizam', 'organization:Jamiat Ulema-e-Watan', 'place:Mazar-e-Sharif']);
  });

  it('needs both a linking vowel and a body’s word', () => {
    assert.equal(isUrduBodyName('Jamaat Islami'), false);
    assert.equal(isUrduBodyName('Zill-e-Huma'), false);
    assert.equal(isUrduBodyName('Lashkar-e-Taiba'), true);
    assert.equal(isUrduBodyName(''), false);
  });
});
