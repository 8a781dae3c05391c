import * as assert from 'node:assert/strict';
import { withRulerTitles } from '../../../src/core/ner/place-ruler-titles';
import { withFeatureEndings } from '../../../src/core/ner/place-feature-endings';
import { showSpans, spanAt } from '../helpers/spans';

describe('places and bodies named after a ruler', () => {
  it('puts the title into an airport, a university and an authority named after a ruler', () => {
    const text = 'Flights land at King Dinuzulu International Airport, near Sultan Haziq University, and the Queen Amara Bridge Authority pays.';
    const spans = [spanAt(text, 'Dinuzulu International Airport', 'place'), spanAt(text, 'Haziq University', 'organization'), spanAt(text, 'Amara Bridge Authority', 'organization')];
    assert.deepEqual(showSpans(text, withRulerTitles(text, spans)), ['place:King Dinuzulu International Airport', 'organization:Sultan Haziq University', 'organization:Queen Amara Bridge Authority']);
  });

  it('leaves a person, a name of one word and a name after another word as they are', () => {
    const text = 'King Tomas Relling spoke; Prince Orvald met Emir Kessa Trading staff and the Kingdom Harbour Board.';
    const spans = [spanAt(text, 'Tomas Relling', 'person'), spanAt(text, 'Orvald', 'place'), spanAt(text, 'Emir', 'person'), spanAt(text, 'Kessa Trading', 'organization'), spanAt(text, 'Harbour Board', 'organization')];
    assert.deepEqual(showSpans(text, withRulerTitles(text, spans)), showSpans(text, spans));
  });

  it('makes a "person" after a ruler\'s title and before "Causeway" the causeway, title and all', () => {
    const text = 'Queues grew on the King Harun Causeway at dawn.';
    const spans = [spanAt(text, 'Harun Causeway', 'person')];
    assert.deepEqual(showSpans(text, withFeatureEndings(text, spans)), ['place:King Harun Causeway']);
  });
});
