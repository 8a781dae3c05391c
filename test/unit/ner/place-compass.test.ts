import * as assert from 'node:assert/strict';
import { withCompassPlaces } from '../../../src/core/ner/place-compass';
import { showSpans, spanAt } from '../helpers/spans';

describe('places named by a point of the compass', () => {
  it('puts a province ending in a Spanish or Portuguese compass word whole, and its head alone is a place too', () => {
    const text = 'Ferries to Lanao and Zamboanga del Norte stopped; rain in Lanao del Sur and Rio Grande do Sul.';
    const spans = [spanAt(text, 'Norte', 'place'), spanAt(text, 'Lanao', 'person', 1), spanAt(text, 'Sur', 'place')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Lanao', 'place:Zamboanga del Norte', 'place:Lanao del Sur', 'place:Rio Grande do Sul']);
  });

  it('reads compass and region words after a tab or a bracket, and none inside a longer word', () => {
    const text = 'Rain hit (Agusan del\tSur), the Western\tCape and Mindanao; Northern Mindanao flooded, not FarNorth Mindanao.';
    const spans = [spanAt(text, 'Agusan', 'place'), spanAt(text, 'Mindanao', 'place'), spanAt(text, 'Mindanao', 'place', 1), spanAt(text, 'Mindanao', 'place', 2)];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Agusan del\tSur', 'place:Western\tCape', 'place:Mindanao', 'place:Northern Mindanao', 'place:Mindanao']);
  });

  it('leaves an organisation named with a compass word alone', () => {
    const text = 'Loans from the Banco del Sur and a degree from the Universidad del Norte.';
    const spans = [spanAt(text, 'Sur', 'place')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Sur']);
    const org = [spanAt(text, 'Universidad del Norte', 'organization')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, org)), ['organization:Universidad del Norte']);
  });

  it('adds a compass word with "Cape", "Province" or "Territory", and "the South West"', () => {
    const text = 'The Western Cape premier met officials from the North West Province and the Northern Territory. MPs from the South West and the North-East objected.';
    assert.deepEqual(showSpans(text, withCompassPlaces(text, [])), ['place:Western Cape', 'place:North West Province', 'place:Northern Territory', 'place:South West', 'place:North-East']);
  });

  it('adds a road named by a compass word', () => {
    const text = 'Trucks will leave the Eastern Freeway for the Northern Expressway.';
    assert.deepEqual(showSpans(text, withCompassPlaces(text, [])), ['place:Eastern Freeway', 'place:Northern Expressway']);
  });

  it('does not read a compass pair that starts a longer name', () => {
    const text = 'Leaders of the South East Asian nations met.';
    assert.deepEqual(showSpans(text, withCompassPlaces(text, [])), []);
  });

  it('makes a name after a compass word in lower case a place, not a possessive, a longer name or a nationality', () => {
    const text = 'Storms hit eastern Samar and the sea west of Palawan. The farm south of Smith’s barn, the central Democratic Party and southern Italian towns.';
    const spans = [spanAt(text, 'Palawan', 'person'), spanAt(text, 'Democratic Party', 'organization')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Samar', 'place:Palawan', 'organization:Democratic Party']);
  });

  it('keeps a person the article names in full after a compass word', () => {
    const text = 'Ana Palawan spoke. The vote west of Palawan was close.';
    const spans = [spanAt(text, 'Ana Palawan', 'person'), spanAt(text, 'Palawan', 'person', 1)];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['person:Ana Palawan', 'person:Palawan']);
  });

  it('joins a capitalised compass word to a place of the article, but not at the start of a sentence', () => {
    const text = 'Aid went to Caraga and Northern Samar, east of Samar. Eastern Samar has flooded before.';
    const spans = [spanAt(text, 'Caraga', 'place'), spanAt(text, 'Samar', 'place', 1), spanAt(text, 'Samar', 'place', 2)];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Caraga', 'place:Northern Samar', 'place:Samar', 'place:Samar']);
  });

  it('joins a compass word to a place whose name repeats its start ("Walla Walla")', () => {
    const text = 'Floods hit Walla Walla and Southern Walla Walla; Bora Bora and Western Bora Bora too.';
    const spans = [spanAt(text, 'Walla Walla', 'place'), spanAt(text, 'Bora Bora', 'place')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Walla Walla', 'place:Southern Walla Walla', 'place:Bora Bora', 'place:Western Bora Bora']);
  });

  it('adds nothing to a text without compass words', () => {
    const text = 'Nothing happened in Lyon.';
    const spans = [spanAt(text, 'Lyon', 'place')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Lyon']);
  });

  it('makes a one-word body’s span after "the" and a lower-case compass word a place, in every mention', () => {
    const text = 'Wells in the western Alentejo ran dry. The Alentejo pays for it, growers in Alentejo said. Prices at Gazprom rose in eastern Gazprom fields.';
    const spans = [spanAt(text, 'Alentejo', 'organization'), spanAt(text, 'Alentejo', 'organization', 1), spanAt(text, 'Alentejo', 'organization', 2), spanAt(text, 'Gazprom', 'organization'), spanAt(text, 'Gazprom', 'organization', 1)];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Alentejo', 'place:Alentejo', 'place:Alentejo', 'organization:Gazprom', 'organization:Gazprom']);
  });

  it('adds a compass word with "Region", "Sierra" or "Highlands", and "Lower" or "Upper" after "the" before a place', () => {
    const text = 'Rain fell over the Northern Region and the Eastern Sierra; boats reached the Lower Zambezi and the Upper Volta.';
    const spans = [spanAt(text, 'Zambezi', 'place'), spanAt(text, 'Volta', 'place')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Northern Region', 'place:Eastern Sierra', 'place:Lower Zambezi', 'place:Upper Volta']);
  });

  it('leaves "Lower" and "Upper" without "the", and before people and bodies', () => {
    const text = 'Upper Volta was renamed; the Upper Smith said the Lower Acme paid.';
    const spans = [spanAt(text, 'Volta', 'place'), spanAt(text, 'Smith', 'person'), spanAt(text, 'Acme', 'organization')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Volta', 'person:Smith', 'organization:Acme']);
  });

  it('puts a bare Portuguese or Spanish compass word after a place the model found in the place, not after another name', () => {
    const text = 'Votes in Mavera Sul and Mavera Norte were counted; Rádio Norte and Tomas Sur reported.';
    const spans = [spanAt(text, 'Mavera', 'place'), spanAt(text, 'Mavera', 'place', 1), spanAt(text, 'Tomas', 'person')];
    assert.deepEqual(showSpans(text, withCompassPlaces(text, spans)), ['place:Mavera Sul', 'place:Mavera Norte', 'person:Tomas']);
  });
});
