import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { isHeadedPlaceName, withStreetPlaces } from '../../../src/core/ner/place-streets';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';

describe('streets, venues and features named by a head or tail word', () => {
  it('types a Spanish avenue the model read as a person as a place', () => {
    const text = 'Marchers gathered on Avenida Juárez, near the cathedral.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [spanAt(text, 'Avenida Juárez', 'person')])), ['place:Avenida Juárez']);
  });

  it('types Bulgarian and Russian highways and avenues named by their last word as places', () => {
    const text = 'Traffic stood still on Botevgradsko Shose and on Leninsky Prospekt.';
    const spans = [spanAt(text, 'Botevgradsko Shose', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Botevgradsko Shose', 'place:Leninsky Prospekt']);
  });

  it('types a valley named by "Val" and a particle as a place, not a person named Val', () => {
    const text = "Hotels in the Val d'Hérens were full, Val Morgan said.";
    const spans = [spanAt(text, 'Val Morgan', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ["place:Val d'Hérens", 'person:Val Morgan']);
  });

  it('puts a mountain pass in whole over the name after its particle', () => {
    const text = 'The riders climbed the Col de la Bonette, then descended.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [spanAt(text, 'Bonette', 'place')])), ['place:Col de la Bonette']);
  });

  it('adds a promenade and a bridge town the model missed', () => {
    const text = 'They walked along the Promenade du Paillon and were held at the Puente Blanco prison.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [])), ['place:Promenade du Paillon', 'place:Puente Blanco']);
  });

  it('leaves "Col" before a name without a particle to the colonel it abbreviates', () => {
    const text = 'Col Harriet Mason said the convoy had left.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [spanAt(text, 'Harriet Mason', 'person')])), ['person:Harriet Mason']);
  });

  it('types a Turkish street the model read as an organisation and a fault as places', () => {
    const text = 'Two buildings on Kışla Caddesi fell; the North Anatolian Fault moved.';
    const spans = withStreetPlaces(text, [spanAt(text, 'Kışla Caddesi', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['place:Kışla Caddesi', 'place:North Anatolian Fault']);
  });

  it('puts in highways and motorways, also one the model read as an organisation, but not a body named after one', () => {
    const text = 'Trucks left the Karakoram Highway for the KM Highway; the Federal Highway Police and the Hume Motorway agreed.';
    const spans = withStreetPlaces(text, [spanAt(text, 'KM Highway', 'organization'), spanAt(text, 'Federal Highway Police', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['place:Karakoram Highway', 'place:KM Highway', 'organization:Federal Highway Police', 'place:Hume Motorway']);
  });

  it('cuts a place the model ran on into a street after it into two places', () => {
    const text = 'The meeting in Town Hall on Mill Road ran late.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [spanAt(text, 'Town Hall on Mill Road', 'place')])), ['place:Town Hall', 'place:Mill Road']);
  });

  it('puts a sports city in whole over the given name inside it', () => {
    const text = 'He was unveiled at the Prince Faisal Sports City on Friday.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [spanAt(text, 'Faisal', 'person')])), ['place:Prince Faisal Sports City']);
  });

  it('leaves an English street the model read as an organisation, and a street word before another name', () => {
    const text = 'Downing Street said the Belt and Road Initiative and the Road Safety Authority were discussed.';
    const spans = [spanAt(text, 'Downing Street', 'organization'), spanAt(text, 'Road Safety Authority', 'organization')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['organization:Downing Street', 'organization:Road Safety Authority']);
  });

  it('adds streets headed in Italian, Catalan, Malay and the short "Av."', () => {
    const text = 'Shops on Viale Monza closed, as did cafés on Carrer Balmes, Jalan Sudirman and Av. Paulista.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [])), ['place:Viale Monza', 'place:Carrer Balmes', 'place:Jalan Sudirman', 'place:Av. Paulista']);
  });

  it('reads a head at a name’s start with its particle when it needs one', () => {
    assert.equal(isHeadedPlaceName('Calzada Independencia'), true);
    assert.equal(isHeadedPlaceName('Rue du Bac'), true);
    assert.equal(isHeadedPlaceName('Rue Alder'), false);
    assert.equal(isHeadedPlaceName('Col Hathaway'), false);
    assert.equal(isHeadedPlaceName('Avenida'), false);
    assert.equal(isHeadedPlaceName('Callejo Ruiz'), false);
  });

  it('puts in a Sinhala or Hindi street named after a person with a title and an initial', () => {
    const text = 'The union met on Sir Baron P. Jayatilaka Mawatha, then marched to Pandit Pant Marg.';
    const spans = [spanAt(text, 'Baron P. Jayatilaka Mawatha', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Sir Baron P. Jayatilaka Mawatha', 'place:Pandit Pant Marg']);
  });

  it('puts in a street named after a date, a French road with its particle, and an avenue after "the"', () => {
    const text = 'Marchers crossed Avenida 16 de Julio and the Route de Rufisque to the Avenue Blaise Diagne.';
    const spans = [spanAt(text, 'de Julio', 'person'), spanAt(text, 'Blaise Diagne', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Avenida 16 de Julio', 'place:Route de Rufisque', 'place:Avenue Blaise Diagne']);
  });

  it('makes names opened by a word for a town, a river or a neighbourhood in their language places', () => {
    const text = 'Keur Mbaye Fall, Villa Urquiza and Río Chico flooded; the Malaya Ordynka and Nizhny Novgorod were calm, as was the Petite Côte.';
    const spans = [spanAt(text, 'Keur Mbaye Fall', 'person'), spanAt(text, 'Villa Urquiza', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Keur Mbaye Fall', 'place:Villa Urquiza', 'place:Río Chico', 'place:Malaya Ordynka', 'place:Nizhny Novgorod', 'place:Petite Côte']);
  });

  it('makes a name opened by the Spanish or Portuguese word for a centre a place', () => {
    const text = 'Patients at Centro Clínico Sur waited while Centro Histórico stayed dark.';
    const spans = [spanAt(text, 'Centro Clínico Sur', 'person'), spanAt(text, 'Centro Histórico', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Centro Clínico Sur', 'place:Centro Histórico']);
  });

  it('leaves such a word inside a longer name, before an organisation\'s word, and "Route" without a particle', () => {
    const text = 'Aston Villa Park hosted Ariana Grande Tour fans; Villa Maria University and Route Nine Media met.';
    const spans = [spanAt(text, 'Aston Villa Park', 'place'), spanAt(text, 'Ariana Grande', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Aston Villa Park', 'person:Ariana Grande']);
  });

  it('keeps the number of a numbered class of road, and no number after another road', () => {
    const text = 'Trucks took National Road 5 and State Highway 14A, not Station Road 3 times a day.';
    const spans = [spanAt(text, 'National Road', 'place')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:National Road 5', 'place:State Highway 14A', 'place:Station Road']);
  });

  it('finds a street ending in "Way" and a junction ending in "Corner" after a word of a route or a spot, but not a person of that surname or another name', () => {
    const text = 'Lanes run from Quarry Way past Tumble Corner. Skater Dana Way spoke; Lyle Corner agreed. Police closed it at Fenwick Way. I gave to Harvest Way.';
    const spans = [spanAt(text, 'Dana Way', 'person'), spanAt(text, 'Lyle Corner', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Quarry Way', 'place:Tumble Corner', 'person:Dana Way', 'person:Lyle Corner', 'place:Fenwick Way']);
  });

  it('finds a highway named by its number alone, and nothing in "the highway 9 times"', () => {
    const text = 'Trucks took Highway 39 south; they used the highway 9 times.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [])), ['place:Highway 39']);
  });

  it('finds a parade and a terminal by their tail words, but not a terminal company', () => {
    const text = 'Cafes line Harbour Parade; tankers berth at the Mersa Bulk Terminal, run by the Mersa Bulk Terminal Company.';
    assert.deepEqual(showSpans(text, withStreetPlaces(text, [])), ['place:Harbour Parade', 'place:Mersa Bulk Terminal']);
  });

  it('finds an Italian street after a route word or with a particle, and an Italian district read as a person', () => {
    const text = 'Buses crawled along Via Garibaldi, Via dei Mille and past Borgo Vecchio. Via Facebook, fans wrote. Residents of Via Union met.';
    const spans = [spanAt(text, 'Garibaldi', 'person'), spanAt(text, 'Borgo Vecchio', 'person')];
    assert.deepEqual(showSpans(text, withStreetPlaces(text, spans)), ['place:Via Garibaldi', 'place:Via dei Mille', 'place:Borgo Vecchio']);
  });

  it('lends no surname from a street named after a body to the body itself', () => {
    const text = 'Cars queued along the ring road, Viale Regione Siciliana, from early morning.\n\nThe Regione Siciliana\'s transport councillor said the region would act.';
    const found = loadDefaultTagger().find(text, [{ start: 0, end: text.length }]);
    assert.deepEqual(showSpans(text, found), ['place:Viale Regione Siciliana', 'organization:Regione Siciliana']);
  });
});
