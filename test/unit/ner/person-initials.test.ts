import * as assert from 'node:assert/strict';
import { withInitialNames } from '../../../src/core/ner/person-initials';
import { showSpans, spanAt } from '../helpers/spans';

describe('an initial and a surname in a results list', () => {
  it('puts in each name of a line holding two or more, over a surname the model cut out', () => {
    const text = 'Doubles final: K. Vandermeer-Oost / P. Lindqvist bt M. Okonkwo / S. Ferreira da Silva 6-3 6-4\n';
    const spans = [spanAt(text, 'Vandermeer-Oost', 'person')];
    assert.deepEqual(showSpans(text, withInitialNames(text, spans)), ['person:K. Vandermeer-Oost', 'person:P. Lindqvist', 'person:M. Okonkwo', 'person:S. Ferreira da Silva']);
  });

  it('splits one person the model read over two names and the word between', () => {
    const text = 'Final: D. Moreau bt E. Lindgren-Holm 6-2 6-4';
    const spans = [spanAt(text, 'D. Moreau bt E. Lindgren-Holm', 'person')];
    assert.deepEqual(showSpans(text, withInitialNames(text, spans)), ['person:D. Moreau', 'person:E. Lindgren-Holm']);
  });

  it('leaves a single initial on its line, and initials after another initial or a letter', () => {
    const text = 'They chose Plan B. Then it rained.\nJ. P. Morgan and U.S. Steel met.\n';
    assert.deepEqual(showSpans(text, withInitialNames(text, [])), []);
  });

  it('keeps a longer name that holds the initial', () => {
    const text = 'Winners: A. Rossi, B. Conti and the Tom A. Hardy Trust.';
    const spans = [spanAt(text, 'Tom A. Hardy Trust', 'organization')];
    assert.deepEqual(showSpans(text, withInitialNames(text, spans)), ['person:A. Rossi', 'person:B. Conti', 'organization:Tom A. Hardy Trust']);
  });
});
