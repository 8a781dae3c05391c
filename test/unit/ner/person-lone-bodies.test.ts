import * as assert from 'node:assert/strict';
import { withoutLoneBodies } from '../../../src/core/ner/person-lone-bodies';
import { showSpans, spanAt } from '../helpers/spans';

describe('one-word "people" that are bodies', () => {
  it('makes a word in capitals, a described producer and a job’s employer organisations', () => {
    const text = 'KORVALA said lines were down. Tessovy, the nickel and cobalt producer, shut its plant. Anna Berg, chief executive of Varnhold, agreed. KORVALA crews waited.';
    const spans = [spanAt(text, 'KORVALA', 'person'), spanAt(text, 'Tessovy', 'person'), spanAt(text, 'Anna Berg', 'person'), spanAt(text, 'Varnhold', 'person'), spanAt(text, 'KORVALA', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutLoneBodies(text, spans)), ['organization:KORVALA', 'organization:Tessovy', 'person:Anna Berg', 'organization:Varnhold', 'organization:KORVALA']);
  });

  it('makes the builder or operator of a work an organisation', () => {
    const text = 'The dam, built by Dravcon, opened in 2016. The centre is run by Meteo-Kessland.';
    const spans = [spanAt(text, 'Dravcon', 'person'), spanAt(text, 'Meteo-Kessland', 'person')];
    assert.deepEqual(showSpans(text, withoutLoneBodies(text, spans)), ['organization:Dravcon', 'organization:Meteo-Kessland']);
  });

  it('makes a word after a body’s kind an organisation, but not after a determiner and the kind', () => {
    const text = 'The opposition party Vorel asked why. Grid operator Keltra cut power. At a party Dunmore hosted, the company Ashby founded grew.';
    const spans = [spanAt(text, 'Vorel', 'person'), spanAt(text, 'Keltra', 'person'), spanAt(text, 'Dunmore', 'person'), spanAt(text, 'Ashby', 'person')];
    assert.deepEqual(showSpans(text, withoutLoneBodies(text, spans)), ['organization:Vorel', 'organization:Keltra', 'person:Dunmore', 'person:Ashby']);
  });

  it('keeps a surname the article gives a person in full, and words without a cue', () => {
    const text = 'Marta Kessler spoke. The house was designed by Kessler. Ortman, the club captain, said so. Ross, the company, grew.';
    const spans = [spanAt(text, 'Marta Kessler', 'person'), spanAt(text, 'Kessler', 'person', 1), spanAt(text, 'Ortman', 'person')];
    assert.deepEqual(withoutLoneBodies(text, spans), spans);
  });

  it('keeps a short word in capitals and an empty list as they are', () => {
    const text = 'LI said no.';
    const spans = [spanAt(text, 'LI', 'person')];
    assert.deepEqual(withoutLoneBodies(text, spans), spans);
    assert.deepEqual(withoutLoneBodies('', []), []);
  });

  it('makes a company’s units named with its name first organisations, but not a person a listed given name leads', () => {
    const text = 'Kestrova reported higher sales. Kestrova Ledvik raised output, and Kestrova Almsund ran at full rates, Kestrova said. Chelsea won twice; Chelsea Clinton watched Chelsea.';
    const spans = [
      spanAt(text, 'Kestrova', 'organization'), spanAt(text, 'Kestrova Ledvik', 'person'), spanAt(text, 'Kestrova Almsund', 'person'), spanAt(text, 'Kestrova', 'organization', 3),
      spanAt(text, 'Chelsea', 'organization'), spanAt(text, 'Chelsea Clinton', 'person'), spanAt(text, 'Chelsea', 'organization', 2),
    ];
    assert.deepEqual(showSpans(text, withoutLoneBodies(text, spans, (word) => word === 'Chelsea')), [
      'organization:Kestrova', 'organization:Kestrova Ledvik', 'organization:Kestrova Almsund', 'organization:Kestrova',
      'organization:Chelsea', 'person:Chelsea Clinton', 'organization:Chelsea',
    ]);
  });

  it('keeps a person whose first word the article makes an organisation only once', () => {
    const text = 'Morland said so. Morland Hayes, who chairs it, agreed.';
    const spans = [spanAt(text, 'Morland', 'organization'), spanAt(text, 'Morland Hayes', 'person')];
    assert.deepEqual(withoutLoneBodies(text, spans), spans);
  });
});
