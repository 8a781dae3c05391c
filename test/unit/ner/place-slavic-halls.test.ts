import * as assert from 'node:assert/strict';
import { withSlavicHalls } from '../../../src/core/ner/place-slavic-halls';
import { showSpans, spanAt } from '../helpers/spans';

describe('halls named in a Slavic language', () => {
  it('puts a head and its lower-case genitive in as one place, over a person the model read in the head', () => {
    const text = 'The final was played at the Dom kulture in Split, and the replay at a packed Hala sportova.';
    const spans = [spanAt(text, 'Dom', 'person'), spanAt(text, 'Split', 'place'), spanAt(text, 'Hala', 'organization')];
    assert.deepEqual(showSpans(text, withSlavicHalls(text, spans)), ['place:Dom kulture', 'place:Split', 'place:Hala sportova']);
  });

  it('leaves a man called Dom before an English verb, and a head inside a longer word', () => {
    const text = 'Dom gave a speech. Dom said nothing. Random sportova.';
    const spans = [spanAt(text, 'Dom', 'person'), spanAt(text, 'Dom', 'person', 1)];
    assert.deepEqual(showSpans(text, withSlavicHalls(text, spans)), ['person:Dom', 'person:Dom']);
  });

  it('handles empty text and a head at the end of the text', () => {
    assert.deepEqual(withSlavicHalls('', []), []);
    assert.deepEqual(withSlavicHalls('Dom ', []), []);
  });
});
