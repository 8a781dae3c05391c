import * as assert from 'node:assert/strict';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { withPartyTags } from '../../../src/core/ner/party-tags';
import { showSpans, spanAt } from '../helpers/spans';

const tagger = loadDefaultTagger();
const tagged = (text: string) => showSpans(text, tagger.find(text, [{ start: 0, end: text.length }]));

describe('US party tags after a lawmaker', () => {
  it('makes the town after the party letter a place, after a comma or in brackets', () => {
    const text = 'The measure was written by Rep. Maria Okafor, D-Yuma, and Sen. Tom Ridley (R-Lake Havasu City).';
    const spans = withPartyTags(text, [spanAt(text, 'Maria Okafor', 'person'), spanAt(text, 'Tom Ridley', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Maria Okafor', 'place:Yuma', 'person:Tom Ridley', 'place:Lake Havasu City']);
  });

  it("ends the place before a sentence's full stop, and leaves a member of Congress's state as it was", () => {
    const text = 'The bill was backed by Sen. Ann Lowe, I-Vt., and Rep. Carl Beebe (R-New York). Both spoke for Rep. Dee Vance, D-Kingman.';
    const spans = [spanAt(text, 'Vt.', 'place')];
    assert.deepEqual(showSpans(text, withPartyTags(text, spans)), ['place:Vt.', 'place:Kingman']);
  });

  it('replaces what the model made of the tag: the letter is no name, a person ends before the comma', () => {
    const text = 'Sen. Dale Mertz, R-Prescott, voted no.';
    const spans = withPartyTags(text, [{ type: 'person', start: text.indexOf('Dale'), end: text.indexOf('R-') + 1 }, spanAt(text, 'Prescott', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Dale Mertz', 'place:Prescott']);
  });

  it('leaves compounds and letters after a lower-case word alone', () => {
    for (const text of ['Veterans of Normandy, D-Day, marched.', 'The film is rated (R-Rated) in cinemas.', 'Its ranking, D-Grade, fell.', 'Reporters of the News 4 (I-Team) asked.']) {
      assert.deepEqual(withPartyTags(text, []), [], text);
    }
  });

  it('finds the places through the whole tagger', () => {
    const text = 'The bill, sponsored by Sen. Dana Whitlock, R-Snowflake, passed. Sen. Luis Arvizu, D-Nogales, voted against it.';
    const spans = tagged(text);
    assert.ok(spans.includes('place:Snowflake') && spans.includes('place:Nogales'), JSON.stringify(spans));
    assert.ok(!spans.some((s) => /:(?:R|D)$|R-|D-/u.test(s)), JSON.stringify(spans));
  });

  it('returns the spans as they are when the text has no party letter', () => {
    const text = 'Sen. Dale Mertz voted no.';
    const spans = [spanAt(text, 'Dale Mertz', 'person')];
    assert.equal(withPartyTags(text, spans), spans);
  });
});
