import * as assert from 'node:assert/strict';
import { withPlaceCompounds } from '../../../src/core/ner/place-compounds';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { showSpans, spanAt } from '../helpers/spans';

describe('places of several words', () => {
  it('joins the two parts of a province named with "and", on both readings, and no other two places', () => {
    const text = 'Snow fell across Jammu and Kashmir, and in Ohio and Texas.';
    const spans = refineSpans(text, [spanAt(text, 'Jammu', 'place'), spanAt(text, 'Kashmir', 'place'), spanAt(text, 'Ohio', 'place'), spanAt(text, 'Texas', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Jammu and Kashmir', 'place:Ohio', 'place:Texas']);
    assert.deepEqual(showSpans(text, refineSpans(text, spans)), showSpans(text, spans));
  });

  it('leaves the spans it is given as they were when it joins or extends them', () => {
    const text = 'Rain hit Santiago de Compostela, then Saint-Jean-de-Luz and Lyon.';
    const spans = [spanAt(text, 'Santiago', 'place'), spanAt(text, 'Compostela', 'place'), spanAt(text, 'Saint', 'place'), spanAt(text, 'Lyon', 'place')];
    const before = spans.map((s) => ({ ...s }));
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, spans)), ['place:Santiago de Compostela', 'place:Saint-Jean-de-Luz', 'place:Lyon']);
    assert.deepEqual(spans, before);
  });

  it('joins two places parted by "de" or "del" into one', () => {
    const text = 'Rain fell on Valle del Cauca and on Cerro de Pasco.';
    const spans = [spanAt(text, 'Valle', 'place'), spanAt(text, 'Cauca', 'place'), spanAt(text, 'Cerro', 'place'), spanAt(text, 'Pasco', 'place')];
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, spans)), ['place:Valle del Cauca', 'place:Cerro de Pasco']);
  });

  it('carries a place over a dash and a hyphenated name, but not over a dash between two names', () => {
    const text = 'Mills in Abitibi–Val-d’Or closed. The Lyon–Turin line opened.';
    const spans = [spanAt(text, 'Abitibi', 'place'), spanAt(text, 'Lyon', 'place'), spanAt(text, 'Turin', 'place')];
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, spans)), ['place:Abitibi–Val-d’Or', 'place:Lyon', 'place:Turin']);
  });

  it('adds the names before a kind of place, each item of a list before a plural kind', () => {
    const text = 'Farms in the Haute-Côte and Basse-Rive regions, in the Chapare province and in Yoro, Olancho and Islas de la Bahía departments.';
    const spans = [spanAt(text, 'Yoro', 'place'), spanAt(text, 'Olancho', 'place')];
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, spans)), ['place:Haute-Côte', 'place:Basse-Rive', 'place:Chapare', 'place:Yoro', 'place:Olancho', 'place:Islas de la Bahía']);
  });

  it('adds nothing for words that describe places, adjectives, or a word opening a sentence', () => {
    const text = 'Local municipalities objected. Rural districts and the Kurdish regions too. A long Islamized region. The Republican county chairs met.';
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, [])), []);
  });

  it('reads kinds of two words, a list before them that holds a place already found, and "The" opening a sentence', () => {
    const text = 'The Kakuma refugee camp grew. Trucks queued at the Wagah and Attari border crossings.';
    const spans = [spanAt(text, 'Attari', 'place')];
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, spans)), ['place:Kakuma', 'place:Wagah', 'place:Attari']);
  });
  it('adds a name before a kind of place after "for"', () => {
    const text = 'Officials raised the alert for Vakinankaratra region to red.';
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, [])), ['place:Vakinankaratra']);
  });

  it('adds the names of a list before "rivers" or "lakes"', () => {
    const text = 'A dry summer left the reservoirs on the Mureșel and Timiș rivers low.';
    assert.deepEqual(showSpans(text, withPlaceCompounds(text, [])), ['place:Mureșel', 'place:Timiș']);
  });
});
