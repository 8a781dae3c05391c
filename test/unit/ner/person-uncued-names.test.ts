import * as assert from 'node:assert/strict';
import { withoutUncuedPeople } from '../../../src/core/ner/person-uncued-names';
import { showSpans, spanAt } from '../helpers/spans';

/** Words the name lists give people in these tests. */
const PERSON_WORDS = new Set(['Marta', 'Kessler', 'Brandt']);
const isPersonWord = (word: string): boolean => PERSON_WORDS.has(word);

describe('"people" with no sign of a person and a sign of another kind', () => {
  it('makes a name after a preposition of place a place in every mention', () => {
    const text = 'Wells around Ostrava Veld pumped more. Ostrava Veld was quiet. Rock under the Tesseni was hard. Tesseni gave way.';
    const spans = [spanAt(text, 'Ostrava Veld', 'person'), spanAt(text, 'Ostrava Veld', 'person', 1), spanAt(text, 'Tesseni', 'person'), spanAt(text, 'Tesseni', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['place:Ostrava Veld', 'place:Ostrava Veld', 'place:Tesseni', 'place:Tesseni']);
  });

  it('makes a single name before "in" and a listed place a place, but not a listed surname, two words, a person the article shows or a role in a play', () => {
    const text = 'The dam is second to Vardun in Lorsk. Kessler in Lorsk agreed. Ana Velde in Lorsk agreed. Tormo in Lorsk agreed, and Tormo said no. He played Harun in Harunolbhavam.';
    const places = ['Lorsk', 'Lorsk', 'Lorsk', 'Lorsk'].map((name, n) => spanAt(text, name, 'place', n));
    const spans = [spanAt(text, 'Vardun', 'person'), places[0], spanAt(text, 'Kessler', 'person'), places[1], spanAt(text, 'Ana Velde', 'person'), places[2], spanAt(text, 'Tormo', 'person'), places[3], spanAt(text, 'Tormo', 'person', 1), spanAt(text, 'Harun', 'person'), spanAt(text, 'Harunolbhavam', 'place')];
    const isListedPlace = (name: string) => name === 'Lorsk';
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord, isListedPlace)), ['place:Vardun', 'place:Lorsk', 'person:Kessler', 'place:Lorsk', 'person:Ana Velde', 'place:Lorsk', 'person:Tormo', 'place:Lorsk', 'person:Tormo', 'person:Harun', 'place:Harunolbhavam']);
  });

  it('makes a body with a business clause after it, and an item listed with a body, organisations', () => {
    const text = 'Merovan, which supplies grain, said nothing. Buses of Kordel Transit and Varko stopped.';
    const spans = [spanAt(text, 'Merovan', 'person'), spanAt(text, 'Kordel Transit', 'organization'), spanAt(text, 'Varko', 'person')];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['organization:Merovan', 'organization:Kordel Transit', 'organization:Varko']);
  });

  it('makes an item listed with a place a place, but not one after a person described by a place', () => {
    const text = 'Graduates from Redvik and Ulm Sarat camped. Ola Penn in Redvik and Tove Ansel in Lund wrote.';
    const spans = [spanAt(text, 'Redvik', 'place'), spanAt(text, 'Ulm Sarat', 'person'), spanAt(text, 'Ola Penn', 'person'), spanAt(text, 'Redvik', 'place', 1), spanAt(text, 'Tove Ansel', 'person'), spanAt(text, 'Lund', 'place')];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['place:Redvik', 'place:Ulm Sarat', 'person:Ola Penn', 'place:Redvik', 'person:Tove Ansel', 'place:Lund']);
  });

  it('reads a list whose last item opens with "the"', () => {
    const text = 'The ban runs from the coast to Ostrel and the Pemberly Marsh Reserve.';
    const spans = [spanAt(text, 'Ostrel', 'person'), spanAt(text, 'Pemberly Marsh Reserve', 'place')];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['place:Ostrel', 'place:Pemberly Marsh Reserve']);
  });

  it('keeps a name that the article shows to be a person’s at any mention', () => {
    const text = 'Crowds in Dovana cheered. Dovana said she was glad. Fans near Ilse Varga waved. Ms Ilse Varga smiled. Visitors in Orrin met. Orrin, 54, spoke.';
    const spans = [spanAt(text, 'Dovana', 'person'), spanAt(text, 'Dovana', 'person', 1), spanAt(text, 'Ilse Varga', 'person'), spanAt(text, 'Ilse Varga', 'person', 1), spanAt(text, 'Orrin', 'person'), spanAt(text, 'Orrin', 'person', 1)];
    assert.deepEqual(withoutUncuedPeople(text, spans, isPersonWord), spans);
  });

  it('keeps people after prepositions people also take, possessives, initials and given names of the lists', () => {
    const text = 'They looked at Brandt. Faith in Sorel grew. In Tamsin’s view it failed. Links to AQ Dorn and Libya. Near Marta Ovell the crowd grew.';
    const spans = [spanAt(text, 'Brandt', 'person'), spanAt(text, 'Sorel', 'person'), spanAt(text, 'Tamsin', 'person'), spanAt(text, 'AQ Dorn', 'person'), spanAt(text, 'Libya', 'place'), spanAt(text, 'Marta Ovell', 'person')];
    assert.deepEqual(withoutUncuedPeople(text, spans, isPersonWord), spans);
  });

  it('gives a one-word name the kind of a longer name it leads: a club’s or a company’s short form the body’s, a public body’s a place’s', () => {
    const text = 'Harrowmere Rowing Club led early. Harrowmere faded late. The Tavoli Chamber of Trade met as Tavoli counted visitors. Pelarix Biosystems grew and Pelarix hired.';
    const spans = [spanAt(text, 'Harrowmere Rowing Club', 'organization'), spanAt(text, 'Harrowmere', 'person', 1), spanAt(text, 'Tavoli Chamber of Trade', 'organization'), spanAt(text, 'Tavoli', 'person', 1), spanAt(text, 'Pelarix Biosystems', 'organization'), spanAt(text, 'Pelarix', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['organization:Harrowmere Rowing Club', 'organization:Harrowmere', 'organization:Tavoli Chamber of Trade', 'place:Tavoli', 'organization:Pelarix Biosystems', 'organization:Pelarix']);
  });

  it('gives a name of two words the kind of a longer name it opens, unless a word of it is a person’s', () => {
    const text = 'Orvex bought Sistemas Delta S.A. in May. Sistemas Delta will keep its plant, and Marta Kovel Trust funds Marta Kovel.';
    const spans = [spanAt(text, 'Orvex', 'organization'), spanAt(text, 'Sistemas Delta S.A.', 'organization'), spanAt(text, 'Sistemas Delta', 'person', 1), spanAt(text, 'Marta Kovel Trust', 'organization'), spanAt(text, 'Marta Kovel', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['organization:Orvex', 'organization:Sistemas Delta S.A.', 'organization:Sistemas Delta', 'organization:Marta Kovel Trust', 'person:Marta Kovel']);
  });

  it('makes a name found as a place at another mention a place, but not one found as a body', () => {
    const text = 'Crews compared it with Tarvalla in the north. Tarvalla had few gauges. Orbenko rose. Orbenko had few staff.';
    const spans = [spanAt(text, 'Tarvalla', 'place'), spanAt(text, 'Tarvalla', 'person', 1), spanAt(text, 'Orbenko', 'organization'), spanAt(text, 'Orbenko', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['place:Tarvalla', 'place:Tarvalla', 'organization:Orbenko', 'person:Orbenko']);
  });

  it('keeps a one-word person leading a longer name when the lists give the word people, or the article shows the person', () => {
    const text = 'The Brandt Foundation paid. Brandt smiled. Orlek Holdings grew. Orlek said the deal was fair.';
    const spans = [spanAt(text, 'Brandt Foundation', 'organization'), spanAt(text, 'Brandt', 'person', 1), spanAt(text, 'Orlek Holdings', 'organization'), spanAt(text, 'Orlek', 'person', 1)];
    assert.deepEqual(withoutUncuedPeople(text, spans, isPersonWord), spans);
  });

  it('keeps people listed with other people or with a body that describes the next person', () => {
    const text = 'Gods such as Zephra, Halon, Korvu, and Athessa. Critics like barrister Colm Yarrow, and Welfare Council campaigner Cait Bosk.';
    const spans = [spanAt(text, 'Zephra', 'person'), spanAt(text, 'Halon', 'person'), spanAt(text, 'Korvu', 'organization'), spanAt(text, 'Athessa', 'person'), spanAt(text, 'Colm Yarrow', 'person'), spanAt(text, 'Welfare Council', 'organization'), spanAt(text, 'Cait Bosk', 'person')];
    assert.deepEqual(withoutUncuedPeople(text, spans, isPersonWord), spans);
  });

  it('keeps a name that another mention lists with people named in full', () => {
    const text = 'He ran around Tiago Barra and scored. Lineup: Hugo Senna, Tiago Barra, Caco Lins.';
    const spans = [spanAt(text, 'Tiago Barra', 'person'), spanAt(text, 'Hugo Senna', 'person'), spanAt(text, 'Tiago Barra', 'person', 1), spanAt(text, 'Caco Lins', 'person')];
    assert.deepEqual(withoutUncuedPeople(text, spans, isPersonWord), spans);
  });

  it('reads a list gap of "or" or tabs, but not one with no space or a word too many, nor a "which" clause after no space', () => {
    const text = 'Trucks from Belmar or Quintaro left. Trucks from Sandvik,\tand\tOstrel left. Trucks from Lorvik,and Pellan left. Trucks from Rauma and so Tervin left. Halvor,which runs mills, grew.';
    const spans = [spanAt(text, 'Belmar', 'place'), spanAt(text, 'Quintaro', 'person'), spanAt(text, 'Sandvik', 'place'), spanAt(text, 'Ostrel', 'person'), spanAt(text, 'Lorvik', 'place'), spanAt(text, 'Pellan', 'person'), spanAt(text, 'Rauma', 'place'), spanAt(text, 'Tervin', 'person'), spanAt(text, 'Halvor', 'person')];
    assert.deepEqual(showSpans(text, withoutUncuedPeople(text, spans, isPersonWord)), ['place:Belmar', 'place:Quintaro', 'place:Sandvik', 'place:Ostrel', 'place:Lorvik', 'person:Pellan', 'place:Rauma', 'person:Tervin', 'person:Halvor']);
  });

  it('leaves a name whose mentions point to two kinds, and an empty list, as they are', () => {
    const text = 'Trade in Kavel rose. Kavel, which supplies oil, grew.';
    const spans = [spanAt(text, 'Kavel', 'person'), spanAt(text, 'Kavel', 'person', 1)];
    assert.deepEqual(withoutUncuedPeople(text, spans, isPersonWord), spans);
    assert.deepEqual(withoutUncuedPeople('', [], isPersonWord), []);
  });
});
