import * as assert from 'node:assert/strict';
import { withoutPlaceModifiers } from '../../../src/core/ner/place-modifiers';
import { showSpans, spanAt } from '../helpers/spans';

describe('places inside compound adjectives', () => {
  it('drops the first word of a place hyphened to a modifier', () => {
    const text = 'A San Diego-based lab and a Hong Kong-born banker met in San Diego.';
    const spans = [spanAt(text, 'San', 'place'), spanAt(text, 'Hong', 'place'), spanAt(text, 'San Diego', 'place', 1)];
    assert.deepEqual(showSpans(text, withoutPlaceModifiers(text, spans)), ['place:San Diego']);
  });

  it('keeps a place before another name with a hyphen that is no modifier', () => {
    const text = 'Flights from Lagos Murtala-Muhammed resumed; in Paris Saint-Germain fans sang.';
    const spans = [spanAt(text, 'Lagos', 'place'), spanAt(text, 'Paris', 'place')];
    assert.deepEqual(showSpans(text, withoutPlaceModifiers(text, spans)), ['place:Lagos', 'place:Paris']);
  });
});
