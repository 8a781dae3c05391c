import * as assert from 'node:assert/strict';
import { withVerbCuts } from '../../../src/core/ner/verb-cuts';
import { showSpans, spanAt } from '../helpers/spans';

describe('a span run over a verb', () => {
  it('cuts the span into the names either side of "said", "says", "told" or "added"', () => {
    const text = 'Halloran said Ministry officials would meet. Then Okafor told Reuters the rest.';
    const spans = [spanAt(text, 'Halloran said Ministry', 'organization'), spanAt(text, 'Okafor told Reuters', 'person')];
    assert.deepEqual(showSpans(text, withVerbCuts(text, spans)), ['organization:Halloran', 'organization:Ministry', 'person:Okafor', 'person:Reuters']);
  });

  it('cuts the span into the speaker before the verb and the name after it', () => {
    const text = 'Okonkwo said Commission officials would meet, and Ruiz told Parliament so.';
    const spans = [spanAt(text, 'Okonkwo said Commission', 'organization'), spanAt(text, 'Ruiz told Parliament', 'person')];
    assert.deepEqual(showSpans(text, withVerbCuts(text, spans)), ['organization:Okonkwo', 'organization:Commission', 'person:Ruiz', 'person:Parliament']);
  });

  it('returns the spans themselves when none holds such a verb', () => {
    const text = 'The Said Business School and Anwar Sadat said nothing.';
    const spans = [spanAt(text, 'Said Business School', 'organization'), spanAt(text, 'Anwar Sadat', 'person')];
    assert.equal(withVerbCuts(text, spans), spans);
  });

  it('leaves names with lower-case words that are no such verbs, and a verb with no name after it', () => {
    const text = 'The Bank of England said so. Sadiq said nothing.';
    const spans = [spanAt(text, 'Bank of England', 'organization'), spanAt(text, 'Sadiq said', 'person')];
    assert.equal(withVerbCuts(text, spans), spans);
  });

  it('cuts a span at a verb of meeting or greeting between two names', () => {
    const text = 'Crown Prince Faisal bin Omar Al Rashed met Hassan al-Qadi in Doha; Ana Ruiz thanked Li Wei.';
    const spans = [spanAt(text, 'Faisal bin Omar Al Rashed met Hassan al-Qadi', 'person'), spanAt(text, 'Ana Ruiz thanked Li Wei', 'person')];
    assert.deepEqual(showSpans(text, withVerbCuts(text, spans)), ['person:Faisal bin Omar Al Rashed', 'person:Hassan al-Qadi', 'person:Ana Ruiz', 'person:Li Wei']);
  });
});
