import * as assert from 'node:assert/strict';
import { withCampaignNames } from '../../../src/core/ner/org-campaign-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('campaigns named by a call to act', () => {
  it('reads "the Save ..." and "the Stop ..." as a group over the place or the body found inside', () => {
    const text = 'A lawyer for the Save Lake Orin campaign, the Stop Evictions group and the Save the Otter Trust spoke.';
    const spans = [spanAt(text, 'Lake Orin', 'place'), spanAt(text, 'Otter Trust', 'organization')];
    assert.deepEqual(showSpans(text, withCampaignNames(text, spans)), ['organization:Save Lake Orin', 'organization:Stop Evictions', 'organization:Save the Otter Trust']);
  });

  it('leaves a call without "the" before it, one with no capitalised word after it, and a word ending in "the"', () => {
    const text = 'Save Water, they said; the Stop sign fell and the Save button broke; breathe Save Lakes.';
    assert.deepEqual(showSpans(text, withCampaignNames(text, [])), []);
  });

  it('handles empty text', () => {
    assert.deepEqual(withCampaignNames('', []), []);
  });
});
