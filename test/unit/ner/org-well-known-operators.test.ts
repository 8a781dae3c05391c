import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withWellKnownOperators } from '../../../src/core/ner/org-well-known-operators';

describe('well-known operators without a company word', () => {
  it('adds a utility and a development lender the model missed, and types a ferry line read as a place', () => {
    const text = 'Iberdrola and Norfund back the plant; Brittany Ferries cancelled sailings.';
    const spans = [spanAt(text, 'Brittany Ferries', 'place')];
    assert.deepEqual(showSpans(text, withWellKnownOperators(text, spans)), ['organization:Iberdrola', 'organization:Norfund', 'organization:Brittany Ferries']);
  });

  it("finds a news agency's name in a dateline's credit and in the text", () => {
    const text = 'BUCHAREST (Agerpres) - The minister told Agerpres on Monday.';
    assert.deepEqual(showSpans(text, withWellKnownOperators(text, [])), ['organization:Agerpres', 'organization:Agerpres']);
  });

  it('leaves a longer name holding one, and a word merely containing one, to other rules', () => {
    const text = 'EDF Renewables signed with Enelven and the EDF-led group.';
    assert.deepEqual(withWellKnownOperators(text, []), []);
  });

  it('returns the spans as they are in a text without the names, also empty or with CRLF', () => {
    for (const text of ['', 'Plain news.\r\nMore.']) assert.deepEqual(withWellKnownOperators(text, []), []);
  });
});
