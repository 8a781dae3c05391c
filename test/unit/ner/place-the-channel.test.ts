import * as assert from 'node:assert/strict';
import { withTheChannel } from '../../../src/core/ner/place-the-channel';
import { showSpans, spanAt } from '../helpers/spans';

describe('"the Channel" as the English Channel', () => {
  it('makes "Channel" a place after a crossing or before a word of its traffic', () => {
    const text = 'More boats crossed the Channel in May, and Channel crossings rose. Ministers met over Channel patrols.';
    const spans = [spanAt(text, 'Channel', 'organization', 2)];
    assert.deepEqual(showSpans(text, withTheChannel(text, spans)), ['place:Channel', 'place:Channel', 'place:Channel']);
  });

  it('leaves broadcasters, other channels and "Channel" without a cue', () => {
    const text = 'The Discovery Channel crossing special aired on Channel 4. Ships crossed the Bristol Channel. She joined the Channel in 2019.';
    const spans = [spanAt(text, 'Discovery Channel', 'organization'), spanAt(text, 'Bristol Channel', 'place')];
    assert.deepEqual(showSpans(text, withTheChannel(text, spans)), ['organization:Discovery Channel', 'place:Bristol Channel']);
  });
});
