import * as assert from 'node:assert/strict';
import { withListTypes } from '../../../src/core/ner/list-types';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string): boolean => name === 'Hamas' || name === 'Egypt' || name === 'Jordan';

describe('the names of a list take the type most of them have', () => {
  it('makes one surname of a list of people a person', () => {
    const text = 'Okafor, Brandvold and Pellegrini signed the letter.';
    const spans = [spanAt(text, 'Okafor', 'person'), spanAt(text, 'Brandvold', 'place'), spanAt(text, 'Pellegrini', 'person')];
    assert.deepEqual(showSpans(text, withListTypes(text, spans, listed)), ['person:Okafor', 'person:Brandvold', 'person:Pellegrini']);
  });

  it('makes a full name a person in a list of full names, with a comma before "and"', () => {
    const text = 'He started with Tomas Varga, Ilse Brandt, and Joost Verhoef up front.';
    const spans = [spanAt(text, 'Tomas Varga', 'person'), spanAt(text, 'Ilse Brandt', 'person'), spanAt(text, 'Joost Verhoef', 'organization')];
    assert.deepEqual(showSpans(text, withListTypes(text, spans, listed)), ['person:Tomas Varga', 'person:Ilse Brandt', 'person:Joost Verhoef']);
  });

  it('leaves listed names, names of several words among single names, and organisation words', () => {
    const text = 'Hamas, Egypt and Jordan met. Corran, Burger Palace and Mellis, Vantor, University and Quill ate.';
    const spans = [
      spanAt(text, 'Hamas', 'organization'), spanAt(text, 'Egypt', 'place'), spanAt(text, 'Jordan', 'place'),
      spanAt(text, 'Corran', 'person'), spanAt(text, 'Burger Palace', 'organization'), spanAt(text, 'Mellis', 'person'),
      spanAt(text, 'Vantor', 'person'), spanAt(text, 'University', 'organization'), spanAt(text, 'Quill', 'person'),
    ];
    assert.equal(withListTypes(text, spans, listed), spans);
  });

  it('needs three names, a clear majority, and list words between them', () => {
    const text = 'Ardel and Brisk met. Corvo, Dunmere, Estlin and Farrow met. Gault met Hollis, Ivers and Jarrow.';
    const spans = [
      spanAt(text, 'Ardel', 'person'), spanAt(text, 'Brisk', 'place'),
      spanAt(text, 'Corvo', 'person'), spanAt(text, 'Dunmere', 'person'), spanAt(text, 'Estlin', 'place'), spanAt(text, 'Farrow', 'place'),
      spanAt(text, 'Gault', 'place'), spanAt(text, 'Hollis', 'person'), spanAt(text, 'Ivers', 'person'), spanAt(text, 'Jarrow', 'person'),
    ];
    assert.deepEqual(showSpans(text, withListTypes(text, spans, listed)).slice(0, 7), ['person:Ardel', 'place:Brisk', 'person:Corvo', 'person:Dunmere', 'place:Estlin', 'place:Farrow', 'place:Gault']);
  });

  it('leaves an owner before a possessive, and a name joined by other words than a list’s', () => {
    const text = 'Ma, Lo and Wu, then Kestrel’s Ann Bo.';
    const spans = [spanAt(text, 'Ma', 'person'), spanAt(text, 'Lo', 'person'), spanAt(text, 'Wu', 'person'), spanAt(text, 'Kestrel', 'organization')];
    assert.equal(withListTypes(text, spans, listed), spans);
    const text2 = 'Ma, Lo, Kestrel’s office and Wu.';
    const spans2 = [spanAt(text2, 'Ma', 'person'), spanAt(text2, 'Lo', 'person'), spanAt(text2, 'Kestrel', 'organization')];
    assert.equal(withListTypes(text2, spans2, listed), spans2);
  });
});
