import * as assert from 'node:assert/strict';
import { withHeadWordTails } from '../../../src/core/ner/head-word-tails';
import { showSpans, spanAt } from '../helpers/spans';

describe("a venue's or an institution's head word after a name", () => {
  it('takes in the capitalised words up to the head word, typed by the head word', () => {
    const text = 'Crowds filled the Brenner Sports Complex, then Dorval Contemporary Art Museum, then the Halden General Hospital.';
    const spans = [spanAt(text, 'Brenner', 'place'), spanAt(text, 'Dorval', 'person'), spanAt(text, 'Halden', 'place')];
    assert.deepEqual(showSpans(text, withHeadWordTails(text, spans)), ['place:Brenner Sports Complex', 'place:Dorval Contemporary Art Museum', 'organization:Halden General Hospital']);
  });

  it("takes a society's head word after the name the model found", () => {
    const text = 'The Norland Red Cross Society sent water.';
    const spans = [spanAt(text, 'Norland Red Cross', 'organization')];
    assert.deepEqual(showSpans(text, withHeadWordTails(text, spans)), ['organization:Norland Red Cross Society']);
  });

  it('joins a name the model found among the words', () => {
    const text = 'It went to the Osric Planetarium in Vell.';
    const spans = [spanAt(text, 'Osric', 'person'), spanAt(text, 'Vell', 'place')];
    assert.deepEqual(showSpans(text, withHeadWordTails(text, spans)), ['place:Osric Planetarium', 'place:Vell']);
  });

  it('leaves a surname-like head after a person, other words, "of" names and function words alone', () => {
    const text = 'Lena Hall met Tom Ruiz Hall. Vell Museum of Art. Vell Town Council met. In Vell The Museum opened.';
    const spans = [spanAt(text, 'Lena Hall', 'person'), spanAt(text, 'Tom Ruiz', 'person'), spanAt(text, 'Vell', 'place'), spanAt(text, 'Vell', 'place', 1), spanAt(text, 'Vell', 'place', 2)];
    assert.deepEqual(showSpans(text, withHeadWordTails(text, spans)), showSpans(text, spans));
  });

  it('takes a business improvement district or zone after a place as the body that runs it, not a zone of other words', () => {
    const text = 'The Keld Harbour Business Improvement Zone wrote, as did Norland Business Improvement District; the Keld Enterprise Zone grew.';
    const spans = [spanAt(text, 'Keld Harbour', 'place'), spanAt(text, 'Norland', 'place'), spanAt(text, 'Keld', 'place', 1)];
    assert.deepEqual(showSpans(text, withHeadWordTails(text, spans)), ['organization:Keld Harbour Business Improvement Zone', 'organization:Norland Business Improvement District', 'place:Keld']);
  });

  it('takes an opera, a ballet or an orchestra named after a town as the company, but not an opera house', () => {
    const text = 'The Keld State Opera staged it, the Norland Symphony Orchestra played, and crowds filled the Keld Opera House.';
    const spans = [spanAt(text, 'Keld', 'place'), spanAt(text, 'Norland', 'place'), spanAt(text, 'Keld', 'place', 1)];
    assert.deepEqual(showSpans(text, withHeadWordTails(text, spans)), ['organization:Keld State Opera', 'organization:Norland Symphony Orchestra', 'place:Keld']);
  });

  it("takes in an estate's words after a name, but not after a person's (what the person left)", () => {
    const text = 'Fire hit a unit on Penrose Works Industrial Estate; the Arlo Vance Estate sued.';
    const spans = [spanAt(text, 'Penrose Works', 'organization'), spanAt(text, 'Arlo Vance', 'person')];
    assert.deepEqual(showSpans(text, withHeadWordTails(text, spans)), ['place:Penrose Works Industrial Estate', 'person:Arlo Vance']);
  });
});
