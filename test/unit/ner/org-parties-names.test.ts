import * as assert from 'node:assert/strict';
import { withFoundNames } from '../../../src/core/ner/org-parties-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('putting found organisations among the spans', () => {
  it('takes the longest of overlapping names and puts it over the spans inside it', () => {
    const text = 'The Free Democrats met the Greens.';
    const spans = [spanAt(text, 'Democrats', 'person')];
    const names = [spanAt(text, 'Greens', 'organization'), spanAt(text, 'Democrats', 'organization'), spanAt(text, 'Free Democrats', 'organization')];
    assert.deepEqual(showSpans(text, withFoundNames(spans, names)), ['organization:Free Democrats', 'organization:Greens']);
  });

  it('keeps a longer name around a found one and an organisation found already', () => {
    const text = 'The Young Greens Trust and the ANC met.';
    const spans = [spanAt(text, 'Young Greens Trust', 'organization'), spanAt(text, 'ANC', 'organization')];
    const kept = withFoundNames(spans, [spanAt(text, 'Greens', 'organization'), spanAt(text, 'ANC', 'organization')]);
    assert.deepEqual(showSpans(text, kept), ['organization:Young Greens Trust', 'organization:ANC']);
    assert.notEqual(kept, spans);
  });

  it('hands on the spans themselves, unchanged and not copied, when nothing was found', () => {
    const spans = [{ type: 'place' as const, start: 0, end: 5 }];
    const out = withFoundNames(spans, []);
    assert.equal(out, spans);
    assert.deepEqual(out, [{ type: 'place', start: 0, end: 5 }]);
  });
});
