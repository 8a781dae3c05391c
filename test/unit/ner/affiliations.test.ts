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
