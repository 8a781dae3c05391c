import * as assert from 'node:assert/strict';
import { withoutModifierLeads } from '../../../src/core/ner/modifier-leads';
import { showSpans, spanAt } from '../helpers/spans';

describe('a name turned adjective before a name', () => {
  it('starts the span after "<place>-based", "-born" and the like, of one word or several', () => {
    const text = 'The Ostrava-based Centre for Mountain Studies and San Telmo-born Ines Varga met the state-owned Halden Power.';
    const spans = [spanAt(text, 'Ostrava-based Centre for Mountain Studies', 'organization'), spanAt(text, 'San Telmo-born Ines Varga', 'person'), spanAt(text, 'Halden Power', 'organization')];
    assert.deepEqual(showSpans(text, withoutModifierLeads(text, spans)), ['organization:Centre for Mountain Studies', 'person:Ines Varga', 'organization:Halden Power']);
  });

  it('keeps hyphenated names, an adjective ending the span, and one before a lower-case word', () => {
    const text = 'Anglo-French Trading and Lau Siu-lai spoke; the Ostrava-based firm and Ostrava-based investors.';
    const spans = [spanAt(text, 'Anglo-French Trading', 'organization'), spanAt(text, 'Lau Siu-lai', 'person'), spanAt(text, 'Ostrava-based', 'place'), spanAt(text, 'Ostrava-based investors', 'place')];
    assert.equal(withoutModifierLeads(text, spans), spans);
  });

  it('cuts a unit of measure after a number off the name it leads, but not a unit with no number before it', () => {
    const text = 'The 600 MW Kholongchhu plant and a 400 kV Tyndall line; MW Holdings grew.';
    const spans = [spanAt(text, 'MW Kholongchhu', 'organization'), spanAt(text, 'kV Tyndall', 'organization'), spanAt(text, 'MW Holdings', 'organization')];
    assert.deepEqual(showSpans(text, withoutModifierLeads(text, spans)), ['organization:Kholongchhu', 'organization:Tyndall', 'organization:MW Holdings']);
  });
});
