import * as assert from 'node:assert/strict';
import { withCompanyPrefixes, withInitialsAndTowns } from '../../../src/core/ner/org-company-prefixes';
import { showSpans, spanAt } from '../helpers/spans';

describe("a company's legal form before its name", () => {
  it('makes the form and the capitalised words after it one organisation, over what the model found', () => {
    const text = 'The permit went to PT Sinar Bukit Hijau, owned by PT Bank Nusa Raya Tbk, and to OOO Severny Les.';
    const spans = [spanAt(text, 'PT', 'place'), spanAt(text, 'Sinar Bukit Hijau', 'person'), spanAt(text, 'Bank Nusa Raya', 'organization')];
    assert.deepEqual(showSpans(text, withCompanyPrefixes(text, spans)), ['organization:PT Sinar Bukit Hijau', 'organization:PT Bank Nusa Raya Tbk', 'organization:OOO Severny Les']);
  });

  it('leaves a time zone, a form inside a word and a form with no name after it', () => {
    const text = 'The call starts at 9 a.m. PT Monday. APT Holdings and the PT team met. JSC shares fell.';
    assert.deepEqual(showSpans(text, withCompanyPrefixes(text, [])), []);
  });

  it('types initials before a town named as a place elsewhere as an organisation, and the initials alone too', () => {
    const text = 'ZTM Gdańsk picked the bid. Trams run in Gdańsk. ZTM staff and MS Dhoni agreed.';
    const spans = [spanAt(text, 'ZTM Gdańsk', 'person'), spanAt(text, 'Gdańsk', 'place', 1), spanAt(text, 'MS Dhoni', 'person')];
    assert.deepEqual(showSpans(text, withInitialsAndTowns(text, spans, () => false)), ['organization:ZTM Gdańsk', 'place:Gdańsk', 'organization:ZTM', 'person:MS Dhoni']);
  });

  it('reads initials before a region named by two towns as the body, when the first town is a place', () => {
    const text = 'Tariffs were set by RDM Tanger-Tetouan, and RDM staff agreed. Ruth Fez-Amar spoke.';
    const spans = [spanAt(text, 'RDM Tanger-Tetouan', 'person'), spanAt(text, 'Ruth Fez-Amar', 'person')];
    assert.deepEqual(showSpans(text, withInitialsAndTowns(text, spans, (name) => name === 'Tanger' || name === 'Fez')), ['organization:RDM Tanger-Tetouan', 'organization:RDM', 'person:Ruth Fez-Amar']);
  });
});
