import * as assert from 'node:assert/strict';
import { withLocalities } from '../../../src/core/ner/place-localities';
import { showSpans, spanAt } from '../helpers/spans';

describe('localities named alike in many cities', () => {
  it('makes "Civil Lines" and "Model Town" places', () => {
    const text = 'Protesters gathered at Civil Lines and marched to Model Town.';
    const spans = [spanAt(text, 'Civil Lines', 'organization'), spanAt(text, 'Model Town', 'person')];
    assert.deepEqual(showSpans(text, withLocalities(text, spans)), ['place:Civil Lines', 'place:Model Town']);
  });

  it('leaves other names ending in "Lines"', () => {
    const text = 'Hapag Lines ships called at Kochi.';
    const spans = [spanAt(text, 'Hapag Lines', 'organization'), spanAt(text, 'Kochi', 'place')];
    assert.deepEqual(showSpans(text, withLocalities(text, spans)), showSpans(text, spans));
  });
});
