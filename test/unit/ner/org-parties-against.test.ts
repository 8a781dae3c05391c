import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withPartiesAgainst } from '../../../src/core/ner/org-parties-against';

describe('political lists named "<X> Against <Y>"', () => {
  it('finds the list whole over the place the model read, without the lower-case word after it', () => {
    const text = 'Deputies of the Moldova Against Corruption coalition walked out.';
    const spans = [spanAt(text, 'Moldova', 'place')];
    assert.deepEqual(showSpans(text, withPartiesAgainst(text, spans)), ['organization:Moldova Against Corruption']);
  });

  it('leaves "against" in a sentence and a title without a word of politics alone', () => {
    const text = 'Voters Against the plan marched. The film Women Against Hate opened.';
    assert.deepEqual(withPartiesAgainst(text, []), []);
  });

  it('returns the spans as they are in an empty text', () => {
    assert.deepEqual(withPartiesAgainst('', []), []);
  });
});
