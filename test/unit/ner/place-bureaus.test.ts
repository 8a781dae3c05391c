import * as assert from 'node:assert/strict';
import { withBureauCities } from '../../../src/core/ner/place-bureaus';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string): boolean => name === 'Nairobi';

describe("a news agency's bureau named after its city", () => {
  it('cuts "<city> Bureau" to the city, a place', () => {
    const text = 'By Amina Odhiambo\nNairobi Bureau\nRains hit Kisumu. Kisumu Bureau staff helped.';
    const spans = [spanAt(text, 'Amina Odhiambo', 'person'), spanAt(text, 'Nairobi Bureau', 'organization'), spanAt(text, 'Kisumu', 'place'), spanAt(text, 'Kisumu Bureau', 'organization')];
    assert.deepEqual(showSpans(text, withBureauCities(text, spans, listed)), ['person:Amina Odhiambo', 'place:Nairobi', 'place:Kisumu', 'place:Kisumu']);
  });

  it('leaves bureaus not named after a place', () => {
    const text = 'The Census Bureau and the Federal Bureau of Investigation agreed.';
    const spans = [spanAt(text, 'Census Bureau', 'organization'), spanAt(text, 'Federal Bureau of Investigation', 'organization')];
    assert.deepEqual(showSpans(text, withBureauCities(text, spans, listed)), showSpans(text, spans));
  });
});
