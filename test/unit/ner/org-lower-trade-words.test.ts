import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withLowerTradeWords } from '../../../src/core/ner/org-lower-trade-words';

describe("companies named with a lower-case trade's word", () => {
  it('finds an insurer and a bank whole over the person and the place the model read', () => {
    const text = 'Growers insured with Sava osiguranje were paid; Zagrebačka banka lent the rest.';
    const spans = [spanAt(text, 'Sava', 'person'), spanAt(text, 'Zagrebačka', 'place')];
    assert.deepEqual(showSpans(text, withLowerTradeWords(text, spans)), ['organization:Sava osiguranje', 'organization:Zagrebačka banka']);
  });

  it("leaves the trade's word alone, inside a longer word, after a function word, or after no name the model found", () => {
    const text = 'The osiguranje paid. Bankabanka and The banka were no names.';
    assert.deepEqual(withLowerTradeWords(text, [spanAt(text, 'Bankabanka', 'person')]).length, 1);
    assert.deepEqual(withLowerTradeWords(text, []), []);
  });

  it('returns the spans as they are in a text without such words, also empty or with CRLF', () => {
    for (const text of ['', 'Plain news.\r\nMore.']) assert.deepEqual(withLowerTradeWords(text, []), []);
  });
});
