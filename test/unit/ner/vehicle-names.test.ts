import * as assert from 'node:assert/strict';
import { withoutVehicleNames } from '../../../src/core/ner/vehicle-names';
import { showSpans, spanAt } from '../helpers/spans';

const isNation = (name: string): boolean => name === 'Latvia';

describe('vehicles named like people or places', () => {
  it('drops names after a vehicle’s word or "Space Shuttle", and the name alone elsewhere', () => {
    const text = 'Space Shuttle Orinda lifted off. The cruise ship Marivel docked. Orinda was retired in 2011.';
    const spans = [spanAt(text, 'Shuttle Orinda', 'place'), spanAt(text, 'Marivel', 'person'), spanAt(text, 'Orinda', 'place', 1)];
    assert.deepEqual(withoutVehicleNames(text, spans, isNation), []);
  });

  it('reads "the rover, named ..." and a person’s name before a vehicle’s word', () => {
    const text = 'The rover, named Hedda Lund, was dropped. The Hedda Lund rover passed. The Mars rover waits.';
    const spans = [spanAt(text, 'Hedda Lund', 'person'), spanAt(text, 'Hedda Lund', 'person', 1), spanAt(text, 'Mars', 'place')];
    assert.deepEqual(showSpans(text, withoutVehicleNames(text, spans, isNation)), ['place:Mars']);
  });

  it('keeps a mention that a word of place or a noun leads in, a nation, and organisations', () => {
    const text = 'The ferry Latvia sank near the rover Orinda. He lives in Orinda. Named after the chemist Orinda, Latvia wept. The ship Baltic Lines sailed.';
    const spans = [
      spanAt(text, 'Latvia', 'place'), spanAt(text, 'Orinda', 'place'), spanAt(text, 'Orinda', 'place', 1),
      spanAt(text, 'Orinda', 'person', 2), spanAt(text, 'Latvia', 'place', 1), spanAt(text, 'Baltic Lines', 'organization'),
    ];
    assert.deepEqual(showSpans(text, withoutVehicleNames(text, spans, isNation)), ['place:Orinda', 'person:Orinda', 'place:Latvia', 'organization:Baltic Lines']);
  });

  it('leaves an article without a vehicle’s word alone', () => {
    const text = 'Orinda said the plan would work.';
    const spans = [spanAt(text, 'Orinda', 'person')];
    assert.equal(withoutVehicleNames(text, spans, isNation), spans);
  });

  it('leaves an article whose vehicle words are parts of longer words alone, and reads a word of the sea at a line\'s end', () => {
    const text = 'The leadership of Orinda backed shipping firms and ferries in Marivel.';
    const spans = [spanAt(text, 'Orinda', 'person'), spanAt(text, 'Marivel', 'place')];
    assert.equal(withoutVehicleNames(text, spans, isNation), spans);
    const ship = 'Crew of the tanker\nOrinda, a tanker called Marivel, sailed.';
    assert.deepEqual(withoutVehicleNames(ship, [spanAt(ship, 'Marivel', 'person')], isNation), []);
  });

  it('drops every mention of a rover named after a person but the one that says whom it is named after', () => {
    const text = 'Mary Anning passes its drop test. The Mary Anning rover was built in Bremen. The rover is named after the English fossil hunter Mary Anning.';
    const spans = [spanAt(text, 'Mary Anning', 'person'), spanAt(text, 'Mary Anning', 'person', 1), spanAt(text, 'Bremen', 'place'), spanAt(text, 'Mary Anning', 'person', 2)];
    assert.deepEqual(showSpans(text, withoutVehicleNames(text, spans, () => false)), ['place:Bremen', 'person:Mary Anning']);
  });

  it('reads a craft named with "named" or "called" after its word', () => {
    const text = 'The agency launched a probe, named Edwin Marlowe, in May. Edwin Marlowe reached orbit.';
    const spans = [spanAt(text, 'Edwin Marlowe', 'person'), spanAt(text, 'Edwin Marlowe', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutVehicleNames(text, spans, () => false)), []);
  });

  it('keeps people beside a craft\'s word without the cue: an owner, a worker, a possessive', () => {
    const text = "Rui Sousa ferry services resumed. Ana Lima's ship sailed. The ship's captain, Joan Prat, spoke.";
    const spans = [spanAt(text, 'Rui Sousa', 'person'), spanAt(text, 'Ana Lima', 'person'), spanAt(text, 'Joan Prat', 'person')];
    assert.deepEqual(showSpans(text, withoutVehicleNames(text, spans, () => false)), ['person:Rui Sousa', 'person:Ana Lima', 'person:Joan Prat']);
    assert.deepEqual(withoutVehicleNames('', [], () => false), []);
  });

  it('drops an instrument named for a person, but not the person or its site', () => {
    const text = 'Sites near Orvieto bid for the Noether Telescope. The Noether Telescope needs quiet rock, as Noether knew.';
    const spans = [spanAt(text, 'Orvieto', 'place'), spanAt(text, 'Noether Telescope', 'place'), spanAt(text, 'Noether Telescope', 'place', 1), spanAt(text, 'Noether', 'person', 2)];
    assert.deepEqual(showSpans(text, withoutVehicleNames(text, spans, isNation)), ['place:Orvieto', 'person:Noether']);
  });
});
