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

  it('makes an arena or a stadium named after a sponsor a place without a city, but not a body ending in another word', () => {
    const text = 'Fans at the Gamma Mobile Arena and Delta Stadium cheered; the Gamma Mobile Group paid.';
    const spans = [spanAt(text, 'Gamma Mobile Arena', 'organization'), spanAt(text, 'Delta Stadium', 'organization'), spanAt(text, 'Gamma Mobile Group', 'organization')];
    assert.deepEqual(showSpans(text, withCityVenues(text, spans, listed)), ['place:Gamma Mobile Arena', 'place:Delta Stadium', 'organization:Gamma Mobile Group']);
  });

  it('makes a Portuguese "Parque" and a ballpark named after a sponsor places, but not the sponsor alone', () => {
    const text = 'The derby at Omega Parque drew 40,000; Sigma Ballpark hosts the final; Omega paid for both.';
    const spans = [spanAt(text, 'Omega Parque', 'organization'), spanAt(text, 'Sigma Ballpark', 'organization'), spanAt(text, 'Omega', 'organization', 1)];
    assert.deepEqual(showSpans(text, withCityVenues(text, spans, listed)), ['place:Omega Parque', 'place:Sigma Ballpark', 'organization:Omega']);
  });
});
