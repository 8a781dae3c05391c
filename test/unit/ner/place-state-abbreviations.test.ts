import * as assert from 'node:assert/strict';
import { withStateAbbreviations } from '../../../src/core/ner/place-state-abbreviations';
import { showSpans, spanAt } from '../helpers/spans';

describe('US states shortened after a town', () => {
  it('puts in the state with its full stop and the town before it, over a person read inside them', () => {
    const text = 'Floods hit Opal Springs, Ala., and Dunmore, N.Y. Crews left Lake Ward, Minn. on Monday.';
    const spans = withStateAbbreviations(text, [spanAt(text, 'Ala', 'person'), spanAt(text, 'Dunmore', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Opal Springs', 'place:Ala.', 'place:Dunmore', 'place:N.Y.', 'place:Lake Ward', 'place:Minn.']);
  });

  it('leaves an abbreviation with no town and a comma before it, or inside a longer word', () => {
    const text = 'He said, Ala. was hot; the Calif. team won; Bristol, Calif.ornia; Mass. protests.';
    assert.deepEqual(showSpans(text, withStateAbbreviations(text, [])), []);
  });

  it('keeps a longer name that reaches over the town', () => {
    const text = 'The Bank of Opal Springs, Ala., closed.';
    const spans = [spanAt(text, 'Bank of Opal Springs', 'organization')];
    assert.deepEqual(showSpans(text, withStateAbbreviations(text, spans)), ['organization:Bank of Opal Springs', 'place:Ala.']);
  });
});
