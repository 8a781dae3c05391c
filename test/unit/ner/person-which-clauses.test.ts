import * as assert from 'node:assert/strict';
import { withWhichClauses } from '../../../src/core/ner/person-which-clauses';
import { showSpans, spanAt } from '../helpers/spans';

describe('a ", which" clause of a company\'s verb after a name', () => {
  it('makes a person at the head of a sentence a company', () => {
    const text = 'Output fell. KR Varme, which owns the district heating grid, said prices would rise.\nNordfjell Kraft, which operates two dams, agreed.';
    const spans = [spanAt(text, 'KR Varme', 'person'), spanAt(text, 'Nordfjell Kraft', 'person')];
    assert.deepEqual(showSpans(text, withWhichClauses(text, spans)), ['organization:KR Varme', 'organization:Nordfjell Kraft']);
  });

  it('leaves a person after whom "which" belongs to something else, and "who"', () => {
    const text = 'A study by Ann Lee, which runs to 80 pages, was out. Tom Ruiz, who runs the plant, spoke. Mia Holt, which surprised many, won.';
    const spans = [spanAt(text, 'Ann Lee', 'person'), spanAt(text, 'Tom Ruiz', 'person'), spanAt(text, 'Mia Holt', 'person')];
    assert.deepEqual(showSpans(text, withWhichClauses(text, spans)), ['person:Ann Lee', 'person:Tom Ruiz', 'person:Mia Holt']);
  });

  it('leaves places and organisations as they are', () => {
    const text = 'Krafla, which erupted in 1984, is quiet.';
    const spans = [spanAt(text, 'Krafla', 'place')];
    assert.deepEqual(withWhichClauses(text, spans), spans);
  });

  it('makes a name that a sentence it heads calls "it" a body', () => {
    const text = 'Prices fell.\nVestra Nord said it would appeal the ruling. Aquilo Gruppe says its plants are safe.';
    const spans = [spanAt(text, 'Vestra Nord', 'person'), spanAt(text, 'Aquilo Gruppe', 'person')];
    assert.deepEqual(showSpans(text, withWhichClauses(text, spans)), ['organization:Vestra Nord', 'organization:Aquilo Gruppe']);
  });

  it('leaves a spokesperson saying "it" for a body, a surname, a name called "who", and "it" as an object', () => {
    const text = 'Agency spokesperson Ann Lee said it would wait. Tom Ruiz, who farms, spoke. Ruiz said it was late. Tom Ruiz said it. Mia Holt, who runs it, agreed. Mia Holt said it had rained.';
    const spans = [spanAt(text, 'Ann Lee', 'person'), spanAt(text, 'Tom Ruiz', 'person'), spanAt(text, 'Ruiz', 'person', 1), spanAt(text, 'Tom Ruiz', 'person', 1), spanAt(text, 'Mia Holt', 'person'), spanAt(text, 'Mia Holt', 'person', 1)];
    assert.deepEqual(showSpans(text, withWhichClauses(text, spans)), ['person:Ann Lee', 'person:Tom Ruiz', 'person:Ruiz', 'person:Tom Ruiz', 'person:Mia Holt', 'person:Mia Holt']);
  });
});
