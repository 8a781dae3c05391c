import * as assert from 'node:assert/strict';
import { withOfNames } from '../../../src/core/ner/place-of-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('capes, gulfs and straits named with "of"', () => {
  it('runs a feature word found alone on over "of" and the name after it, over the spans found there', () => {
    const text = 'Tankers rounded the Cape of Good Hope and crossed the Gulf of Guinea.';
    const spans = [spanAt(text, 'Cape', 'place'), spanAt(text, 'Gulf', 'place'), spanAt(text, 'Guinea', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Cape of Good Hope', 'place:Gulf of Guinea']);
  });

  it('takes "St." for saint into the name after "of"', () => {
    const text = 'Ice closed the Bay of St. Brendan and the Strait of St. Ives Point early.';
    const spans = [spanAt(text, 'Bay', 'place'), spanAt(text, 'St. Brendan', 'place'), spanAt(text, 'Strait', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Bay of St. Brendan', 'place:Strait of St. Ives Point']);
  });

  it('runs a French or Spanish feature word on over "de" and the name after it', () => {
    const text = 'Ferries left Port de Vent for Bahía de Lobos. The Port de la Mer office shut. Port de la bay.';
    const spans = [spanAt(text, 'Port', 'place'), spanAt(text, 'Bahía', 'place'), spanAt(text, 'Lobos', 'place'), spanAt(text, 'Port de la Mer', 'organization'), spanAt(text, 'Port', 'place', 2)];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Port de Vent', 'place:Bahía de Lobos', 'organization:Port de la Mer', 'place:Port']);
  });

  it('takes a Portuguese peak\'s or plain\'s word and "do" or "das" before the name the model found', () => {
    const text = 'Ash fell from the Pico do Monte near Chã das Pedras, then on Ponta dos Corvos.';
    const spans = [spanAt(text, 'Monte', 'place'), spanAt(text, 'Pedras', 'place'), spanAt(text, 'Corvos', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Pico do Monte', 'place:Chã das Pedras', 'place:Ponta dos Corvos']);
  });

  it('runs a French feature word on over "à la" or "au" and the name after it', () => {
    const text = 'The tide reached Pointe à la Loutre and Port au Sable. A Pointe au bord.';
    const spans = [spanAt(text, 'Pointe', 'place'), spanAt(text, 'Loutre', 'place'), spanAt(text, 'Port', 'place'), spanAt(text, 'Pointe', 'place', 1)];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Pointe à la Loutre', 'place:Port au Sable', 'place:Pointe']);
  });

  it('leaves a longer name after "of", a function word after it, and other names', () => {
    const text = 'The Bay of Bengal Initiative met. The Cape of the storms. Smith of Leeds spoke.';
    const spans = [spanAt(text, 'Bay', 'place'), spanAt(text, 'Bengal Initiative', 'organization'), spanAt(text, 'Cape', 'place'), spanAt(text, 'Smith', 'person'), spanAt(text, 'Leeds', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), showSpans(text, spans));
  });

  it('handles empty text', () => {
    assert.deepEqual(withOfNames('', []), []);
  });

  it('runs a unit of government named with "of" over the city after it, not a lone unit word', () => {
    const text = 'Schools in the Federal Territory of Labuan shut; the District of Lamu did not.';
    const spans = [spanAt(text, 'Federal Territory', 'place'), spanAt(text, 'Labuan', 'place'), spanAt(text, 'District', 'place'), spanAt(text, 'Lamu', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Federal Territory of Labuan', 'place:District', 'place:Lamu']);
  });

  it('takes in the feature word and its particle before a name the model found alone, and runs a saint\'s town on over "de"', () => {
    const text = 'Boats reached Pointe à la Loutre and Baie de Bois; farms near Santa Rosa de Lima and São Tomé de Aviz dried up. Mr Costa de Souza spoke.';
    const spans = [spanAt(text, 'Loutre', 'person'), spanAt(text, 'de Bois', 'person'), spanAt(text, 'Santa Rosa', 'place'), spanAt(text, 'de Lima', 'person'), spanAt(text, 'Aviz', 'person'), spanAt(text, 'Costa de Souza', 'person')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Pointe à la Loutre', 'place:Baie de Bois', 'place:Santa Rosa de Lima', 'place:São Tomé de Aviz', 'person:Costa de Souza']);
  });

  it('takes a particle before the name only as a whole word, not the end of a longer one', () => {
    const text = 'Boats reached Pointe Ados Loutre, then Baie ès Vents and Pointe à Vents.';
    const spans = [spanAt(text, 'Loutre', 'person'), spanAt(text, 'Vents', 'person'), spanAt(text, 'Vents', 'person', 1)];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['person:Loutre', 'person:Vents', 'place:Pointe à Vents']);
  });

  it('leaves an organisation after a feature word and "de"', () => {
    const text = 'She joined Banque de Commerce. Port de Verre SA grew.';
    const spans = [spanAt(text, 'Commerce', 'organization'), spanAt(text, 'Verre SA', 'organization')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['organization:Commerce', 'organization:Verre SA']);
  });

  it('runs a place ending in a word of places\' names back over a lower-case "of" of another language', () => {
    const text = 'The fleet left Pua o Kala Harbor at dawn and docked at Porto de Leixoes Park.';
    const spans = [spanAt(text, 'Pua', 'place'), spanAt(text, 'Kala Harbor', 'place'), spanAt(text, 'Leixoes Park', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:Pua o Kala Harbor', 'place:Porto de Leixoes Park']);
  });

  it('leaves a place whose last word is no word of places\' names, or an organisation before the particle', () => {
    const text = 'She flew from Ana o Kala to Lima. Banco de Kala Harbor opened.';
    const spans = [spanAt(text, 'Ana', 'person'), spanAt(text, 'Kala', 'place'), spanAt(text, 'Banco', 'organization'), spanAt(text, 'Kala Harbor', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['person:Ana', 'place:Kala', 'organization:Banco', 'place:Kala Harbor']);
  });

  it('takes the ordinal and "of" before a city named after a date, but not before another place', () => {
    const text = 'Plants in 6th of October City and the 3rd of Harlow Road.';
    const spans = [spanAt(text, 'October City', 'place'), spanAt(text, 'Harlow Road', 'place')];
    assert.deepEqual(showSpans(text, withOfNames(text, spans)), ['place:6th of October City', 'place:Harlow Road']);
  });
});
