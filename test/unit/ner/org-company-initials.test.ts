import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withInitialsEndings } from '../../../src/core/ner/org-company-initials';

describe('companies whose names end in initials', () => {
  it('joins a word and the initials after it, cut apart as two organisations, into one company', () => {
    const text = 'Shares of Vardo BP rose; Nordvik TKS said so.';
    const spans = [spanAt(text, 'Vardo', 'organization'), spanAt(text, 'BP', 'organization'), spanAt(text, 'Nordvik', 'organization'), spanAt(text, 'TKS', 'organization')];
    assert.deepEqual(showSpans(text, withInitialsEndings(text, spans)), ['organization:Vardo BP', 'organization:Nordvik TKS']);
  });

  it('leaves listed organisations, places, capitals and names apart by more than a space', () => {
    const text = 'Gazprom BP talks; France EDF deal; UN WHO report; Vardo, BP and Statoil.';
    const spans = [
      spanAt(text, 'Gazprom', 'organization'), spanAt(text, 'BP', 'organization'),
      spanAt(text, 'France', 'organization'), spanAt(text, 'EDF', 'organization'),
      spanAt(text, 'UN', 'organization'), spanAt(text, 'WHO', 'organization'),
      spanAt(text, 'Vardo', 'organization'), spanAt(text, 'BP', 'organization', 1),
    ];
    assert.deepEqual(withInitialsEndings(text, spans), spans);
  });

  it('leaves a person before initials', () => {
    const text = 'Said Ahmed MP spoke.';
    const spans = [spanAt(text, 'Ahmed', 'person'), spanAt(text, 'MP', 'organization')];
    assert.deepEqual(withInitialsEndings(text, spans), spans);
  });
});
