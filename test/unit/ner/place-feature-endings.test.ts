import * as assert from 'node:assert/strict';
import { withFeatureEndings } from '../../../src/core/ner/place-feature-endings';
import { showSpans, spanAt } from '../helpers/spans';

describe('places ending in a feature of the land or the sea', () => {
  it('puts the feature word after a place into its name', () => {
    const text = 'The storm crossed Celebes Sea and reached Davao River by night.';
    const spans = [spanAt(text, 'Celebes', 'place'), spanAt(text, 'Davao', 'place')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Celebes Sea', 'place:Davao River']);
  });

  it('puts a second word and a unit of government after a place into its name, not two words of another kind', () => {
    const text = 'The plant stands in Samdrup Jongkhar Dzongkhag, near Lake Tana Hotel and Kisumu Grand Casino.';
    const spans = [spanAt(text, 'Samdrup', 'place'), spanAt(text, 'Lake Tana', 'place'), spanAt(text, 'Kisumu', 'place')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Samdrup Jongkhar Dzongkhag', 'place:Lake Tana', 'place:Kisumu']);
  });

  it("puts a street word after a town into the street's name, at a line's end too", () => {
    const text = 'He was hit on Leeds Road\r\n\r\nShops on Derby Street Market stayed open.';
    const spans = [spanAt(text, 'Leeds', 'place'), spanAt(text, 'Derby', 'place')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Leeds Road', 'place:Derby']);
  });

  it('does not reach into a longer name or over the next span', () => {
    const text = 'The Salt Lake City council and the Tampa Bay Rays met.';
    const spans = [spanAt(text, 'Salt', 'place'), spanAt(text, 'Tampa', 'place')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Salt', 'place:Tampa']);
  });

  it('makes a "person" of three words ending in a feature a place in every mention, but not one of two', () => {
    const text = 'Oliver Tambo Bay voted. Michael Bay filmed there. Oliver Tambo Bay has no water.';
    const spans = [spanAt(text, 'Oliver Tambo Bay', 'person'), spanAt(text, 'Michael Bay', 'person'), spanAt(text, 'Oliver Tambo Bay', 'person', 1)];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Oliver Tambo Bay', 'person:Michael Bay', 'place:Oliver Tambo Bay']);
  });

  it('makes a "person" ending in a word for a unit of government the unit', () => {
    const text = 'Relief reached Dhofar Governorate and Kalika Rural Municipality; Anna County spoke.';
    const spans = [spanAt(text, 'Dhofar Governorate', 'person'), spanAt(text, 'Kalika Rural Municipality', 'person'), spanAt(text, 'Anna', 'person')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Dhofar Governorate', 'place:Kalika Rural Municipality', 'person:Anna']);
  });

  it('makes a name with a Latin word for a feature of another world a place', () => {
    const text = 'The lander aims for Utopia Planitia, far from Olympus Mons and Gale Crater.';
    const spans = [spanAt(text, 'Utopia Planitia', 'person'), spanAt(text, 'Olympus Mons', 'person'), spanAt(text, 'Gale Crater', 'person')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Utopia Planitia', 'place:Olympus Mons', 'place:Gale Crater']);
  });

  it('finds the Latin word first, in the middle or last of a name, and leaves a lone "Crater" or "Mons" and a name merely ending in one', () => {
    const text = 'Mons Rümker Ridge, Arsia Mons Flank, the Noctis Labyrinthus, Mons, Crater and Jo Simmons were named.';
    const spans = [spanAt(text, 'Mons Rümker Ridge', 'person'), spanAt(text, 'Arsia Mons Flank', 'person'), spanAt(text, 'Noctis Labyrinthus', 'person'), spanAt(text, 'Mons', 'person', 2), spanAt(text, 'Crater', 'person'), spanAt(text, 'Jo Simmons', 'person')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Mons Rümker Ridge', 'place:Arsia Mons Flank', 'place:Noctis Labyrinthus', 'person:Mons', 'person:Crater', 'person:Jo Simmons']);
  });

  it('leaves an organisation with such a word in its name', () => {
    const text = 'She teaches at the University of Mons.';
    const spans = [spanAt(text, 'University of Mons', 'organization')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['organization:University of Mons']);
  });
  it("reads a ruler's title and a \"person\" ending in a feature word as one place named after the ruler", () => {
    const text = 'Water from the King Hussein Dam reached Prince Omar Bay, said Hassan Dam of the ministry.';
    const spans = [spanAt(text, 'Hussein Dam', 'person'), spanAt(text, 'Omar Bay', 'person'), spanAt(text, 'Hassan Dam', 'person')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:King Hussein Dam', 'place:Prince Omar Bay', 'person:Hassan Dam']);
  });

  it('makes a "person" of two words ending in a word of the shore no one bears as a surname a place, not one ending in "Bay"', () => {
    const text = 'Boats left Stanley Harbour and Victoria Quay, Michael Bay said.';
    const spans = [spanAt(text, 'Stanley Harbour', 'person'), spanAt(text, 'Victoria Quay', 'person'), spanAt(text, 'Michael Bay', 'person')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:Stanley Harbour', 'place:Victoria Quay', 'person:Michael Bay']);
  });
});
