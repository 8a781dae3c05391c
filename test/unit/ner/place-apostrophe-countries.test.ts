import * as assert from 'node:assert/strict';
import { withElidedEnds } from '../../../src/core/ner/elided-ends';
import { withApostropheCountries } from '../../../src/core/ner/place-apostrophe-countries';
import { showSpans, spanAt } from '../helpers/spans';

describe('"Côte d\'Ivoire" as the country', () => {
  it('makes each mention a place, over a person read there and where nothing was found', () => {
    const text = "Cote d'Ivoire's cocoa crop fell, Côte d’Ivoire said, and exports from Côte d'Ivoire slowed.";
    const spans = [spanAt(text, 'Côte d’Ivoire', 'person')];
    assert.deepEqual(showSpans(text, withApostropheCountries(text, spans)), ["place:Cote d'Ivoire", 'place:Côte d’Ivoire', "place:Côte d'Ivoire"]);
  });

  it('leaves a longer name holding the country, and one cut at the apostrophe once made whole', () => {
    const text = "Air Côte d'Ivoire flew aid for the Red Cross of Côte d'Ivoire.";
    const spans = [spanAt(text, "Air Côte d'Ivoire", 'organization'), spanAt(text, 'Red Cross of Côte', 'organization')];
    assert.deepEqual(showSpans(text, withApostropheCountries(text, withElidedEnds(text, spans))), ["organization:Air Côte d'Ivoire", "organization:Red Cross of Côte d'Ivoire"]);
  });

  it('leaves texts without the name as they are', () => {
    const text = "Lucien d'Orval said so.";
    const spans = [spanAt(text, "Lucien d'Orval", 'person')];
    assert.equal(withApostropheCountries(text, spans), spans);
  });

  it('keeps the name where a rule before typed it as the national team', () => {
    const text = "Côte d'Ivoire's rider won; fans of Côte d'Ivoire cheered.";
    const spans = [spanAt(text, "Côte d'Ivoire", 'organization')];
    assert.deepEqual(showSpans(text, withApostropheCountries(text, spans)), ["organization:Côte d'Ivoire", "place:Côte d'Ivoire"]);
  });
});
