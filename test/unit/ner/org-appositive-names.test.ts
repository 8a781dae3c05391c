import * as assert from 'node:assert/strict';
import { appositiveNameEnd, withAppositiveNames } from '../../../src/core/ner/org-appositive-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('a body named with a title-case description after a comma', () => {
  it('makes the short name and the description one organisation, and the short name alone the organisation later', () => {
    const text = 'Money came from Wello, the Clean Water Alliance, and from donors. Wello said more would follow.';
    const spans = [spanAt(text, 'Wello', 'person'), spanAt(text, 'Clean Water Alliance', 'organization'), spanAt(text, 'Wello', 'person', 1)];
    assert.deepEqual(showSpans(text, withAppositiveNames(text, spans)), ['organization:Wello, the Clean Water Alliance', 'organization:Wello']);
  });

  it('leaves a description not ending in an organisation word, and a name of two words', () => {
    const text = 'He met Lisbon, the Portuguese Capital, and Ana Lima, the Labour Party. Ana Lima left.';
    const spans = [spanAt(text, 'Lisbon', 'place'), spanAt(text, 'Ana Lima', 'person'), spanAt(text, 'Labour Party', 'organization'), spanAt(text, 'Ana Lima', 'person', 1)];
    assert.deepEqual(showSpans(text, withAppositiveNames(text, spans)), ['place:Lisbon', 'person:Ana Lima', 'organization:Labour Party', 'person:Ana Lima']);
  });

  it('reads a description of four words, one with an apostrophe, as part of the name', () => {
    const text = 'Aid came from Sava, the Farmers’ Clean Water Alliance; Sava said so.';
    const spans = [spanAt(text, 'Sava', 'place'), spanAt(text, 'Sava', 'person', 1)];
    assert.deepEqual(showSpans(text, withAppositiveNames(text, spans)), ['organization:Sava, the Farmers’ Clean Water Alliance', 'organization:Sava']);
  });

  it('reads no name where the description runs on into a sentence: a person at the body', () => {
    const text = 'Okoro, the Gates Foundation director, and Lind, the Gates Foundation’s envoy, spoke.';
    assert.equal(appositiveNameEnd(text, 0, 'Okoro'.length), -1);
    const lind = text.indexOf('Lind');
    assert.equal(appositiveNameEnd(text, lind, lind + 4), -1);
  });
});
