import * as assert from 'node:assert/strict';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { endsInBankSide, withBankSides } from '../../../src/core/ner/place-bank-sides';
import { showSpans, spanAt } from '../helpers/spans';

const tagger = loadDefaultTagger();
const find = (text: string) => showSpans(text, tagger.find(text, [{ start: 0, end: text.length }]));

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

describe('a river bank named by its side', () => {
  it('tells a name ending in a side and "Bank" from a bank’s name', () => {
    assert.equal(endsInBankSide('Kariba North Bank'), true);
    assert.equal(endsInBankSide('Left Bank'), true);
    assert.equal(endsInBankSide('North Bank of Ohio'), false);
    assert.equal(endsInBankSide('Development Bank'), false);
    assert.equal(endsInBankSide('Northbank'), false);
  });

  it('keeps such a name a place after the rules, while a name ending in "Bank" alone is an organisation', () => {
    assert.ok(find('The water goes to the power station at Lundazi South Bank and to the Lundazi Rural Bank.').includes('organization:Lundazi Rural Bank'));
    assert.ok(!find('The water goes to the power station at Lundazi South Bank and to the Lundazi Rural Bank.').includes('organization:Lundazi South Bank'));
  });
});
