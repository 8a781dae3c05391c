import * as assert from 'node:assert/strict';
import { withCutNames } from '../../../src/core/ner/person-cut-names';
import { showSpans, spanAt } from '../helpers/spans';

describe("a full name the model cut to its last word", () => {
  it('widens the span to the full name found elsewhere, as a person', () => {
    const text = 'José de la Vega leads. _María José de la Vega with her medal._ María José de la Vega won.';
    const spans = [spanAt(text, 'José de la Vega', 'person'), spanAt(text, 'Vega', 'organization', 1), spanAt(text, 'María José de la Vega', 'person', 1)];
    assert.deepEqual(showSpans(text, withCutNames(text, spans)), ['person:José de la Vega', 'person:María José de la Vega', 'person:María José de la Vega']);
  });

  it('leaves a surname alone and names of two words', () => {
    const text = 'Ana Lucía Serra won. Serra said so. Tom Hill met Hill.';
    const spans = [spanAt(text, 'Ana Lucía Serra', 'person'), spanAt(text, 'Serra', 'person', 1), spanAt(text, 'Tom Hill', 'person'), spanAt(text, 'Hill', 'person', 1)];
    assert.deepEqual(showSpans(text, withCutNames(text, spans)), showSpans(text, spans));
  });
});
