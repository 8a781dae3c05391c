import * as assert from 'node:assert/strict';
import { withElidedPlaceEnds } from '../../../src/core/ner/elided-ends';
import { showSpans, spanAt } from '../helpers/spans';

describe('places cut before an elided particle', () => {
  it('reaches a place over the elided "de" and the word after it, with either apostrophe', () => {
    const text = 'The race moves to Cortina d’Ampezzo, then to La Seu d\'Urgell.';
    const spans = [spanAt(text, 'Cortina', 'place'), spanAt(text, 'La Seu', 'place')];
    assert.deepEqual(showSpans(text, withElidedPlaceEnds(text, spans)), ["place:Cortina d’Ampezzo", "place:La Seu d'Urgell"]);
  });

  it('leaves people, lower-case words and the next name alone', () => {
    const text = "Lucien d'Orval met Paris d'abord; Lyon d'Artois Bank paid.";
    const spans = [spanAt(text, 'Lucien', 'person'), spanAt(text, 'Paris', 'place'), spanAt(text, 'Lyon', 'place'), spanAt(text, "d'Artois Bank", 'organization')];
    assert.deepEqual(showSpans(text, withElidedPlaceEnds(text, spans)), showSpans(text, spans));
  });
});
