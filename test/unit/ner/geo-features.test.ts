import * as assert from 'node:assert/strict';
import { withGeoFeatures } from '../../../src/core/ner/geo-features';
import { showSpans, spanAt } from '../helpers/spans';

const LISTED_PLACES = new Set(['Bristol', 'Galway']);
const isPlace = (name: string) => LISTED_PLACES.has(name);

describe('features of the land and the sea', () => {
  it('makes a name ending in a feature’s word a place, and adds one the model missed after "the"', () => {
    const text = 'Gusts were recorded at Mace Head. Clubs look across the Irish Sea, and she reached the edge of the Rockall Trough.';
    const spans = [spanAt(text, 'Mace Head', 'organization')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:Mace Head', 'place:Irish Sea', 'place:Rockall Trough']);
  });

  it('makes a bank in the sea a place after a word of position, in every mention, but never a bank’s name', () => {
    const text = 'She led cruises to the Porcupine Bank. A reef on the Porcupine Bank was filmed. Loans from the World Bank, on the World Bank board.';
    const spans = [spanAt(text, 'Porcupine Bank', 'organization'), spanAt(text, 'Porcupine Bank', 'organization', 1), spanAt(text, 'World Bank', 'organization'), spanAt(text, 'World Bank', 'organization', 1)];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:Porcupine Bank', 'place:Porcupine Bank', 'organization:World Bank', 'organization:World Bank']);
  });

  it('makes a channel a place only after a nation’s adjective or a place ("English Channel"), not a broadcaster', () => {
    const text = 'Boats crossed the English Channel and the Bristol Channel; the Discovery Channel filmed it.';
    const spans = [spanAt(text, 'English Channel', 'organization'), spanAt(text, 'Bristol Channel', 'organization'), spanAt(text, 'Discovery Channel', 'organization')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:English Channel', 'place:Bristol Channel', 'organization:Discovery Channel']);
  });

  it('makes a channel a place after a word of position, but not after "on the"', () => {
    const text = 'Crews raced across the Pailolo Channel at dawn. The final aired on the Adventure Channel.';
    const spans = [spanAt(text, 'Pailolo Channel', 'organization'), spanAt(text, 'Adventure Channel', 'organization')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:Pailolo Channel', 'organization:Adventure Channel']);
  });

  it('adds a headland after a word of position without "the", also over a person the model read in it', () => {
    const text = 'The yacht anchored off Makapuu Head. Then the wind came around Kaena Head and Ilima Sound.';
    const spans = [spanAt(text, 'Kaena', 'person')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:Makapuu Head', 'place:Kaena Head']);
  });

  it('leaves a person after a word of position without a feature word, and one before a cued feature word', () => {
    const text = 'She sat around Lena Bank with friends, and waited off Marta later.';
    const spans = [spanAt(text, 'Lena', 'person'), spanAt(text, 'Marta', 'person')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['person:Lena', 'person:Marta']);
  });

  it('adds a cave after "the" and keeps a person whose name ends in "Cave"', () => {
    const text = 'Hikers walked above the Dobšiná Ice Cave, and Nick Cave sang.';
    const spans = [spanAt(text, 'Nick Cave', 'person')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:Dobšiná Ice Cave', 'person:Nick Cave']);
  });

  it('leaves the short form of a company’s name alone ("Merlion Ridge" of "Merlion Ridge Capital")', () => {
    const text = 'Merlion Ridge Capital bought it; Merlion Ridge said so.';
    const spans = [spanAt(text, 'Merlion Ridge Capital', 'organization'), spanAt(text, 'Merlion Ridge', 'organization', 1)];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['organization:Merlion Ridge Capital', 'organization:Merlion Ridge']);
  });

  it('leaves people, organisations with an organisation word and text without features alone', () => {
    const text = 'Anthony Head joined the Ministry of Sound on the Thames.';
    const spans = [spanAt(text, 'Anthony Head', 'person'), spanAt(text, 'Ministry of Sound', 'organization')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['person:Anthony Head', 'organization:Ministry of Sound']);
    assert.deepEqual(withGeoFeatures('No features here.', [], isPlace), []);
  });

  it('makes a pass a place after a word of position, and puts a place cut short before it whole, but not a ticket', () => {
    const text = 'Trucks waited near the Lowari Pass. A slide on the Khojak Pass shut it. Buy the Rail Pass online.';
    const spans = [spanAt(text, 'Khojak', 'place'), spanAt(text, 'Rail Pass', 'organization')];
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:Lowari Pass', 'place:Khojak Pass', 'organization:Rail Pass']);
  });

  it('reads "Chhu", a river in Dzongkha, as a feature’s word', () => {
    const text = 'The plant runs at reduced load when the Mangde Chhu carries the most sediment.';
    assert.deepEqual(showSpans(text, withGeoFeatures(text, [], isPlace)), ['place:Mangde Chhu']);
  });

  it('cuts a place span short before a feature word, with the whole name the place, leaving the input array as it was', () => {
    const text = 'Ships sailed across the Tarrow Sea at dawn.';
    const spans = [spanAt(text, 'Tarrow', 'place')];
    const before = showSpans(text, spans);
    assert.deepEqual(showSpans(text, withGeoFeatures(text, spans, isPlace)), ['place:Tarrow Sea']);
    assert.deepEqual(showSpans(text, spans), before);
  });
});
