import * as assert from 'node:assert/strict';
import { withoutPluralNouns } from '../../../src/core/ner/person-plural-nouns';
import { showSpans, spanAt } from '../helpers/spans';

describe('a plural noun opening a sentence', () => {
  it('names no one before "have", "are" or "were"', () => {
    const text = 'Rates rose. Banks have been cautious.\nBrooks were dry all summer.';
    const spans = [spanAt(text, 'Banks', 'person'), spanAt(text, 'Brooks', 'person')];
    assert.deepEqual(showSpans(text, withoutPluralNouns(text, spans)), []);
  });

  it('keeps a person before "has", a full name, a name inside a sentence and a team', () => {
    const text = 'Banks has left. Tony Banks were there? He and Banks have met. Arsenal were beaten.';
    const spans = [spanAt(text, 'Banks', 'person'), spanAt(text, 'Tony Banks', 'person'), spanAt(text, 'Banks', 'person', 2), spanAt(text, 'Arsenal', 'organization')];
    assert.deepEqual(showSpans(text, withoutPluralNouns(text, spans)), showSpans(text, spans));
  });
});
