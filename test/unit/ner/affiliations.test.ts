import * as assert from 'node:assert/strict';
import { withAffiliations } from '../../../src/core/ner/affiliations';
import { showSpans, spanAt } from '../helpers/spans';

const noPlace = () => false;

describe("initials next to a person's name", () => {
  it('makes initials after "of" or before a possessive an organisation, and adds their other mentions', () => {
    const text = "Mei Chan of DAB and LPU's Tom Ho won. DAB took four seats; the LPU two.";
    const spans = withAffiliations(text, [spanAt(text, 'Mei Chan', 'person'), spanAt(text, 'LPU', 'organization'), spanAt(text, 'Tom Ho', 'person')], noPlace);
    assert.deepEqual(showSpans(text, spans), ['person:Mei Chan', 'organization:DAB', 'organization:LPU', 'person:Tom Ho', 'organization:DAB', 'organization:LPU']);
  });

  it('leaves places, initials read as a place elsewhere, and initials next to other names alone', () => {
    const text = 'Ann Roe of NY met Bo Li of the UK; Acme of ZZ said.';
    const spans = [spanAt(text, 'Ann Roe', 'person'), spanAt(text, 'NY', 'place'), spanAt(text, 'Bo Li', 'person'), spanAt(text, 'UK', 'place'), spanAt(text, 'Acme', 'organization')];
    assert.deepEqual(showSpans(text, withAffiliations(text, spans, (name) => name === 'NY')), showSpans(text, spans));
  });
});

describe("a party or employer in words next to a person's name", () => {
  it('makes untagged words after "of" or before a possessive an organisation, and adds their other mentions', () => {
    const text = "Lena Fox of Green Harbour won, as did Bright Shore's Omar Reyes. Green Harbour and Bright Shore gained.";
    const spans = withAffiliations(text, [spanAt(text, 'Lena Fox', 'person'), spanAt(text, 'Omar Reyes', 'person')], noPlace);
    assert.deepEqual(showSpans(text, spans), ['person:Lena Fox', 'organization:Green Harbour', 'organization:Bright Shore', 'person:Omar Reyes', 'organization:Green Harbour', 'organization:Bright Shore']);
  });

  it('retypes a name after "of" that the model read as a person', () => {
    const text = 'Tim Hale of Velvet Parade played on.';
    const spans = withAffiliations(text, [spanAt(text, 'Tim Hale', 'person'), spanAt(text, 'Velvet Parade', 'person')], noPlace);
    assert.deepEqual(showSpans(text, spans), ['person:Tim Hale', 'organization:Velvet Parade']);
  });

  it('leaves towns, names read as a place elsewhere, function words and longer names alone', () => {
    const text = "Ann Roe of Brackley spoke. Bo Li of Oakmere said it. He lives in Oakmere. Monday's Jo Kay won. Sam Ode of Grey Rock Institute of Art said.";
    const spans = [spanAt(text, 'Ann Roe', 'person'), spanAt(text, 'Bo Li', 'person'), spanAt(text, 'Jo Kay', 'person'), spanAt(text, 'Sam Ode', 'person')];
    assert.deepEqual(showSpans(text, withAffiliations(text, spans, (name) => name === 'Brackley')), showSpans(text, spans));
  });
});
