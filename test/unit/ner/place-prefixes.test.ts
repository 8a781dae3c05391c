import * as assert from 'node:assert/strict';
import { withPlacePrefixes } from '../../../src/core/ner/place-prefixes';
import { showSpans, spanAt } from '../helpers/spans';

describe('places known by how their names begin', () => {
  it('makes a name with "Kwa" before a capital a place, whatever the model made of it or where it found nothing', () => {
    const text = 'Taps ran dry in KwaThema and KwaDukuza after storms hit KwaZulu-Natal.';
    const spans = [spanAt(text, 'KwaThema', 'organization'), spanAt(text, 'Dukuza', 'person')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:KwaThema', 'place:KwaDukuza', 'place:KwaZulu-Natal']);
  });

  it('leaves a longer name holding a "Kwa" name, and words like "Kwame"', () => {
    const text = 'Kwame Mensah studied at the University of KwaZulu-Natal.';
    const spans = [spanAt(text, 'Kwame Mensah', 'person'), spanAt(text, 'University of KwaZulu-Natal', 'organization')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), showSpans(text, spans));
  });

  it('makes a town named after a saint a place, not Santa Claus or a person the article shows', () => {
    const text = 'Roads to San Isidro and São Mateus closed. Santa Claus came. Santo Ferrante said he would stay.';
    const spans = [spanAt(text, 'San Isidro', 'person'), spanAt(text, 'São Mateus', 'person'), spanAt(text, 'Santa Claus', 'person'), spanAt(text, 'Santo Ferrante', 'person')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:San Isidro', 'place:São Mateus', 'person:Santa Claus', 'person:Santo Ferrante']);
  });

  it('keeps a saint-named person whose surname the article uses alone', () => {
    const text = 'Santa Orlandi arrived. Orlandi waved.';
    const spans = [spanAt(text, 'Santa Orlandi', 'person'), spanAt(text, 'Orlandi', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), showSpans(text, spans));
  });

  it('leaves "Barangay" out of a barangay\'s name', () => {
    const text = 'Water rose in Barangay San Roque and Brgy. Malinao overnight.';
    const spans = [spanAt(text, 'Barangay San Roque', 'place'), spanAt(text, 'Brgy. Malinao', 'place')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:San Roque', 'place:Malinao']);
  });

  it('finds a salt flat with its "Salar de" over the parts the model found, and its name alone as the same place', () => {
    const text = 'Drilling at the Salar del Carmen Alto began. Its Carmen Alto wells and the Salar de Quisquiro lie north.';
    const spans = [spanAt(text, 'Salar', 'place'), spanAt(text, 'Carmen Alto', 'organization'), spanAt(text, 'Carmen Alto', 'organization', 1)];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Salar del Carmen Alto', 'place:Carmen Alto', 'place:Salar de Quisquiro']);
  });

  it('makes "DR Congo" one place with its "DR", not "DRC Congolese" or an organisation', () => {
    const text = 'Trucks bound for DR Congo waited; the DR Congo\'s miners and DR Congolese traders too.';
    const spans = [spanAt(text, 'Congo', 'place'), spanAt(text, 'DR Congo', 'organization', 1)];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:DR Congo', 'place:DR Congo']);
  });

  it('puts "sub-Saharan" into the name of Africa', () => {
    const text = 'Cases rose across sub-Saharan Africa and in Africa as a whole.';
    const spans = [spanAt(text, 'Africa', 'place'), spanAt(text, 'Africa', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:sub-Saharan Africa', 'place:Africa']);
  });

  it('puts "Port", "Fort" or "Point" into a town\'s name the model read without it, not a lower-case word or a word of the sentence before', () => {
    const text = 'Boats reached Port Tolvar and Fort Brenna; the port Tolvar uses and Point Arvel flooded. Both left the Port. Arvel stayed.';
    const spans = [spanAt(text, 'Tolvar', 'place'), spanAt(text, 'Brenna', 'place'), spanAt(text, 'Tolvar', 'place', 1), spanAt(text, 'Arvel', 'place'), spanAt(text, 'Arvel', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Port Tolvar', 'place:Fort Brenna', 'place:Tolvar', 'place:Point Arvel', 'place:Arvel']);
  });

  it('puts "Greater" into the name of a city\'s wider area, not a lower-case "greater"', () => {
    const text = 'Ports in Greater Durban and a greater Durban region.';
    const spans = [spanAt(text, 'Durban', 'place'), spanAt(text, 'Durban', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Greater Durban', 'place:Durban']);
  });

  it('puts a left-out "Low", "Upper" or "New" into a place\'s name, not a word inside another name', () => {
    const text = 'Hikers in the Low Varna hills, on the Upper Tessa and in New Halden met the Old Mill staff; Kim New Halden spoke.';
    const spans = [spanAt(text, 'Varna', 'place'), spanAt(text, 'Tessa', 'place'), spanAt(text, 'Halden', 'place'), spanAt(text, 'Kim New', 'person'), spanAt(text, 'Halden', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Low Varna', 'place:Upper Tessa', 'place:New Halden', 'person:Kim New', 'place:Halden']);
  });

  it('makes a Maghreb town headed by "Sidi" a place, not a person the article shows', () => {
    const text = 'Floods hit Sidi Kacem, where Sidi Ould Tah said the bank would help.';
    const spans = [spanAt(text, 'Sidi Kacem', 'person'), spanAt(text, 'Sidi Ould Tah', 'person')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Sidi Kacem', 'person:Sidi Ould Tah']);
  });

  it('keeps the words of a state\'s long name before "Republic of"', () => {
    const text = 'Trade between the Democratic Republic of Congo, the Islamic Republic of Iran and the Republic of Korea grew.';
    const spans = [spanAt(text, 'Republic of Congo', 'place'), spanAt(text, 'Republic of Iran', 'place'), spanAt(text, 'Republic of Korea', 'place')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Democratic Republic of Congo', 'place:Islamic Republic of Iran', 'place:Republic of Korea']);
  });

  it('puts "Royal" into the name of a links named after its town, not into a longer name', () => {
    const text = 'The Open goes to Royal Troon, then the Royal Navy Hospital in Portsmouth.';
    const spans = [spanAt(text, 'Troon', 'place'), spanAt(text, 'Royal Navy Hospital', 'organization'), spanAt(text, 'Portsmouth', 'place')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Royal Troon', 'organization:Royal Navy Hospital', 'place:Portsmouth']);
  });

  it('makes "Royal" before a listed country or city a company, whether the model found the word or the whole name', () => {
    const text = 'Royal Norland and Royal Vestria cut prices; the Open goes to Royal Troon.';
    const listed = (name: string) => name === 'Norland' || name === 'Vestria';
    const spans = [spanAt(text, 'Royal Norland', 'place'), spanAt(text, 'Vestria', 'place'), spanAt(text, 'Troon', 'place')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans, listed)), ['organization:Royal Norland', 'organization:Royal Vestria', 'place:Royal Troon']);
  });

  it('makes a Sesotho village of a person the model found after "Ha" and a word of place', () => {
    const text = 'Herders from Ha Mokhele met elders of Ha Sefako. Ha Ntsane said no; a film of Ha Ji-won won.';
    const spans = [spanAt(text, 'Mokhele', 'person'), spanAt(text, 'Sefako', 'person'), spanAt(text, 'Ntsane', 'person'), spanAt(text, 'Ji-won', 'person')];
    assert.deepEqual(showSpans(text, withPlacePrefixes(text, spans)), ['place:Ha Mokhele', 'place:Ha Sefako', 'person:Ntsane', 'person:Ji-won']);
  });
});
