import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withUniversityHeads } from '../../../src/core/ner/org-university-heads';

describe('universities named in their own language', () => {
  it('makes the head and the names after it one organisation, over the person or place found in it', () => {
    const text = 'A geologist at Université Cheikh Anta Diop, Dakar, and a chemist at the Universidad de Buenos Aires said.';
    const spans = withUniversityHeads(text, [spanAt(text, 'Université Cheikh Anta Diop', 'place'), spanAt(text, 'Dakar', 'place'), spanAt(text, 'Buenos Aires', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Université Cheikh Anta Diop', 'place:Dakar', 'organization:Universidad de Buenos Aires']);
  });

  it('leaves the head alone, a longer word, and a span reaching out of the name', () => {
    const text = 'The Universität said no. Universitätsklinikum Bonn grew. The Universiteit van Amsterdam Press spoke.';
    const spans = withUniversityHeads(text, [spanAt(text, 'Universiteit van Amsterdam Press', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Universiteit van Amsterdam Press']);
    assert.deepEqual(withUniversityHeads('', []), []);
  });
});
