import * as assert from 'node:assert/strict';
import { withCreditLineNames } from '../../../src/core/ner/person-credit-lines';
import { showSpans, spanAt } from '../helpers/spans';

describe('a closing credit naming where each writer filed from', () => {
  it('reads every writer and place, a hyphenated name with marked letters among them', () => {
    const text = 'The talks resume on Monday.\n\n(Ilga Kalniņa reported from Tallinn, Mārtiņš Ozoliņš-Krūmiņš from Riga; editing by Dora Fenwick)';
    const found = showSpans(text, withCreditLineNames(text, [spanAt(text, 'Tallinn', 'place')]));
    assert.deepEqual(found, ['person:Ilga Kalniņa', 'place:Tallinn', 'person:Mārtiņš Ozoliņš-Krūmiņš', 'place:Riga']);
  });

  it('puts the whole name over a part of it found as something else, and reads "and" between writers', () => {
    const text = '(Sara Lindqvist reported from Oslo and Pieter van den Berg from Ghent)';
    const found = showSpans(text, withCreditLineNames(text, [spanAt(text, 'Berg', 'place')]));
    assert.deepEqual(found, ['person:Sara Lindqvist', 'place:Oslo', 'person:Pieter van den Berg', 'place:Ghent']);
  });

  it('reads nothing from a sentence that says someone reported from a place outside such a credit', () => {
    const text = 'The agency said Tom Reyes reported from Kabul for a decade, (and he left).';
    const spans = [spanAt(text, 'Tom Reyes', 'person')];
    assert.deepEqual(showSpans(text, withCreditLineNames(text, spans)), ['person:Tom Reyes']);
    const empty = '';
    assert.deepEqual(withCreditLineNames(empty, []), []);
  });
});
