import * as assert from 'node:assert/strict';
import { withTheCrown } from '../../../src/core/ner/the-crown';
import { showSpans, spanAt } from '../helpers/spans';

describe('"the Crown" as the prosecutor', () => {
  it('adds "the Crown" and a sentence-opening "The Crown" as an organisation', () => {
    const text = 'The Crown prosecutor, Ada Vance, said so. It was argued by the Crown that she knew. "The Crown alleges fraud," the judge said.';
    const spans = [spanAt(text, 'Ada Vance', 'person')];
    assert.deepEqual(showSpans(text, withTheCrown(text, spans)), ['organization:Crown', 'person:Ada Vance', 'organization:Crown', 'organization:Crown']);
  });

  it('leaves a longer name, the jewels and lands, a title inside a sentence, and other words alone', () => {
    const text = 'He told the Crown Court that the Crown jewels and the Crown lands were safe. We watched The Crown, then Crowne Plaza and the Crowns.';
    const spans = [spanAt(text, 'Crown Court', 'organization')];
    assert.equal(withTheCrown(text, spans), spans);
  });

  it('returns the spans it was given for text without the word', () => {
    const spans = [spanAt('Ada Vance spoke.', 'Ada Vance', 'person')];
    assert.equal(withTheCrown('Ada Vance spoke.', spans), spans);
  });
});
