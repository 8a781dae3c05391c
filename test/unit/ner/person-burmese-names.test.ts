import * as assert from 'node:assert/strict';
import { withBurmeseNames } from '../../../src/core/ner/person-burmese-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('Burmese names after an honorific', () => {
  it('puts in the whole name after "Ma", "Ko" and "U" in an article on Myanmar, over the part the model found', () => {
    const text = 'Flooding hit Myanmar again. Ma Thida Nwe, 28, lost her stall. Ko Aung Zin Oo said the road was cut, and U Thant Sin agreed.';
    const spans = [spanAt(text, 'Myanmar', 'place'), spanAt(text, 'Zin Oo', 'person')];
    assert.deepEqual(showSpans(text, withBurmeseNames(text, spans)), ['place:Myanmar', 'person:Thida Nwe', 'person:Aung Zin Oo', 'person:Thant Sin']);
  });

  it('leaves other articles, one word after the honorific, and words of places or titles', () => {
    const other = 'Ma Ying-jeou met Ko Wen Je in Taipei.';
    assert.deepEqual(showSpans(other, withBurmeseNames(other, [])), []);
    const text = 'In Myanmar, U Thant is remembered; Ma Yangon Region staff and U President Office were named.';
    assert.deepEqual(showSpans(text, withBurmeseNames(text, [])), []);
  });
});
