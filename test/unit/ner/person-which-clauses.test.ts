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
});
