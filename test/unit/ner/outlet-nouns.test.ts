import * as assert from 'node:assert/strict';
import { withOutletNouns } from '../../../src/core/ner/outlet-nouns';
import { showSpans, spanAt } from '../helpers/spans';

describe("a publication's name after its noun", () => {
  it('is an organisation, taken whole over a part the model found', () => {
    const text = 'The secular magazine VeroMondo said so, as did a paper in the journal Coastal Reef Studies and the tabloid Blitz.';
    const spans = [spanAt(text, 'Coastal', 'place')];
    assert.deepEqual(showSpans(text, withOutletNouns(text, spans)), ['organization:VeroMondo', 'organization:Coastal Reef Studies', 'organization:Blitz']);
  });

  it('leaves function words, days, nationality words and longer words alone', () => {
    const text = 'The newspaper On Sunday ran it; the magazine Monday edition; the newspaper French readers like; a journalist Varn; e-journal Zed.';
    assert.deepEqual(showSpans(text, withOutletNouns(text, [])), []);
  });

  it('keeps a longer name the model found around the words', () => {
    const text = 'Staff of Harbour magazine Tidewatch Weekly met.';
    const spans = [spanAt(text, 'Harbour magazine Tidewatch Weekly', 'organization')];
    assert.deepEqual(showSpans(text, withOutletNouns(text, spans)), showSpans(text, spans));
  });
});
