import * as assert from 'node:assert/strict';
import { withCuedPeople } from '../../../src/core/ner/given-names';
import { showSpans, spanAt } from '../helpers/spans';

const unlisted = (): boolean => false;

describe('given names that are also places or words', () => {
  it('takes a name after a job and a comma for a person, in place of the place or organisation inside it', () => {
    const text = "Its chief executive, Jordan Whitby-Chester, told analysts. Sale's director of rugby, Piers Whitlow, agreed. Their captain, Siosaia Fifita-Latu, stays.";
    const spans = withCuedPeople(text, [spanAt(text, 'Jordan', 'place'), spanAt(text, 'Siosaia Fifita-Latu', 'organization')], unlisted);
    assert.deepEqual(showSpans(text, spans), ['person:Jordan Whitby-Chester', 'person:Piers Whitlow', 'person:Siosaia Fifita-Latu']);
  });

  it('takes a name after a director general or a secretary general and a comma for a person', () => {
    const text = 'The union agreed, said its deputy director general, Marisol Feld-Ankara. Its secretary-general, Piers Whitlow, did not.';
    const spans = withCuedPeople(text, [spanAt(text, 'Ankara', 'place')], unlisted);
    assert.deepEqual(showSpans(text, spans), ['person:Marisol Feld-Ankara', 'person:Piers Whitlow']);
  });

  it('takes a name after a job written as a title with its field, and a comma, for a person, not after the title alone', () => {
    const text = 'The line was opened by the Governor of Manica, Tomé Vilanculos-Sitoe. The Bank, Ruth Amissah-Quaye said, was late.';
    const spans = withCuedPeople(text, [spanAt(text, 'Manica', 'place')], unlisted);
    assert.deepEqual(showSpans(text, spans), ['place:Manica', 'person:Tomé Vilanculos-Sitoe']);
  });

  it("takes a name before a person's description or age for a person", () => {
    const text = '"It is full," said Chelsea Morland, an analyst at Jefferies. Florence Adjei-Mensah, 52, agreed.';
    const spans = withCuedPeople(text, [spanAt(text, 'Chelsea Morland', 'place'), spanAt(text, 'Jefferies', 'organization')], unlisted);
    assert.deepEqual(showSpans(text, spans), ['person:Chelsea Morland', 'organization:Jefferies', 'person:Florence Adjei-Mensah']);
  });

  it('leaves firms after jobs firms also hold, listed names, names in longer spans and single words', () => {
    const text = 'The fund manager, Baillie Gifford, agreed. Its chief executive, New York, no. The chair, Mr Smith, and its founder, Anna, left. Her lawyer, Sinn Féin Party, said so. Goldman Sachs, a bank, sold.';
    const spans = [spanAt(text, 'Baillie Gifford', 'organization'), spanAt(text, 'Sinn Féin Party', 'organization'), spanAt(text, 'Goldman Sachs', 'organization')];
    const listed = (name: string): boolean => name === 'New York';
    assert.deepEqual(showSpans(text, withCuedPeople(text, spans, listed)), showSpans(text, spans));
  });

  it('asks the name lists on every reading of the same text, though the names found at its commas are read once', () => {
    const text = 'Its chief executive, Harlow Brenning, left. The firm’s head of research, Okonjo, said so.';
    const found = showSpans(text, withCuedPeople(text, [], unlisted));
    assert.deepEqual(found, ['person:Harlow Brenning', 'person:Okonjo']);
    const listed = (name: string): boolean => name === 'Harlow Brenning';
    assert.deepEqual(showSpans(text, withCuedPeople(text, [], listed)), ['person:Okonjo']);
    assert.deepEqual(showSpans(text, withCuedPeople(text, [], unlisted)), found);
  });

  it('takes one name between commas after a job for a person when a speaker’s verb follows, and not otherwise', () => {
    const text = "The bank's head of research, Kurniawan, said the data was real. Its chief economist, Jakarta, is the city. Its founder, Bali, left.";
    const spans = withCuedPeople(text, [spanAt(text, 'Kurniawan', 'organization'), spanAt(text, 'Jakarta', 'place')], unlisted);
    assert.deepEqual(showSpans(text, spans), ['person:Kurniawan', 'place:Jakarta']);
  });
});

describe('given names after a style', () => {
  it('leaves a style out of the name it finds', () => {
    const text = 'The shadow housing secretary, Sir Alistair Penhaligon, said so.';
    const spans = withCuedPeople(text, [spanAt(text, 'Alistair Penhaligon', 'person')], unlisted);
    assert.deepEqual(showSpans(text, spans), ['person:Alistair Penhaligon']);
  });
});

describe('given names alone after kin', () => {
  it('adds given names alone after kin and an owner’s pronoun, one or two joined by "and", but not listed places', () => {
    const text = 'She is survived by their children, Oisín and Gráinne, and her brother, Tadhg. He leaves his son, Paris. The brother, Liam, spoke.';
    const names = withCuedPeople(text, [], (name) => name === 'Paris');
    assert.deepEqual(showSpans(text, names), ['person:Oisín', 'person:Gráinne', 'person:Tadhg']);
  });
});


describe('one name opening a sentence before a person’s description', () => {
  it('takes the name for a person before "a"/"an" and a job, an age, or "the" and a job that ends the description', () => {
    const text = 'Vardanek, the region’s farm minister, said no. Oskarine, a former police officer, wrote. Telmarow, 52, left. Quillby, the leader after two rounds, fell.';
    assert.deepEqual(showSpans(text, withCuedPeople(text, [], unlisted)), ['person:Vardanek', 'person:Oskarine', 'person:Telmarow', 'person:Quillby']);
  });

  it('leaves a name inside a sentence, a firm before "the leader in", a description with no job, and a listed name', () => {
    const text = 'They met Vardanek, a former minister. Zentrix, the leader in chips, grew. Kordova, the capital, was hit. Brenholt, the city’s mayor, spoke.';
    assert.deepEqual(showSpans(text, withCuedPeople(text, [], (name) => name === 'Brenholt')), []);
  });
});
