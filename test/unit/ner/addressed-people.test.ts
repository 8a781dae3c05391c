import * as assert from 'node:assert/strict';
import { withAddressedPeople } from '../../../src/core/ner/addressed-people';
import { showSpans, spanAt } from '../helpers/spans';

const isListed = (name: string): boolean => name === 'Ireland' || name === 'Halvorsen Group';

describe('people told apart from places and firms by the words around a mention', () => {
  it('makes a lone place-like word after "contact", "forward to" or "thank" a person', () => {
    const text = 'Please contact Ormsby about the lease. Forward it to Keswick when ready. Thank Delmont for me.';
    const spans = [spanAt(text, 'Ormsby', 'place'), spanAt(text, 'Keswick', 'place'), spanAt(text, 'Delmont', 'place')];
    assert.deepEqual(showSpans(text, withAddressedPeople(text, spans, isListed)), ['person:Ormsby', 'person:Keswick', 'person:Delmont']);
  });

  it('keeps a town with its state, a listed country, and a place with no such verb before it', () => {
    const text = 'Contact Ormsby, Kansas officials. Send it to Ireland. We drove to Keswick.';
    const spans = [spanAt(text, 'Ormsby', 'place'), spanAt(text, 'Ireland', 'place'), spanAt(text, 'Keswick', 'place')];
    assert.deepEqual(withAddressedPeople(text, spans, isListed), spans);
  });

  it('keeps a place that people or goods are sent to', () => {
    const text = 'Lorries were sent to Tarbrook overnight. Patients are being sent to Kelmouth instead. Then we sent it to Ormsby.';
    const spans = [spanAt(text, 'Tarbrook', 'place'), spanAt(text, 'Kelmouth', 'place'), spanAt(text, 'Ormsby', 'place')];
    assert.deepEqual(showSpans(text, withAddressedPeople(text, spans, isListed)), ['place:Tarbrook', 'place:Kelmouth', 'person:Ormsby']);
  });

  it('makes a two-word name a player’s action cues a person, with its other organisation mentions', () => {
    const text = 'Arno Velde’s header went wide. Then Arno Velde scored twice. The penalty was saved by Ruben Kasterman.';
    const spans = [spanAt(text, 'Arno Velde', 'organization'), spanAt(text, 'Arno Velde', 'organization', 1), spanAt(text, 'Ruben Kasterman', 'organization')];
    assert.deepEqual(showSpans(text, withAddressedPeople(text, spans, isListed)), ['person:Arno Velde', 'person:Arno Velde', 'person:Ruben Kasterman']);
  });

  it('keeps listed firms, names with an organisation word, and firms without a player’s cue', () => {
    const text = 'Halvorsen Group scored a deal. Northgate Bank scored well. The bid was backed by Lumen Partners.';
    const spans = [spanAt(text, 'Halvorsen Group', 'organization'), spanAt(text, 'Northgate Bank', 'organization'), spanAt(text, 'Lumen Partners', 'organization')];
    assert.deepEqual(withAddressedPeople(text, spans, isListed), spans);
  });

  it('reads a firm-like name after each player action of the shared list and "by" as a person', () => {
    const text = 'The cross was set up by Arno Velde. The shot was parried by Ruben Kasterman. The run was tackled by Sem Hooft.';
    const spans = [spanAt(text, 'Arno Velde', 'organization'), spanAt(text, 'Ruben Kasterman', 'organization'), spanAt(text, 'Sem Hooft', 'organization')];
    assert.deepEqual(showSpans(text, withAddressedPeople(text, spans, isListed)), ['person:Arno Velde', 'person:Ruben Kasterman', 'person:Sem Hooft']);
  });
});
