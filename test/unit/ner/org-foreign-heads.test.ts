import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withForeignBodies } from '../../../src/core/ner/org-foreign-heads';

describe('bodies named in their own language with the body\'s word last', () => {
  it("finds a Kazakh city's administration and council whole over the place the model read", () => {
    const text = 'The Shymkent City Akimat appealed, and the Shymkent City Maslikhat met on Monday.';
    const spans = [spanAt(text, 'Shymkent City Akimat', 'place'), spanAt(text, 'Shymkent', 'place', 1)];
    assert.deepEqual(showSpans(text, withForeignBodies(text, spans)), ['organization:Shymkent City Akimat', 'organization:Shymkent City Maslikhat']);
  });

  it('finds a Basque union and a French transport authority read as people', () => {
    const text = 'Gasteizko Etxebizitza Sindikatua called a strike. Lyon Mobilités, the network authority, agreed.';
    const spans = [spanAt(text, 'Gasteizko Etxebizitza Sindikatua', 'person'), spanAt(text, 'Lyon', 'place'), spanAt(text, 'Mobilités', 'person')];
    assert.deepEqual(showSpans(text, withForeignBodies(text, spans)), ['organization:Gasteizko Etxebizitza Sindikatua', 'organization:Lyon Mobilités']);
  });

  it('finds a Dutch federation written as one word, not a word merely ending like one', () => {
    const text = "She trains with the Wielrenunie's squad; the Vagabond and the Eurobond market did not.";
    assert.deepEqual(showSpans(text, withForeignBodies(text, [])), ['organization:Wielrenunie']);
  });

  it('finds Nordic, German and Dutch bodies written as one compound word over a person the model read', () => {
    const text = 'Inspectors from Sjöfartsverket and Arbeidstilsynet came; the Landesgesundheitsamt, the Bundesministerium and the Douanedienst were told, and Udenrigsministeriet replied.';
    const spans = [spanAt(text, 'Sjöfartsverket', 'person')];
    assert.deepEqual(showSpans(text, withForeignBodies(text, spans)), [
      'organization:Sjöfartsverket', 'organization:Arbeidstilsynet', 'organization:Landesgesundheitsamt', 'organization:Bundesministerium', 'organization:Douanedienst', 'organization:Udenrigsministeriet',
    ]);
  });

  it('leaves English words and capitalised names that merely end like a compound body', () => {
    const text = 'The Ministerium, the VERKET team and a Comet samt club; Dreamt and Dienstag sold well.';
    assert.deepEqual(showSpans(text, withForeignBodies(text, [])), []);
  });

  it('finds a Turkish shipbuilder named with its industry word', () => {
    const text = 'The ferries are built by Deniz Marin Endüstri in Yalova.';
    assert.deepEqual(showSpans(text, withForeignBodies(text, [spanAt(text, 'Deniz Marin', 'person')])), ['organization:Deniz Marin Endüstri']);
  });

  it("leaves a body's word alone and a heading's word out of the name", () => {
    const text = 'The Akimat said no.\nAbout Nantes Mobilité\n';
    assert.deepEqual(showSpans(text, withForeignBodies(text, [])), ['organization:Nantes Mobilité']);
  });

  it('returns the spans as they are in a text without such words, also empty or with CRLF', () => {
    for (const text of ['', 'Plain news.\r\nMore news.']) assert.deepEqual(withForeignBodies(text, []), []);
  });

  it('finds an Indian academy and council, and a German academy, whole over a place read in them', () => {
    const text = 'The Odisha Lalit Kala Akademi honoured her; the Zila Parishad agreed; the Sächsische Akademie wrote. An akademi alone is none.';
    const spans = [spanAt(text, 'Odisha', 'place')];
    assert.deepEqual(showSpans(text, withForeignBodies(text, spans)), ['organization:Odisha Lalit Kala Akademi', 'organization:Zila Parishad', 'organization:Sächsische Akademie']);
  });

  it('finds Icelandic and Faroese institutes, councils and centres written as one word, with a country\'s genitive after', () => {
    const text = 'Data came from Umhverfisstofnun and Vísindaráðið; Náttúrugripasetur Íslands hosted it. The Closet Return was not one.';
    const spans = [spanAt(text, 'Umhverfisstofnun', 'place'), spanAt(text, 'Náttúrugripasetur', 'person')];
    assert.deepEqual(showSpans(text, withForeignBodies(text, spans)), ['organization:Umhverfisstofnun', 'organization:Vísindaráðið', 'organization:Náttúrugripasetur Íslands']);
  });
});
