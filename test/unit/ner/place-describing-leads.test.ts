import * as assert from 'node:assert/strict';
import { withoutDescribingLeads } from '../../../src/core/ner/place-describing-leads';
import { showSpans, spanAt } from '../helpers/spans';

const listed = new Set(['Bolivia', 'Leeds']);
const isListedPlace = (name: string) => listed.has(name);

describe('describing words before places', () => {
  it('cuts a describing word off a listed place it opens and drops the word alone', () => {
    const text = 'Landlocked Bolivia ships ore. Downtown Leeds is quiet. "Downtown emptied," she said.';
    const spans = [spanAt(text, 'Landlocked Bolivia', 'place'), spanAt(text, 'Downtown Leeds', 'place'), spanAt(text, 'Downtown', 'place', 1)];
    assert.deepEqual(showSpans(text, withoutDescribingLeads(text, spans, isListedPlace)), ['place:Bolivia', 'place:Leeds']);
  });

  it('keeps a district named with the word, and organisations and people', () => {
    const text = 'Downtown Eastside shelters filled; Downtown Leeds Partnership and Uptown Records agreed.';
    const spans = [spanAt(text, 'Downtown Eastside', 'place'), spanAt(text, 'Downtown Leeds Partnership', 'organization'), spanAt(text, 'Uptown Records', 'organization')];
    assert.deepEqual(showSpans(text, withoutDescribingLeads(text, spans, isListedPlace)), showSpans(text, spans));
  });

  it('handles no spans and empty text', () => {
    assert.deepEqual(withoutDescribingLeads('', [], isListedPlace), []);
  });

  it('cuts the word off a place the article names alone elsewhere, though no list holds it', () => {
    const text = 'Downtown Kesting wants workers back. Shops in Kesting closed.';
    const spans = [spanAt(text, 'Downtown Kesting', 'place'), spanAt(text, 'Kesting', 'place', 1)];
    assert.deepEqual(showSpans(text, withoutDescribingLeads(text, spans, isListedPlace)), ['place:Kesting', 'place:Kesting']);
  });
});
