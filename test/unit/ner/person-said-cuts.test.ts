import * as assert from 'node:assert/strict';
import { withSaidCuts } from '../../../src/core/ner/person-said-cuts';
import { showSpans, spanAt } from '../helpers/spans';

describe('a span across a reporting verb', () => {
  it('cuts the span into the names either side of "said", "says", "told" or "added"', () => {
    const text = 'Halloran said Ministry officials would meet. Then Okafor told Reuters the rest.';
    const spans = [spanAt(text, 'Halloran said Ministry', 'organization'), spanAt(text, 'Okafor told Reuters', 'person')];
    assert.deepEqual(showSpans(text, withSaidCuts(text, spans)), ['organization:Halloran', 'organization:Ministry', 'person:Okafor', 'person:Reuters']);
  });

  it('returns the spans themselves when none holds such a verb', () => {
    const text = 'The Said Business School and Anwar Sadat said nothing.';
    const spans = [spanAt(text, 'Said Business School', 'organization'), spanAt(text, 'Anwar Sadat', 'person')];
    assert.equal(withSaidCuts(text, spans), spans);
  });

  it('cuts a span at a verb of meeting or greeting between two names', () => {
    const text = 'Crown Prince Faisal bin Omar Al Rashed met Hassan al-Qadi in Doha; Ana Ruiz thanked Li Wei.';
    const spans = [spanAt(text, 'Faisal bin Omar Al Rashed met Hassan al-Qadi', 'person'), spanAt(text, 'Ana Ruiz thanked Li Wei', 'person')];
    assert.deepEqual(showSpans(text, withSaidCuts(text, spans)), ['person:Faisal bin Omar Al Rashed', 'person:Hassan al-Qadi', 'person:Ana Ruiz', 'person:Li Wei']);
  });
});

