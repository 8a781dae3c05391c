import * as assert from 'node:assert/strict';
import { withResultsListNames } from '../../../src/core/ner/person-results-lists';
import { showSpans, spanAt } from '../helpers/spans';

describe('the surnames of a results list', () => {
  it('puts in the name on each numbered line with a team in brackets and a time or a gap', () => {
    const text = '## Stage result\n\n1. Moreau-Diallo (Team Alpha) 3hr 55min 02sec\n2. de Boer (Jumbo Works) +0:04\n3. Sørensen (Nordic Bikes) s.t.\n';
    const spans = withResultsListNames(text, [spanAt(text, 'Boer', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Moreau-Diallo', 'person:de Boer', 'person:Sørensen']);
  });

  it('leaves team lines, numbered lines without a time and lists without brackets', () => {
    const text = '1. Team Alpha (FRA) 12hr 03min\n2. Bring water (lots) every day\n3. Moreau +0:12\n';
    assert.deepEqual(showSpans(text, withResultsListNames(text, [])), []);
  });

  it('reads a rider whose team in brackets runs over forty characters', () => {
    const text = '1. Lindqvist (Aurelia Sport Nordic Bikes Development Co-op) +0:09\n';
    assert.deepEqual(showSpans(text, withResultsListNames(text, [])), ['person:Lindqvist']);
  });
});
