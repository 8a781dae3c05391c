import * as assert from 'node:assert/strict';
import { withoutStormNames } from '../../../src/core/ner/storm-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('names of storms', () => {
  it("drops a storm's name after a storm word, and its name alone elsewhere in the article", () => {
    const text = 'Storm Idris brought gusts of 141km/h, the worst since Storm Éowyn. Idris will move on; this is comparable to Éowyn, Ms Kelly said.';
    const spans = withoutStormNames(text, [spanAt(text, 'Storm Idris', 'person'), spanAt(text, 'Éowyn', 'person'), spanAt(text, 'Idris', 'person', 1), spanAt(text, 'Éowyn', 'person', 1), spanAt(text, 'Kelly', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Kelly']);
  });

  it('drops hurricanes, typhoons and tropical storms taken for people or places', () => {
    const text = 'Hurricane Helene followed Typhoon Haiyan and Tropical Storm Alberto.';
    const spans = withoutStormNames(text, [spanAt(text, 'Helene', 'person'), spanAt(text, 'Typhoon Haiyan', 'place'), spanAt(text, 'Tropical Storm Alberto', 'person')]);
    assert.deepEqual(showSpans(text, spans), []);
  });

  it('keeps an organisation named after storms, and a person called Storm outside weather news', () => {
    const weather = 'Forecasters at the Storm Prediction Center warned of high winds.';
    const center = [spanAt(weather, 'Storm Prediction Center', 'organization')];
    assert.deepEqual(showSpans(weather, withoutStormNames(weather, center)), ['organization:Storm Prediction Center']);
    const film = 'The film stars Storm Reid, who said she loved the script.';
    const actor = [spanAt(film, 'Storm Reid', 'person')];
    assert.deepEqual(showSpans(film, withoutStormNames(film, actor)), ['person:Storm Reid']);
  });
});

describe("a storm's name alone read as a place", () => {
  it('drops it, but keeps a place of that name after a word of place', () => {
    const text = 'Tropical Storm Brenna hit the coast. Forecasters say Brenna made landfall at dawn with strong winds. Ferries to Brenna were halted.';
    const spans = [spanAt(text, 'Brenna', 'person'), spanAt(text, 'Brenna', 'place', 1), spanAt(text, 'Brenna', 'place', 2)];
    assert.deepEqual(showSpans(text, withoutStormNames(text, spans)), ['place:Brenna']);
    assert.equal(withoutStormNames(text, spans)[0].start, text.lastIndexOf('Brenna'));
  });

  it('drops a past storm named alone before its year in an article on a storm, but keeps the people', () => {
    const text = 'Cyclone Tala hit Ovalau. "The worst was Harold in 2020," said Losa Mara. "Kelera says Pam was worse, in 2015." Mara left in 2021.';
    const spans = withoutStormNames(text, [spanAt(text, 'Tala', 'person'), spanAt(text, 'Ovalau', 'place'), spanAt(text, 'Harold', 'person'), spanAt(text, 'Losa Mara', 'person'), spanAt(text, 'Kelera', 'person'), spanAt(text, 'Pam', 'person'), spanAt(text, 'Mara', 'person', 1)]);
    assert.deepEqual(showSpans(text, spans), ['place:Ovalau', 'person:Losa Mara', 'person:Kelera', 'person:Mara']);
  });

  it('keeps a one-word name before a year outside articles on storms', () => {
    const text = 'The best was Harold in 2020, the coach said.';
    assert.deepEqual(showSpans(text, withoutStormNames(text, [spanAt(text, 'Harold', 'person')])), ['person:Harold']);
  });
});
