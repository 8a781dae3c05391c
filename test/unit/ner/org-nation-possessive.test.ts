import * as assert from 'node:assert/strict';
import { withNationPossessives } from '../../../src/core/ner/org-nation-possessive';
import { showSpans, spanAt } from '../helpers/spans';

const isNation = (name: string) => ['Norway', 'France', 'Britain', 'Japan'].includes(name);
const isListedPlace = (name: string) => isNation(name) || name === 'UK' || name === 'Lyon';

describe('organisations after a country’s possessive', () => {
  it('makes initials after a country’s possessive an organisation ("Norway’s NBIM")', () => {
    const text = "Norway's NBIM and Japan’s GPIF bought shares.";
    const spans = [spanAt(text, 'Norway', 'place'), spanAt(text, 'Japan', 'place'), spanAt(text, 'GPIF', 'person')];
    assert.deepEqual(showSpans(text, withNationPossessives(text, spans, isNation, isListedPlace)), ['place:Norway', 'organization:NBIM', 'place:Japan', 'organization:GPIF']);
  });

  it('makes an unlisted "place" a seller or a buyer names an organisation', () => {
    const text = "It bought the stores from France's Maison Durand-Vial in 2016.";
    const spans = [spanAt(text, 'France', 'place'), spanAt(text, 'Maison Durand-Vial', 'place')];
    assert.deepEqual(showSpans(text, withNationPossessives(text, spans, isNation, isListedPlace)), ['place:France', 'organization:Maison Durand-Vial']);
  });

  it('leaves listed places, places without a trade’s verb, and initials that are places alone', () => {
    const text = "Britain's UK arm grew. He flew from France's Lyon. He lives in France's Val Rouge.";
    const spans = [spanAt(text, 'Britain', 'place'), spanAt(text, 'France', 'place'), spanAt(text, 'Lyon', 'place'), spanAt(text, 'France', 'place', 1), spanAt(text, 'Val Rouge', 'place')];
    assert.deepEqual(withNationPossessives(text, spans, isNation, isListedPlace), spans);
  });
});
