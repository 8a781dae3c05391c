import * as assert from 'node:assert/strict';
import { withMissedPlaces } from '../../../src/core/ner/place-missed-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('places the model found nothing in', () => {
  it('adds a name after a site and "in", or after "near"', () => {
    const text = 'It will sell its plant in Hawes and a depot near Long Preston, and shut the mill in Reading.';
    assert.deepEqual(showSpans(text, withMissedPlaces(text, [])), ['place:Hawes', 'place:Long Preston', 'place:Reading']);
  });

  it('adds the town after a person\'s age and "of", but not after a year or a name already found', () => {
    const text = 'Ana Ruiz, 47, of Tavern Hill, and Dan Oyelaran, 61, of Marlow were charged; the report, 2011, of State and Ben Lyle, 30, of Kessel Bay stood.';
    const spans = [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Dan Oyelaran', 'person'), spanAt(text, 'Ben Lyle', 'person'), spanAt(text, 'Kessel Bay', 'place')];
    assert.deepEqual(showSpans(text, withMissedPlaces(text, spans)), ['person:Ana Ruiz', 'place:Tavern Hill', 'person:Dan Oyelaran', 'place:Marlow', 'person:Ben Lyle', 'place:Kessel Bay']);
  });

  it('adds nothing after other words, nor feasts, nationalities, possessives or the start of a longer name', () => {
    const text = 'She put faith in Reading. Prices rose near Christmas and near Venezuelan ports. A shop near Smith’s farm, a school in Santa of the Hills, an office in Parliament.';
    assert.deepEqual(showSpans(text, withMissedPlaces(text, [])), []);
  });

  it('reads "near" only as a whole word, at the text\'s start too', () => {
    const text = 'near Dunmore the road ends; a linear Tasko, a 4near Orla and a Bónear Pelo ran (near Kells).';
    assert.deepEqual(showSpans(text, withMissedPlaces(text, [])), ['place:Dunmore', 'place:Kells']);
  });

  it('adds the first item of a list led by a word of place when the next item is a place', () => {
    const text = 'Trucks waited near Spin Boldak and Jalalabad, and between Wagah and Lahore.';
    const spans = [spanAt(text, 'Jalalabad', 'place'), spanAt(text, 'Lahore', 'place')];
    assert.deepEqual(showSpans(text, withMissedPlaces(text, spans)), ['place:Spin Boldak', 'place:Jalalabad', 'place:Wagah', 'place:Lahore']);
  });

  it('adds the first item of a list after a way of travel and "to", but not after "to" alone', () => {
    const text = 'Only the ferry route to Tarsay and Eday ran. The prize went to Morag and Eday.';
    const spans = [spanAt(text, 'Eday', 'place'), spanAt(text, 'Eday', 'place', 1)];
    assert.deepEqual(showSpans(text, withMissedPlaces(text, spans)), ['place:Tarsay', 'place:Eday', 'place:Eday']);
  });

  it('adds no first item when the list is not led by a word of place, the next item is no place, or the item is a compass word', () => {
    const text = 'Mentions of Chaman and Quetta. Talks near Quetta and Mr Khan. Flaws common to Endeavour and Quetta, trips to North and South Island.';
    const spans = [spanAt(text, 'Quetta', 'place'), spanAt(text, 'Quetta', 'place', 1), spanAt(text, 'Khan', 'person'), spanAt(text, 'Quetta', 'place', 2), spanAt(text, 'South Island', 'place')];
    assert.deepEqual(showSpans(text, withMissedPlaces(text, spans)), ['place:Quetta', 'place:Quetta', 'person:Khan', 'place:Quetta', 'place:South Island']);
  });

  it('adds one word after "near the" that closes the phrase, but not a word before a noun', () => {
    const text = 'He farms near the Akagera. Crowds gathered near the Parliament building.';
    assert.deepEqual(showSpans(text, withMissedPlaces(text, [])), ['place:Akagera']);
  });
});
