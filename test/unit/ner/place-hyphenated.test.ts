import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withHyphenatedPlaces } from '../../../src/core/ner/place-hyphenated';

describe('French places named in hyphenated parts', () => {
  it('adds a commune with a particle and a region of three names after a word of place', () => {
    const text = 'The bus went to Bourg-en-Bresse, then on to a race in Provence-Alpes-Côte.';
    assert.deepEqual(showSpans(text, withHyphenatedPlaces(text, [])), ['place:Bourg-en-Bresse', 'place:Provence-Alpes-Côte']);
  });

  it('puts the whole name over a part the model found', () => {
    const text = 'She lives near Saint-Jean-de-Luz.';
    assert.deepEqual(showSpans(text, withHyphenatedPlaces(text, [spanAt(text, 'Saint', 'person')])), ['place:Saint-Jean-de-Luz']);
  });

  it('leaves double surnames and hyphenated names with no word of place before them', () => {
    const text = 'Lefebvre-Aubry beat Red Bull-Bora-Hansgrohe riders, said Jean-Paul Martin-Lopez.';
    const spans = [spanAt(text, 'Lefebvre-Aubry', 'person'), spanAt(text, 'Jean-Paul Martin-Lopez', 'person')];
    assert.deepEqual(showSpans(text, withHyphenatedPlaces(text, spans)), ['person:Lefebvre-Aubry', 'person:Jean-Paul Martin-Lopez']);
  });
});
