import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withStoreNames } from '../../../src/core/ner/org-company-store-names';

describe("a store named with a possessive", () => {
  it('keeps the "\'s" of an organisation that owns nothing after it', () => {
    const text = "Brill, Marrow's and Dunley’s, the chains, declined; she shopped at Haskin's. Tolley's and Brill agreed.";
    const spans = withStoreNames(text, [spanAt(text, 'Brill', 'organization'), spanAt(text, 'Marrow', 'organization'), spanAt(text, 'Dunley', 'organization'), spanAt(text, 'Haskin', 'organization'), spanAt(text, 'Tolley', 'organization'), spanAt(text, 'Brill', 'organization', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Brill', "organization:Marrow's", 'organization:Dunley’s', "organization:Haskin's", "organization:Tolley's", 'organization:Brill']);
  });

  it("leaves a possessive before what it owns, one shared by two names, and people's possessives", () => {
    const text = "Marrow's profits rose, as did Dunley's and Brill's sales. The idea was Ravi's, he said.";
    const spans = [spanAt(text, 'Marrow', 'organization'), spanAt(text, 'Dunley', 'organization'), spanAt(text, 'Brill', 'organization'), spanAt(text, 'Ravi', 'person')];
    assert.deepEqual(showSpans(text, withStoreNames(text, spans)), showSpans(text, spans));
  });

  it("leaves the possessive of a name the article writes without it elsewhere, the thing owned left unsaid", () => {
    const text = "KZK said its bid was lower. The price was 6% above KZK's. Shoppers went to Macy's.";
    const spans = [spanAt(text, 'KZK', 'organization'), spanAt(text, 'KZK', 'organization', 1), spanAt(text, 'Macy', 'organization')];
    assert.deepEqual(showSpans(text, withStoreNames(text, spans)), ['organization:KZK', 'organization:KZK', "organization:Macy's"]);
  });
});
