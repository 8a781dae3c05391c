import * as assert from 'node:assert/strict';
import { withClubPrefixes } from '../../../src/core/ner/sports-club-prefixes';
import { showSpans, spanAt } from '../helpers/spans';

describe('clubs written with the letters of their kind ("RK Zagreb", "NK Osijek")', () => {
  it('takes the prefix into the club\'s name and makes it an organisation', () => {
    const text = 'NK Varteks beat FK Sloboda 2-1 in Varaždin.';
    const spans = [spanAt(text, 'Varteks', 'place'), spanAt(text, 'Sloboda', 'organization'), spanAt(text, 'Varaždin', 'place')];
    assert.deepEqual(showSpans(text, withClubPrefixes(text, spans)), ['organization:NK Varteks', 'organization:FK Sloboda', 'place:Varaždin']);
  });

  it('adds a prefixed club in capitals the model missed once one club is read, and widens the town found alone', () => {
    const text = 'HK Dukla won again.\n\n**HK DUKLA 4** – **HK ORAVA 2**';
    const spans = [spanAt(text, 'Dukla', 'place'), spanAt(text, 'DUKLA', 'place')];
    assert.deepEqual(showSpans(text, withClubPrefixes(text, spans)), ['organization:HK Dukla', 'organization:HK DUKLA', 'organization:HK ORAVA']);
  });

  it('leaves text with no prefixed club alone, and words that only look like one', () => {
    const text = 'The UK Treasury and the SK Telecom unit met in Seoul. OK Computer sold well.';
    const spans = [spanAt(text, 'UK Treasury', 'organization'), spanAt(text, 'Seoul', 'place')];
    assert.deepEqual(showSpans(text, withClubPrefixes(text, spans)), ['organization:UK Treasury', 'place:Seoul']);
    assert.deepEqual(withClubPrefixes('', []), []);
  });
});
