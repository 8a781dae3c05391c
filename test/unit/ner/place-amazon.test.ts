import * as assert from 'node:assert/strict';
import { withAmazonRegion } from '../../../src/core/ner/place-amazon';
import type { NamedSpan } from '../../../src/core/ner/index';
import { showSpans } from '../helpers/spans';

/** Every "Amazon" in `text` as an organisation, as the lists make it. */
const mentions = (text: string): NamedSpan[] => [...text.matchAll(/Amazon/gu)].map((m) => ({ type: 'organization', start: m.index, end: m.index + 6 }));

describe('the Amazon, the region', () => {
  it('makes every mention the place when one has "the" before it or the rainforest after it', () => {
    const text = 'Amazon fires spread. Smoke covered the Amazon on Monday, and the Amazon rainforest burned.';
    assert.deepEqual(showSpans(text, withAmazonRegion(text, mentions(text))), ['place:Amazon', 'place:Amazon', 'place:Amazon']);
  });

  it('leaves the company where nothing says the region', () => {
    const text = 'Amazon said profits rose. The Amazon founder spoke.';
    assert.deepEqual(showSpans(text, withAmazonRegion(text, mentions(text))), ['organization:Amazon', 'organization:Amazon']);
  });

  it('keeps the company in an article that also names the rainforest', () => {
    const text = 'Amazon Web Services pledged money to protect the Amazon rainforest.';
    assert.deepEqual(showSpans(text, withAmazonRegion(text, mentions(text))), ['organization:Amazon', 'place:Amazon']);
  });
});
