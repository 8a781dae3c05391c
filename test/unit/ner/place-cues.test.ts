import * as assert from 'node:assert/strict';
import { withPlaceCues } from '../../../src/core/ner/place-cues';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string): boolean => ['Limerick', 'Cork', 'London'].includes(name);

describe('places the model took for people', () => {
  it('makes a name headed by a Malay word for river, hill or island a place', () => {
    const text = 'A wall along the Sungai Simpang Kiri near Bukit Mertajam.';
    const spans = withPlaceCues(text, [spanAt(text, 'Sungai Simpang Kiri', 'person'), spanAt(text, 'Bukit Mertajam', 'person')], listed);
    assert.deepEqual(showSpans(text, spans), ['place:Sungai Simpang Kiri', 'place:Bukit Mertajam']);
  });

  it('makes a single name after a word of place, or in a list with a listed place, a place', () => {
    const text = 'Flights from Shannon stopped at Shannon Airport; a warning for Kerry, Limerick and Cork from 4pm.';
    const spans = [spanAt(text, 'Shannon', 'person'), spanAt(text, 'Shannon Airport', 'place'), spanAt(text, 'Kerry', 'person'), spanAt(text, 'Limerick', 'place'), spanAt(text, 'Cork', 'place')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Shannon', 'place:Shannon Airport', 'place:Kerry', 'place:Limerick', 'place:Cork']);
  });

  it('keeps a person after a word both take, and in a list with places the lists do not know', () => {
    const text = 'I took a tip from Carri. Her faith in Smith. Rumsfeld, Wolfowitz and Feith spoke; Eoin and Sorcha came.';
    const spans = [spanAt(text, 'Carri', 'person'), spanAt(text, 'Smith', 'person'), spanAt(text, 'Rumsfeld', 'person'), spanAt(text, 'Wolfowitz', 'place'), spanAt(text, 'Feith', 'person'), spanAt(text, 'Eoin', 'person'), spanAt(text, 'Sorcha', 'place')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), showSpans(text, spans));
  });

  it("keeps a person whose full name is in the article, and a name beside a place's possessive", () => {
    const text = "John Kerry spoke. A jab at Kerry, then Smith, London's mayor, and Ben Nevis left.";
    const spans = [spanAt(text, 'John Kerry', 'person'), spanAt(text, 'Kerry', 'person', 1), spanAt(text, 'Smith', 'person'), spanAt(text, 'London', 'place'), spanAt(text, 'Ben Nevis', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), showSpans(text, spans));
  });
  it('makes a single name after "the town of" or "by telephone from" a place', () => {
    const text = 'Troops left the small town of Kombolcha. Abebe spoke by telephone from Bati. A letter from Bati Hirpa came.';
    const spans = [spanAt(text, 'Kombolcha', 'person'), spanAt(text, 'Abebe', 'person'), spanAt(text, 'Bati', 'person'), spanAt(text, 'Bati Hirpa', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Kombolcha', 'person:Abebe', 'person:Bati', 'person:Bati Hirpa']);
  });

  it('reads "the town of" and "reporting from" over a tab or two spaces, and not "of" or "from" after other words', () => {
    const text = 'We reached the port of\tMersa. She was reporting from  Dessie. A friend of Tekle and a call from Alemu came.';
    const spans = [spanAt(text, 'Mersa', 'person'), spanAt(text, 'Dessie', 'person'), spanAt(text, 'Tekle', 'person'), spanAt(text, 'Alemu', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Mersa', 'place:Dessie', 'person:Tekle', 'person:Alemu']);
  });

  it('makes a name headed by a Thai or Arabic word for cape, hill or valley a place, also one read as a body', () => {
    const text = 'Ships left Laem Sing for Koh Chang; hikers crossed Wadi Rum to reach the Jebel Musa Authority.';
    const spans = [spanAt(text, 'Laem Sing', 'organization'), spanAt(text, 'Koh Chang', 'person'), spanAt(text, 'Wadi Rum', 'person'), spanAt(text, 'Jebel Musa Authority', 'organization')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Laem Sing', 'place:Koh Chang', 'place:Wadi Rum', 'organization:Jebel Musa Authority']);
  });

  it('reads a list led by "through" with a listed place as a list of places', () => {
    const text = 'The road runs through Cork and Mallow.';
    const spans = [spanAt(text, 'Cork', 'place'), spanAt(text, 'Mallow', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Cork', 'place:Mallow']);
  });

  it('makes a name after "residents of" or "the outskirts of" a place', () => {
    const text = 'Residents of Kouté were moved to the outskirts of Dabou, said Koffi.';
    const spans = [spanAt(text, 'Kouté', 'person'), spanAt(text, 'Dabou', 'person'), spanAt(text, 'Koffi', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Kouté', 'place:Dabou', 'person:Koffi']);
  });

  it('makes every item of a list after "residents in" or "villagers of" a place, and keeps the people after it', () => {
    const text = 'Villagers of Kanyemba, Dande Valley and Chitsungo sued; residents in Makoni Heights and Tafara met Tendai Moyo and Rudo.';
    const spans = ['Kanyemba', 'Dande Valley', 'Chitsungo', 'Makoni Heights', 'Tafara', 'Tendai Moyo', 'Rudo'].map((n) => spanAt(text, n, 'person'));
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), [
      'place:Kanyemba', 'place:Dande Valley', 'place:Chitsungo', 'place:Makoni Heights', 'place:Tafara', 'person:Tendai Moyo', 'person:Rudo',
    ]);
  });

  it('makes the islands after "islanders on" or "residents on" places, but not a person met by islanders', () => {
    const text = 'Islanders on Tarsay, Fara Holm and Eday waited; residents on Fallow Isle were told. Islanders met Morag Tulloch on Monday.';
    const spans = ['Tarsay', 'Fara Holm', 'Eday', 'Fallow Isle', 'Morag Tulloch'].map((n) => spanAt(text, n, 'person'));
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Tarsay', 'place:Fara Holm', 'place:Eday', 'place:Fallow Isle', 'person:Morag Tulloch']);
  });

  it('keeps people in a list that no dwellers\' word leads, and a person after a place the cue leads', () => {
    const text = 'The residents heard Farai Dube, Chipo and Tinashe Ncube in Mutoko. Residents of Epworth, Tendai Gumbo said, were angry.';
    const spans = [spanAt(text, 'Farai Dube', 'person'), spanAt(text, 'Chipo', 'person'), spanAt(text, 'Tinashe Ncube', 'person'), spanAt(text, 'Mutoko', 'place'), spanAt(text, 'Epworth', 'place'), spanAt(text, 'Tendai Gumbo', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), showSpans(text, spans));
  });

  it('makes a name after "a return to" a place', () => {
    const text = 'Crowds and a return to Castlerock for Keane.';
    const spans = [spanAt(text, 'Castlerock', 'person'), spanAt(text, 'Keane', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Castlerock', 'person:Keane']);
  });
  it('makes a single name after "the" that ends its phrase, or after a person and "from", a place', () => {
    const text = 'The dam blocks two of its tributaries, the Osumi and the Lengarica. Volunteer Ana Berisha from Kelcyra said so.';
    const spans = [spanAt(text, 'Osumi', 'person'), spanAt(text, 'Lengarica', 'person'), spanAt(text, 'Ana Berisha', 'person'), spanAt(text, 'Kelcyra', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Osumi', 'place:Lengarica', 'person:Ana Berisha', 'place:Kelcyra']);
  });

  it('keeps a name after "the" that leads a noun, initials after "the", and a person after a place and "from"', () => {
    const text = 'Under the Obama administration the ANC, the bank and a call from Lisbon from Ana came.';
    const spans = [spanAt(text, 'Obama', 'person'), spanAt(text, 'ANC', 'person'), spanAt(text, 'Lisbon', 'place'), spanAt(text, 'Ana', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), showSpans(text, spans));
  });
  it('makes a name of two words before a kind of place in lower case a place, not a name before a noun', () => {
    const text = 'Fishermen on Pirsaat Adasi island said so. Ana Lima villagers, and Ana Lima townhouses.';
    const spans = [spanAt(text, 'Pirsaat Adasi', 'person'), spanAt(text, 'Ana Lima', 'person'), spanAt(text, 'Ana Lima', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Pirsaat Adasi', 'person:Ana Lima', 'person:Ana Lima']);
  });
  it('makes a name headed by "Mount", "Lake", "Lago" or "Ynys" a place, not a person whose surname is such a word', () => {
    const text = 'Roads to Mount Kerenga and Lago Verde shut; on Ynys Enlli too. Ricki Lake spoke.';
    const spans = [spanAt(text, 'Mount Kerenga', 'person'), spanAt(text, 'Lago Verde', 'person'), spanAt(text, 'Ynys Enlli', 'person'), spanAt(text, 'Ricki Lake', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Mount Kerenga', 'place:Lago Verde', 'place:Ynys Enlli', 'person:Ricki Lake']);
  });

  it('makes a single name after "towards", "via" or "above" a place, and each name of a list so led', () => {
    const text = 'Lorries headed towards Varnok and Teldri before dawn. Rocks fell above Ostrava Nova and Selim; mail goes via Pernik.';
    const spans = [spanAt(text, 'Varnok', 'person'), spanAt(text, 'Teldri', 'person'), spanAt(text, 'Ostrava Nova', 'place'), spanAt(text, 'Selim', 'person'), spanAt(text, 'Pernik', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Varnok', 'place:Teldri', 'place:Ostrava Nova', 'place:Selim', 'place:Pernik']);
  });

  it('keeps a person after "through" when the article names the person in full', () => {
    const text = 'Anna Berg spoke. The deal came through Berg and her team.';
    const spans = [spanAt(text, 'Anna Berg', 'person'), spanAt(text, 'Berg', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['person:Anna Berg', 'person:Berg']);
  });

  it('makes a single name after a verb of going and "to" or "for" a place, not after "to" alone', () => {
    const text = 'The tour moves to Oberhof next week; the barge was bound for Tulcea. The prize went to Haller.';
    const spans = [spanAt(text, 'Oberhof', 'person'), spanAt(text, 'Tulcea', 'person'), spanAt(text, 'Haller', 'person')];
    assert.deepEqual(showSpans(text, withPlaceCues(text, spans, listed)), ['place:Oberhof', 'place:Tulcea', 'person:Haller']);
  });
});
