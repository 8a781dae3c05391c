import * as assert from 'node:assert/strict';
import { withPlaceEvidence } from '../../../src/core/ner/place-evidence';
import { showSpans, spanAt } from '../helpers/spans';

describe('single names of places the model took for people', () => {
  it('makes the names of a list ending in a kind of place places, and their other mentions too', () => {
    const text = 'Growers from Pardi, Wadgaon and Borkhedi villages in Kamptee tehsil protested. Pardi has no road.';
    const spans = [spanAt(text, 'Pardi', 'person'), spanAt(text, 'Wadgaon', 'person'), spanAt(text, 'Borkhedi', 'place'), spanAt(text, 'Kamptee', 'person'), spanAt(text, 'Pardi', 'organization', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Pardi', 'place:Wadgaon', 'place:Borkhedi', 'place:Kamptee', 'place:Pardi']);
  });

  it('reads a list led by a word of place with a place among its items, and a list named after it', () => {
    const text = 'The line will run to Saoner, Kalmeshwar and Katol. Troops went to Sardinata, Convención and Ábrego, three towns in the north.';
    const spans = [spanAt(text, 'Saoner', 'person'), spanAt(text, 'Kalmeshwar', 'person'), spanAt(text, 'Katol', 'place'), spanAt(text, 'Sardinata', 'place'), spanAt(text, 'Convención', 'place'), spanAt(text, 'Ábrego', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Saoner', 'place:Kalmeshwar', 'place:Katol', 'place:Sardinata', 'place:Convención', 'place:Ábrego']);
  });

  it("reads a long list once for all its items, and a possessive after a name with a space before it or not", () => {
    const items = ['Ardmoy', 'Belcarra', 'Corrib', 'Dunmara', 'Eskerlea', 'Fahanlough', 'Glenvar'];
    const text = `Crews drove to ${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}, in Hollin 's view, near Kesh's mill.`;
    const spans = [...items.map((w, i) => spanAt(text, w, i === 2 ? 'place' : 'person')), spanAt(text, 'Hollin', 'person'), spanAt(text, 'Kesh', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), [...items.map((w) => `place:${w}`), 'person:Hollin', 'person:Kesh']);
  });

  it('reads "near", "in the" and a US state after the name', () => {
    const text = 'A crash near Denman. Farmers in the Riverina are angry. He lives in Bismarck, N.D., now.';
    const spans = [spanAt(text, 'Denman', 'person'), spanAt(text, 'Riverina', 'person'), spanAt(text, 'Bismarck', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Denman', 'place:Riverina', 'place:Bismarck']);
  });

  it('keeps a person the article shows as one: a full name, a courtesy title, "said" after', () => {
    const text = 'Ann Denman spoke. A crash near Denman. Mr Calder met us; a house near Calder. A visit near Whitlow, Whitlow said, was short. Her faith in Okafor grew.';
    const spans = [spanAt(text, 'Ann Denman', 'person'), spanAt(text, 'Denman', 'person', 1), spanAt(text, 'Calder', 'person'), spanAt(text, 'Calder', 'person', 1), spanAt(text, 'Whitlow', 'person'), spanAt(text, 'Whitlow', 'person', 1), spanAt(text, 'Okafor', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), showSpans(text, spans));
  });

  it('keeps people listed together and people named after a word that leads a list', () => {
    const text = 'It is too late for Maddy and Liam. A call to Okoro, Bello and Adeyemi went unanswered.';
    const spans = [spanAt(text, 'Maddy', 'person'), spanAt(text, 'Liam', 'person'), spanAt(text, 'Okoro', 'person'), spanAt(text, 'Bello', 'person'), spanAt(text, 'Adeyemi', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), showSpans(text, spans));
  });

  it('adds a single word the model missed between two places of a list, but no function word', () => {
    const text = 'Counties such as Polk, Story and Linn acted; in Ames, Today and Boone, too.';
    const spans = [spanAt(text, 'Polk', 'place'), spanAt(text, 'Linn', 'place'), spanAt(text, 'Ames', 'place'), spanAt(text, 'Boone', 'place')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Polk', 'place:Story', 'place:Linn', 'place:Ames', 'place:Boone']);
  });

  it('reads a place\'s position after the name, a kind named with it elsewhere, an exclave, and a place at sea', () => {
    const text = 'Pilgrims died at Arafat, near Mecca. Officers of Brockton County met; Brockton is quiet. The Sokh exclave is tense. Crews rescued sailors off Bohol.';
    const spans = [spanAt(text, 'Arafat', 'person'), spanAt(text, 'Mecca', 'place'), spanAt(text, 'Brockton County', 'place'), spanAt(text, 'Brockton', 'person', 1), spanAt(text, 'Sokh', 'person'), spanAt(text, 'Bohol', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Arafat', 'place:Mecca', 'place:Brockton County', 'place:Brockton', 'place:Sokh', 'place:Bohol']);
  });

  it('keeps a person after "off" without a word of the sea, and a person named like a county who speaks', () => {
    const text = 'Norris held off Leclerc to win. Harris County voted; Harris said she would run. Smith, near tears, left.';
    const spans = [spanAt(text, 'Norris', 'person'), spanAt(text, 'Leclerc', 'person'), spanAt(text, 'Harris County', 'place'), spanAt(text, 'Harris', 'person', 1), spanAt(text, 'Smith', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), showSpans(text, spans));
  });

  it('adds the word ending a list of places after "and the", but not an organisation\'s word, the head of a longer name or an adjective', () => {
    const text = 'Lines across Ohio, Indiana and the Carolinas. Votes in Ohio, Utah and the Senate. Farms in Lempira, Intibucá and Gracias a Dios. Aid to Peru, Chile and the Andean republics.';
    const spans = [spanAt(text, 'Ohio', 'place'), spanAt(text, 'Indiana', 'place'), spanAt(text, 'Ohio', 'place', 1), spanAt(text, 'Utah', 'place'), spanAt(text, 'Lempira', 'place'), spanAt(text, 'Intibucá', 'place'), spanAt(text, 'Peru', 'place'), spanAt(text, 'Chile', 'place')];
    const places = ['place:Ohio', 'place:Indiana', 'place:Carolinas', 'place:Ohio', 'place:Utah', 'place:Lempira', 'place:Intibucá', 'place:Peru', 'place:Chile'];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), places);
  });

  it('reads a kind of settlement or a compass point and "of" before the name, in every mention', () => {
    const text = 'Crews reached the outback Victorian town of Bealiba. The road north of Bealiba flooded. Bealiba voted.';
    const spans = [spanAt(text, 'Bealiba', 'person'), spanAt(text, 'Bealiba', 'person', 1), spanAt(text, 'Bealiba', 'person', 2)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Bealiba', 'place:Bealiba', 'place:Bealiba']);
  });

  it('reads a coast, a province or an island and "of" before the name, in every mention', () => {
    const text = 'Storms hit the east coast of Kelantara on Monday. Kelantara races to restore power, and Kelantara\'s roads are shut.';
    const spans = [spanAt(text, 'Kelantara', 'person'), spanAt(text, 'Kelantara', 'person', 1), spanAt(text, 'Kelantara', 'person', 2)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Kelantara', 'place:Kelantara', 'place:Kelantara']);
  });

  it('finds a single name a kind of place is set beside, and its other mentions', () => {
    const text = 'Storm hits Vebbø\nVebbø, the island south of Fyn, was cut off. Ferries to Vebbø stopped. Olsen, the town council leader, and Kaas, the city\'s mayor, spoke.';
    const spans = [spanAt(text, 'Fyn', 'place'), spanAt(text, 'Vebbø', 'person', 2), spanAt(text, 'Olsen', 'person'), spanAt(text, 'Kaas', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Vebbø', 'place:Fyn', 'place:Vebbø', 'person:Olsen', 'person:Kaas']);
  });

  it('keeps a person after "of" with no kind of settlement before it', () => {
    const text = 'The wife of Bealiba spoke. Bealiba said she was well.';
    const spans = [spanAt(text, 'Bealiba', 'person'), spanAt(text, 'Bealiba', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['person:Bealiba', 'person:Bealiba']);
  });

  it('reads "said" after a name led by a word of place as said by someone else', () => {
    const text = 'Growers around Bealiba said the crop was lost. Rain fell near Bealiba.';
    const spans = [spanAt(text, 'Bealiba', 'person'), spanAt(text, 'Bealiba', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Bealiba', 'place:Bealiba']);
  });

  it('adds the word ending a list of two places led by a word of place, but not a name the article gives someone', () => {
    const text = 'Flats are scarce in Salthill and Oranmore. Trains run to Athlone and Moate: slowly. She met Kerrigan in Sligo and Kerrigan.';
    const spans = [spanAt(text, 'Salthill', 'place'), spanAt(text, 'Athlone', 'place'), spanAt(text, 'Kerrigan', 'person'), spanAt(text, 'Sligo', 'place')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Salthill', 'place:Oranmore', 'place:Athlone', 'place:Moate', 'person:Kerrigan', 'place:Sligo']);
  });

  it('reads a list led by "on" or by a verb of reaching', () => {
    const text = 'Schools on Mors and Fur are shut. The cold will reach Tosontsengel and Uliastai.';
    const spans = [spanAt(text, 'Mors', 'place'), spanAt(text, 'Tosontsengel', 'person'), spanAt(text, 'Uliastai', 'place')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Mors', 'place:Fur', 'place:Tosontsengel', 'place:Uliastai']);
  });

  it('keeps people listed after "on" or a verb of reaching with no place among them', () => {
    const text = 'A verdict on Okoro and Bello came. Calls did not reach Maddy and Liam.';
    const spans = [spanAt(text, 'Okoro', 'person'), spanAt(text, 'Bello', 'person'), spanAt(text, 'Maddy', 'person'), spanAt(text, 'Liam', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), showSpans(text, spans));
  });

  it('leaves a word after a single place with no word of place before it', () => {
    const text = 'Dublin and Brennan.';
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, [spanAt(text, 'Dublin', 'place')])), ['place:Dublin']);
  });

  it('takes a mention the model made a place after "in" as the cue for the mentions it took for a person', () => {
    const text = 'Gdańsk wins the order. Jobs will follow in Gdańsk. "Gdańsk is our home," he said. ZTM Gdańsk said so.';
    const spans = [spanAt(text, 'Gdańsk', 'person'), spanAt(text, 'Gdańsk', 'place', 1), spanAt(text, 'Gdańsk', 'person', 2), spanAt(text, 'ZTM Gdańsk', 'organization')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Gdańsk', 'place:Gdańsk', 'place:Gdańsk', 'organization:ZTM Gdańsk']);
  });

  it('keeps a person whose name the model once made a place when the article shows the person', () => {
    const text = 'Lennox said the talks failed. Crowds gathered in Lennox.';
    const spans = [spanAt(text, 'Lennox', 'person'), spanAt(text, 'Lennox', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['person:Lennox', 'place:Lennox']);
  });

  it('reads a list of three names or more, all places but one, as places', () => {
    const text = 'Slides cut the road at three spots: Kharelthok, Malekhu, Galchhi. Kharelthok is worst.';
    const spans = [spanAt(text, 'Kharelthok', 'person'), spanAt(text, 'Malekhu', 'place'), spanAt(text, 'Galchhi', 'place'), spanAt(text, 'Kharelthok', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Kharelthok', 'place:Malekhu', 'place:Galchhi', 'place:Kharelthok']);
  });

  it('keeps a list of three with two people in it', () => {
    const text = 'The panel heard Okafor, Ibadan, Mensah on Monday.';
    const spans = [spanAt(text, 'Okafor', 'person'), spanAt(text, 'Ibadan', 'place'), spanAt(text, 'Mensah', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), showSpans(text, spans));
  });

  it('reads a list of places after "in the", and "said" after its last item as said by someone else', () => {
    const text = 'Growers in Nyanza and Ruhango said crops were lost. No licences were granted in the Amara and Loiola after May.';
    const spans = [spanAt(text, 'Nyanza', 'place'), spanAt(text, 'Ruhango', 'person'), spanAt(text, 'Amara', 'place'), spanAt(text, 'Loiola', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Nyanza', 'place:Ruhango', 'place:Amara', 'place:Loiola']);
  });

  it('makes a name before "neighbourhood" a place', () => {
    const text = 'Rents rose in the Amara neighbourhood, where Amara residents protested.';
    const spans = [spanAt(text, 'Amara', 'person'), spanAt(text, 'Amara', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Amara', 'place:Amara']);
  });

  it('keeps a cued place a place when a name with the word as its last word comes only after the cue', () => {
    const text = 'Frost hit orchards in Dobrinje. Dobrinje sets the price. The cooler Hladna Voda Dobrinje said it would close.';
    const spans = [spanAt(text, 'Dobrinje', 'person'), spanAt(text, 'Dobrinje', 'person', 1), spanAt(text, 'Hladna Voda Dobrinje', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Dobrinje', 'place:Dobrinje', 'person:Hladna Voda Dobrinje']);
  });

  it('still reads the word as a person’s when the full name comes before the cued mention', () => {
    const text = 'Marta Dobrinje opened the fair. Rain fell in Dobrinje all day.';
    const spans = [spanAt(text, 'Marta Dobrinje', 'person'), spanAt(text, 'Dobrinje', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['person:Marta Dobrinje', 'person:Dobrinje']);
  });

  it('reads ", where" and ", in the north" after a name as a place\'s', () => {
    const text = 'Aid was flown to Mbewa, where 4,000 people wait. The line will reach Tirlești, in the north-east, by 2030. Mbewa is cut off.';
    const spans = [spanAt(text, 'Mbewa', 'person'), spanAt(text, 'Tirlești', 'person'), spanAt(text, 'Mbewa', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Mbewa', 'place:Tirlești', 'place:Mbewa']);
  });

  it('reads the other end of a trip from or to a place as a place, but not a person a place sends to', () => {
    const text = 'Boats carried rice to Kasenga from Lusaka. Boats ran from Lusaka to Chirundu. A letter went to Phiri in Lusaka.';
    const spans = [spanAt(text, 'Kasenga', 'person'), spanAt(text, 'Lusaka', 'place'), spanAt(text, 'Lusaka', 'place', 1), spanAt(text, 'Chirundu', 'organization'), spanAt(text, 'Phiri', 'person'), spanAt(text, 'Lusaka', 'place', 2)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Kasenga', 'place:Lusaka', 'place:Lusaka', 'place:Chirundu', 'person:Phiri', 'place:Lusaka']);
  });

  it('reads a name the article also writes with a lake or a second part as that place, unless a person bears it', () => {
    const text = 'The Marrow fire grew near Marrow Lake. Many left for Baia and came back to Baia-Sprie. Ann Kell spoke at Kell Creek. Kell said so.';
    const spans = [spanAt(text, 'Marrow', 'organization'), spanAt(text, 'Marrow Lake', 'place'), spanAt(text, 'Baia', 'person'), spanAt(text, 'Baia-Sprie', 'place'), spanAt(text, 'Ann Kell', 'person'), spanAt(text, 'Kell Creek', 'place'), spanAt(text, 'Kell', 'person', 2)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Marrow', 'place:Marrow Lake', 'place:Baia', 'place:Baia-Sprie', 'person:Ann Kell', 'place:Kell Creek', 'person:Kell']);
  });

  it('reads the names before "lakes", "rivers" or "conservancies" as places, organisations\' too', () => {
    const text = 'Sensors watch the Dorji and Lhamo lakes. Lions roam the Omatjete and Ugab conservancies.';
    const spans = [spanAt(text, 'Dorji', 'organization'), spanAt(text, 'Lhamo', 'place'), spanAt(text, 'Omatjete', 'person'), spanAt(text, 'Ugab', 'place')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Dorji', 'place:Lhamo', 'place:Omatjete', 'place:Ugab']);
  });

  it('keeps an organisation after "at" or "in" and one with ", where" after it', () => {
    const text = 'She worked at Vandra, where pay is low. Shares in Koltex rose.';
    const spans = [spanAt(text, 'Vandra', 'organization'), spanAt(text, 'Koltex', 'organization')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), showSpans(text, spans));
  });

  it('adds a word the model missed in a list of places ending in a single word it took for a person, and makes that word a place', () => {
    const text = 'The law covers the towns of Orune, Dorgali, Osidda and Bòrore, and no more. Dr Okafor, Lagos, Accra and Mensah met.';
    const spans = [spanAt(text, 'Orune', 'place'), spanAt(text, 'Dorgali', 'place'), spanAt(text, 'Bòrore', 'person'), spanAt(text, 'Okafor', 'person'), spanAt(text, 'Lagos', 'place'), spanAt(text, 'Mensah', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Orune', 'place:Dorgali', 'place:Osidda', 'place:Bòrore', 'person:Okafor', 'place:Lagos', 'person:Mensah']);
  });

  it('reads "downtown" as leading a list of places, and a list whose last item after "and" the model missed', () => {
    const text = 'Her district takes in downtown Utica and Rome, she said. Centres opened across Navua, Tailevu and Namosi.';
    const spans = [spanAt(text, 'Utica', 'place'), spanAt(text, 'Rome', 'person'), spanAt(text, 'Navua', 'place'), spanAt(text, 'Tailevu', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Utica', 'place:Rome', 'place:Navua', 'place:Tailevu']);
  });

  it('keeps two people after a word of place when no "and" ends their list', () => {
    const text = 'A call from Lagos, Okafor said, went to Mensah, Bello and the board.';
    const spans = [spanAt(text, 'Lagos', 'place'), spanAt(text, 'Okafor', 'person'), spanAt(text, 'Mensah', 'person'), spanAt(text, 'Bello', 'person')];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), showSpans(text, spans));
  });

  it('adds the missed last place of a list after a comma or a tab before "and", not after other marks', () => {
    const text = 'Buses run to Tarlow, Drenna, and Morcombe. Trains run to Ketley\tand Pellow. Flights go to Arvain-and Bessel.';
    const spans = ['Tarlow', 'Drenna', 'Ketley', 'Arvain'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['place:Tarlow', 'place:Drenna', 'place:Morcombe', 'place:Ketley', 'place:Pellow', 'place:Arvain']);
  });
  it('reads single names only: a name of two words after "near" keeps its type, one word right after it is made a place', () => {
    const text = 'The clinic near Orla Brennan opened. A road near Tullagh closed, and Tullagh was cut off.';
    const spans = [spanAt(text, 'Orla Brennan', 'person'), spanAt(text, 'Tullagh', 'person'), spanAt(text, 'Tullagh', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlaceEvidence(text, spans)), ['person:Orla Brennan', 'place:Tullagh', 'place:Tullagh']);
  });
});
