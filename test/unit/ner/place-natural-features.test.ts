import * as assert from 'node:assert/strict';
import { withNaturalFeatures } from '../../../src/core/ner/place-natural-features';
import { showSpans, spanAt } from '../helpers/spans';

describe('land and water features named before a lower-case feature word', () => {
  it('finds a name before "peninsula", "highlands" or "catchment", missed or read as a person, and its other mentions', () => {
    const text = "Quakes shook Norway's Varanger peninsula. Snow fell on the Tatra highlands; the Varanger data were clear and the upstream Tatra catchment flooded.";
    const spans = [spanAt(text, 'Norway', 'place'), spanAt(text, 'Tatra', 'person')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Norway', 'place:Varanger', 'place:Tatra', 'place:Varanger', 'place:Tatra']);
  });

  it('finds a name before "mountains" or "hills" and its mention after "from the"', () => {
    const text = 'Snow fell over the Pirin mountains and the Rila hills. The dam fills from the Pirin.';
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, [])), ['place:Pirin', 'place:Rila', 'place:Pirin']);
  });

  it('makes every item of a list "the" opens before a plural feature word a place', () => {
    const text = 'Barges queued at the Iron Gate, Ruse Bay and Silistra locks while Maria Petrova watched.';
    const spans = [spanAt(text, 'Ruse Bay', 'person'), spanAt(text, 'Maria Petrova', 'person')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Iron Gate', 'place:Ruse Bay', 'place:Silistra', 'person:Maria Petrova']);
  });

  it('leaves the items before the last of a list without "the" before a plural feature word', () => {
    const text = 'Maria Petrova, Ivan Dimov and Silistra locks were named.';
    const spans = [spanAt(text, 'Maria Petrova', 'person'), spanAt(text, 'Ivan Dimov', 'person')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['person:Maria Petrova', 'person:Ivan Dimov', 'place:Silistra']);
  });

  it('leaves adjectives of peoples and regions, a sentence\'s first word and function words', () => {
    const text = 'The Korean peninsula and the Balkan peninsula. Tibetan highlands. Caldera maps of the Andean plateau.';
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, [])), []);
  });

  it('leaves a word of a longer person\'s name alone in its other mentions', () => {
    const text = 'Ivo Krafla visited the Krafla volcano. Krafla said so.';
    const spans = [spanAt(text, 'Ivo Krafla', 'person'), spanAt(text, 'Krafla', 'person', 2)];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['person:Ivo Krafla', 'person:Krafla']);
  });

  it('handles empty text and a text without feature words', () => {
    assert.deepEqual(withNaturalFeatures('', []), []);
    assert.deepEqual(withNaturalFeatures('Nothing here.', []), []);
  });

  it('reads a name of several words before "river" or "dam", over a part the model found, and after a sentence-opening "The"', () => {
    const text = 'The Bin El Ouidane dam feeds the Oued El-Abid river. The Tensift basin is dry.';
    const spans = [spanAt(text, 'Bin El Ouidane', 'person'), spanAt(text, 'El-Abid', 'place'), spanAt(text, 'Tensift', 'organization')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Bin El Ouidane', 'place:Oued El-Abid', 'place:Tensift']);
  });

  it('finds power plants and bus hubs named before their lower-case kind, but leaves a company that owns a plant', () => {
    const text = 'Work began on the Mpika solar plant and the Ratnapark bus terminal, next to the Acme coal plant.';
    const spans = [spanAt(text, 'Ratnapark', 'person'), spanAt(text, 'Acme', 'organization')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Mpika', 'place:Ratnapark', 'organization:Acme']);
  });

  it('reads "forest", "valleys" and "gorges" after a name, and a summary item opening a line, in every mention', () => {
    const text = 'Kivu floods: Rusizi bursts\n- Rusizi river swells\nRain fell on the Nyungwe forest and the Tarija valleys; the Charyn gorges shut.\nHomes above the Rusizi fell.';
    const spans = [spanAt(text, 'Nyungwe', 'person')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Rusizi', 'place:Rusizi', 'place:Nyungwe', 'place:Tarija', 'place:Charyn', 'place:Rusizi']);
  });

  it('makes a name before "terminal" or "depot" a place, but leaves a company that owns one', () => {
    const text = 'Talks were held at the Colobane terminal; the Maersk terminal and the Mbao depot stayed open.';
    const spans = [spanAt(text, 'Colobane', 'person'), spanAt(text, 'Maersk', 'organization')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Colobane', 'organization:Maersk', 'place:Mbao']);
  });

  it('leaves the word inside a longer name the article writes elsewhere', () => {
    const text = 'Buses leave the Thiaroye depot for the Gare de Thiaroye. The Gare de Thiaroye is busy.';
    const spans = [spanAt(text, 'Gare de Thiaroye', 'place')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Thiaroye', 'place:Gare de Thiaroye']);
  });
  it('reads "aquifer", "wetland", "beach", "canal", "sluice" and "sector" after a name, over a body the model read', () => {
    const text = 'The Mutara aquifer is low, the Kolpa wetland dry and the Seliš beach empty; the Vrana canal gate at the Vrana sluice stays shut, and a pipe will run through the Bela Vista sector.';
    const spans = [spanAt(text, 'Kolpa', 'organization'), spanAt(text, 'Seliš', 'person')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Mutara', 'place:Kolpa', 'place:Seliš', 'place:Vrana', 'place:Vrana', 'place:Bela Vista']);
  });

  it('reads "channel", "weir", "locks", "district", "soum" and "road" after a name', () => {
    const text = 'The Rubondo channel overflowed above the Tamega weir and the Gamboa locks; in Osaka\'s Namba district and Tsetserleg soum, the Mtavari road was shut.';
    const spans = [spanAt(text, 'Rubondo', 'person'), spanAt(text, 'Osaka', 'place')];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Rubondo', 'place:Tamega', 'place:Gamboa', 'place:Osaka', 'place:Namba', 'place:Tsetserleg', 'place:Mtavari']);
  });

  it('keeps a company before "mine" or "route", and reads no one place in a road between two', () => {
    const text = 'The Korvale mine and the Norsk Minerals mine reopened; Skyjet cut the Skyjet route and the Arusha-Moshi road flooded.';
    const spans = [spanAt(text, 'Norsk Minerals', 'organization'), spanAt(text, 'Skyjet', 'organization'), spanAt(text, 'Skyjet', 'organization', 1)];
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, spans)), ['place:Korvale', 'organization:Norsk Minerals', 'organization:Skyjet', 'organization:Skyjet']);
  });

  it('reads no place in another mention of the name that names a disease', () => {
    const text = 'Cases of Tarvane fever rose across the Tarvane district, and Tarvane  virus spread.';
    assert.deepEqual(showSpans(text, withNaturalFeatures(text, [])), ['place:Tarvane']);
  });
});
