import * as assert from 'node:assert/strict';
import { withoutSpeechVerbs } from '../../../src/core/ner/org-speech-verb-cuts';
import { showSpans, spanAt } from '../helpers/spans';

describe('a span run over a speech verb', () => {
  it('cuts the span into the speaker before the verb and the name after it', () => {
    const text = 'Okonkwo said Commission officials would meet, and Ruiz told Parliament so.';
    const spans = [spanAt(text, 'Okonkwo said Commission', 'organization'), spanAt(text, 'Ruiz told Parliament', 'person')];
    assert.deepEqual(showSpans(text, withoutSpeechVerbs(text, spans)), ['organization:Okonkwo', 'organization:Commission', 'person:Ruiz', 'person:Parliament']);
  });

  it('leaves names with lower-case words that are no speech verbs, and a verb with no name after it', () => {
    const text = 'The Bank of England said so. Sadiq said nothing.';
    const spans = [spanAt(text, 'Bank of England', 'organization'), spanAt(text, 'Sadiq said', 'person')];
    const out = withoutSpeechVerbs(text, spans);
    assert.equal(out, spans);
  });
});
