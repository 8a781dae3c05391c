import * as assert from 'node:assert/strict';
import { withNationalSocieties } from '../../../src/core/ner/org-national-societies';
import { showSpans, spanAt } from '../helpers/spans';

const isNation = (name: string) => name === 'Lesotho' || name === 'Chilean';

describe("a nation's Red Cross society and survey agency", () => {
  it('takes the nation into the society’s name, over the model’s "Red Cross" alone', () => {
    const text = 'The Chilean Red Cross and the Lesotho Red Cross Society sent blankets; the Red Cross thanked them.';
    const spans = [spanAt(text, 'Red Cross', 'organization'), spanAt(text, 'Lesotho', 'place'), spanAt(text, 'Red Cross', 'organization', 2)];
    assert.deepEqual(showSpans(text, withNationalSocieties(text, spans, isNation)), ['organization:Chilean Red Cross', 'organization:Lesotho Red Cross Society', 'organization:Red Cross']);
  });

  it('makes a nation and a field before "Survey" one agency, and a science’s survey of a place, but not a poll', () => {
    const text = 'The UK Hydrographic Survey and the Geological Survey of Lesotho agreed, while a Harris Survey disagreed.';
    const spans = [spanAt(text, 'UK', 'place'), spanAt(text, 'Lesotho', 'place'), spanAt(text, 'Harris', 'person')];
    assert.deepEqual(showSpans(text, withNationalSocieties(text, spans, isNation)), ['organization:UK Hydrographic Survey', 'organization:Geological Survey of Lesotho', 'person:Harris']);
  });
});
