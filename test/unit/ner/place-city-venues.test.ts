import * as assert from 'node:assert/strict';
import { withCityVenues } from '../../../src/core/ner/place-city-venues';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string): boolean => ['Vienna', 'Boston', 'Berlin'].includes(name);

describe('sponsored arenas named with their city', () => {
  it('makes an arena named after a sponsor with its city after the venue\'s word a place', () => {
    const text = 'The final is at the Alpha Telecom Arena Vienna on Sunday.';
    const spans = [spanAt(text, 'Alpha Telecom Arena Vienna', 'organization')];
    assert.deepEqual(showSpans(text, withCityVenues(text, spans, listed)), ['place:Alpha Telecom Arena Vienna']);
  });

  it('leaves a centre of care or research, an unknown last word and a short name', () => {
    const text = 'Doctors at Harbor Cancer Center Boston, the Beta Arena Group and Arena Berlin spoke.';
    const spans = [spanAt(text, 'Harbor Cancer Center Boston', 'organization'), spanAt(text, 'Beta Arena Group', 'organization'), spanAt(text, 'Arena Berlin', 'organization')];
    assert.deepEqual(showSpans(text, withCityVenues(text, spans, listed)), showSpans(text, spans));
  });
});
