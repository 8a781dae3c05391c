import * as assert from 'node:assert/strict';
import type { NamedSpan } from '../../../src/core/ner/index';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { withReversedNames } from '../../../src/core/ner/person-reversed-names';

const person = (text: string, name: string, from = 0): NamedSpan => ({ type: 'person', start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
const names = (text: string, spans: NamedSpan[]) => withReversedNames(text, spans).map((s) => [s.type, text.slice(s.start, s.end)]);

describe('people named surname first in quotes', () => {
  it('makes a quoted "Surname, Given" pair one person', () => {
    const text = 'From: "Okafor, Brenda" <bokafor@example.com>';
    assert.deepEqual(names(text, [person(text, 'Okafor'), person(text, 'Brenda')]), [['person', 'Okafor, Brenda']]);
  });

  it('keeps the spans before and after the pair', () => {
    const text = 'Dana wrote to "Quist, Harald" and to Mei.';
    assert.deepEqual(names(text, [person(text, 'Dana'), person(text, 'Quist'), person(text, 'Harald'), person(text, 'Mei')]), [
      ['person', 'Dana'],
      ['person', 'Quist, Harald'],
      ['person', 'Mei'],
    ]);
  });

  it('leaves two people a comma apart outside quotes, and other types, as they are', () => {
    const list = 'Guests included Okafor, Brenda and Harald.';
    assert.deepEqual(names(list, [person(list, 'Okafor'), person(list, 'Brenda')]), [
      ['person', 'Okafor'],
      ['person', 'Brenda'],
    ]);
    const place = 'Sent from "Lyon, France" today';
    const spans: NamedSpan[] = [
      { type: 'place', start: place.indexOf('Lyon'), end: place.indexOf('Lyon') + 4 },
      { type: 'place', start: place.indexOf('France'), end: place.indexOf('France') + 6 },
    ];
    assert.deepEqual(names(place, spans), [
      ['place', 'Lyon'],
      ['place', 'France'],
    ]);
  });

  it('reads the shipped model: an e-mail header names one person', () => {
    const tagger = loadDefaultTagger();
    const text = 'Cc: "Hargreaves, Thomas" <thargreaves@example.org>';
    assert.deepEqual(
      tagger.find(text, [{ start: 0, end: text.length }]).map((s) => [s.type, text.slice(s.start, s.end)]),
      [['person', 'Hargreaves, Thomas']],
    );
  });
});
