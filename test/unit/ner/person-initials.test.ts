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

  it('widens a person back over a run of dotted initials and given names before it', () => {
    const text = 'Police spokesman SSP K.M.P. Chandana Herath said roads were closed.';
    const spans = [spanAt(text, 'Herath', 'person')];
    assert.deepEqual(showSpans(text, withInitialNames(text, spans)), ['person:K.M.P. Chandana Herath']);
  });

  it('leaves a country\'s initials and a title before a name alone', () => {
    const text = 'U.S. President Ann Lee spoke, and later the U.K. Ben Ross said no.';
    const spans = [spanAt(text, 'Ann Lee', 'person'), spanAt(text, 'Ben Ross', 'person')];
    assert.deepEqual(showSpans(text, withInitialNames(text, spans)), ['person:Ann Lee', 'person:Ben Ross']);
  });

  it('takes in surname particles and a second surname, but not an organisation word after the name', () => {
    const text = 'Women\'s 800m | A. van der Berg (NED) 2:01.3 | L. Gómez Ruiz (ESP) 2:01.9 | M. Hardy Foundation 2:02.4 |\n';
    assert.deepEqual(showSpans(text, withInitialNames(text, [spanAt(text, 'Gómez Ruiz', 'person')])), ['person:A. van der Berg', 'person:L. Gómez Ruiz', 'person:M. Hardy']);
  });

  it('leaves the style "H.E." out of a name, as no run of initials', () => {
    const text = 'The minister, H.E. Sun Chanthol, and the mayor met.';
    assert.deepEqual(showSpans(text, withInitialNames(text, [spanAt(text, 'Sun Chanthol', 'person')])), ['person:Sun Chanthol']);
  });

  it('reads surnames opening with "Mc" or "O\'" after an initial', () => {
    const text = 'Scorers: T. McAllister-Greene (K. O\'Rourke, J. MacLeod)\n';
    assert.deepEqual(showSpans(text, withInitialNames(text, [])), ['person:T. McAllister-Greene', 'person:K. O\'Rourke', 'person:J. MacLeod']);
  });

  it('puts in the one name of a table row right after rows holding two, but not a lone name elsewhere', () => {
    const text = '| A. Horvat | 5 | B. Kos | 4 |\n| C. Novak | 2 | | |\n\nPlan B. Then we left.\n| D. Babić | 1 |\n';
    assert.deepEqual(showSpans(text, withInitialNames(text, [])), ['person:A. Horvat', 'person:B. Kos', 'person:C. Novak']);
  });
});
