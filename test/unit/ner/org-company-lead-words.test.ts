import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withoutLeadWords } from '../../../src/core/ner/org-company-lead-words';

describe('a sentence-opening noun glued to a name', () => {
  it('leaves a company noun out of the name and types the rest as an organisation', () => {
    const text = 'Profits fell. Rivals Ostrander and Kobel Wind did better. Carmaker Velloria said so.';
    const spans = withoutLeadWords(text, [spanAt(text, 'Rivals Ostrander', 'person'), spanAt(text, 'Kobel Wind', 'organization'), spanAt(text, 'Carmaker Velloria', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Ostrander', 'organization:Kobel Wind', 'organization:Velloria']);
  });

  it('leaves a noun of people or companies out and keeps the type of the name', () => {
    const text = '"Analysts Mirela Ocon and Sam Teo were surprised.\nShareholders Brandt Capital voted no.';
    const spans = withoutLeadWords(text, [spanAt(text, 'Analysts Mirela Ocon', 'person'), spanAt(text, 'Shareholders Brandt Capital', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Mirela Ocon', 'organization:Brandt Capital']);
  });

  it('keeps the noun inside a sentence, after an initial, or with no name after it', () => {
    const text = 'The Rivals Cup was held. J. Rivals Ostrander spoke. Shares';
    const spans = [spanAt(text, 'Rivals Cup', 'organization'), spanAt(text, 'Rivals Ostrander', 'person'), spanAt(text, 'Shares', 'organization')];
    assert.deepEqual(showSpans(text, withoutLeadWords(text, spans)), ['organization:Rivals Cup', 'person:Rivals Ostrander', 'organization:Shares']);
  });

  it('leaves the "SOURCE" label of a press release\'s last line out of the issuer\'s name', () => {
    const text = 'View original content.\n\nSOURCE Harwick Pumps Inc.\n';
    const spans = withoutLeadWords(text, [spanAt(text, 'SOURCE Harwick Pumps Inc', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Harwick Pumps Inc']);
  });
});
