import * as assert from 'node:assert/strict';
import { withCrossings } from '../../../src/core/ner/place-crossings';
import { showSpans, spanAt } from '../helpers/spans';

const isOrganisation = (name: string): boolean => name === 'Acme';

describe('border crossings, passes and rivers named by the words around them', () => {
  it('makes the name before "crossing", "border crossing" or "pass" a place, over a person read there', () => {
    const text = 'Trucks waited at the Verkhny Zaramag crossing; the Roki pass and the Kapikule border crossing stayed open.';
    const spans = [spanAt(text, 'Roki', 'person')];
    assert.deepEqual(showSpans(text, withCrossings(text, spans, isOrganisation)), ['place:Verkhny Zaramag', 'place:Roki', 'place:Kapikule']);
  });

  it('makes the name after "crosses the" or "bank of the" a place', () => {
    const text = 'The road crosses the Siret near the town, on the left bank of the Bistrita.';
    assert.deepEqual(showSpans(text, withCrossings(text, [], isOrganisation)), ['place:Siret', 'place:Bistrita']);
  });

  it('leaves nationalities, listed organisations, longer names and function words', () => {
    const text = 'At the Turkish crossing and the Acme pass, buses cross the Grand Canal and cross the The line.';
    assert.deepEqual(showSpans(text, withCrossings(text, [], isOrganisation)), []);
  });
});
