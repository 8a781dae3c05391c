import * as assert from 'node:assert/strict';
import { withBankSides } from '../../../src/core/ner/place-bank-sides';
import { showSpans, spanAt } from '../helpers/spans';

describe('sides of rivers named with a compass word and "Bank"', () => {
  it('makes a place\'s side of a river a place, not the lender the model read', () => {
    const text = 'The turbines at Kafue South Bank and the office of First National Bank.';
    const spans = [spanAt(text, 'Kafue South Bank', 'organization'), spanAt(text, 'First National Bank', 'organization')];
    assert.deepEqual(showSpans(text, withBankSides(text, spans)), ['place:Kafue South Bank', 'organization:First National Bank']);
  });

  it('leaves a compass word and "Bank" alone to the lists', () => {
    const text = 'North Bank said so.';
    const spans = [spanAt(text, 'North Bank', 'organization')];
    assert.deepEqual(showSpans(text, withBankSides(text, spans)), ['organization:North Bank']);
  });
});
