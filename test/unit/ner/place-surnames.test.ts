import * as assert from 'node:assert/strict';
import { withPlaceSurnames } from '../../../src/core/ner/place-surnames';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { showSpans, spanAt } from '../helpers/spans';

const notListed = () => false;

describe('people whose surname is a place', () => {
  it('takes an unknown given name into the person where the words after say a person is meant', () => {
    const text = 'On Thursday Valeska Paris, an Australian woman, spoke. Later Inès Lima said no.';
    const spans = [spanAt(text, 'Paris', 'place'), spanAt(text, 'Lima', 'place')];
    assert.deepEqual(showSpans(text, withPlaceSurnames(text, spans, notListed)), ['person:Valeska Paris', 'person:Inès Lima']);
  });

  it('keeps a body named after a place, read as an organisation elsewhere, though it speaks', () => {
    const text = 'Meteo Lisbon warned of gales. Later Meteo Lisbon said the storm would ease.';
    const spans = [spanAt(text, 'Meteo Lisbon', 'organization'), spanAt(text, 'Lisbon', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlaceSurnames(text, spans, notListed)), ['organization:Meteo Lisbon', 'place:Lisbon']);
  });

  it('takes the model’s one-word person and the place after it as one person', () => {
    const text = 'The activist Valeska Paris left the group.';
    const spans = [spanAt(text, 'Valeska', 'person'), spanAt(text, 'Paris', 'place')];
    assert.deepEqual(showSpans(text, withPlaceSurnames(text, spans, notListed)), ['person:Valeska Paris']);
  });

  it('reads the surname used for a person elsewhere in the article as the cue', () => {
    const text = 'She was suppressive. Valeska Paris I was hauled in. Paris claims she was 17, and Paris’s father agreed.';
    const spans = [spanAt(text, 'Paris', 'place'), spanAt(text, 'Paris', 'place', 1), spanAt(text, 'Paris', 'place', 2)];
    const refined = refineSpans(text, spans);
    assert.deepEqual(showSpans(text, refined), ['person:Valeska Paris', 'person:Paris', 'person:Paris']);
  });

  it('makes a place after a courtesy title a person', () => {
    const text = 'Ms Paris declined to comment.';
    assert.deepEqual(showSpans(text, withPlaceSurnames(text, [spanAt(text, 'Paris', 'place')], notListed)), ['person:Paris']);
  });

  it('leaves places after other capitalised words alone: common words, place words, listed names, no cue', () => {
    const text = 'Visiting Paris, a woman said it rained. Greater Paris, a region, grew. Airbus Paris said so. We met Ulla Lima there. visiting is fun.';
    const spans = [spanAt(text, 'Paris', 'place'), spanAt(text, 'Paris', 'place', 1), spanAt(text, 'Paris', 'place', 2), spanAt(text, 'Lima', 'place')];
    const isListed = (word: string) => word === 'Airbus';
    assert.deepEqual(showSpans(text, withPlaceSurnames(text, spans, isListed)), showSpans(text, spans));
  });
});
