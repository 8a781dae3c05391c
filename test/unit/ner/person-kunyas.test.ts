import * as assert from 'node:assert/strict';
import { withKunyaPeople } from '../../../src/core/ner/person-kunyas';
import { showSpans, spanAt } from '../helpers/spans';

describe('Arabic kunyas ("Umm Ahmad", "Abu Khalil")', () => {
  it('makes a kunya the model read as a place a person in every mention when one mention speaks', () => {
    const text = 'At dawn, Umm Yousef fills the tank. Neighbours call on Umm Yousef. Back in Wadi Sir, Umm Yousef said the water was late.';
    const spans = [spanAt(text, 'Umm Yousef', 'place'), spanAt(text, 'Umm Yousef', 'place', 1), spanAt(text, 'Umm Yousef', 'organization', 2)];
    assert.deepEqual(showSpans(text, withKunyaPeople(text, spans, () => false)), ['person:Umm Yousef', 'person:Umm Yousef', 'person:Umm Yousef']);
  });

  it('leaves listed places, kunyas that do not speak, and text without one alone', () => {
    const text = 'The port of Umm Rasif was shut, and Abu Hamra said nothing. Trucks reached Abu Tarek on Monday.';
    const spans = [spanAt(text, 'Umm Rasif', 'place'), spanAt(text, 'Abu Hamra', 'place'), spanAt(text, 'Abu Tarek', 'place')];
    assert.deepEqual(showSpans(text, withKunyaPeople(text, spans, (n) => n === 'Abu Hamra')), ['place:Umm Rasif', 'place:Abu Hamra', 'place:Abu Tarek']);
    assert.deepEqual(withKunyaPeople('', [], () => false), []);
  });
});
