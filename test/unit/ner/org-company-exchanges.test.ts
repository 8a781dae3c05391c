import * as assert from 'node:assert/strict';
import { withBrandedExchanges, withExchanges } from '../../../src/core/ner/org-company-exchanges';
import { showSpans, spanAt } from '../helpers/spans';

describe('exchanges named after their city', () => {
  it('takes a city and "Stock Exchange" or "Commodity Exchange" as one organisation', () => {
    const text = 'Shares rose on the Port Lamont Stock Exchange, and soy fell on the Dalian Commodity Exchange.';
    const spans = [spanAt(text, 'Port Lamont', 'place'), spanAt(text, 'Dalian', 'place')];
    assert.deepEqual(showSpans(text, withExchanges(text, spans)), ['organization:Port Lamont Stock Exchange', 'organization:Dalian Commodity Exchange']);
  });

  it('leaves a city before other words, and an exchange of words, alone', () => {
    const text = 'Traders in Port Lamont watched an exchange of fire, and the Port Lamont Stock market rose.';
    const spans = [spanAt(text, 'Port Lamont', 'place'), spanAt(text, 'Port Lamont', 'place', 1)];
    assert.deepEqual(showSpans(text, withExchanges(text, spans)), ['place:Port Lamont', 'place:Port Lamont']);
  });
});

describe('exchanges named by a group\'s brand and their city', () => {
  it('takes the brand and the city as one organisation, the brand alone or the city alone left as found', () => {
    const text = 'The shares rose on Nasdaq Helsinki and Euronext Lisbon, while the Nasdaq fell in Helsinki. NotNasdaq Oslo traded.';
    const spans = [spanAt(text, 'Helsinki', 'place'), spanAt(text, 'Lisbon', 'place'), spanAt(text, 'Nasdaq', 'organization', 1), spanAt(text, 'Helsinki', 'place', 1), spanAt(text, 'Oslo', 'place')];
    assert.deepEqual(showSpans(text, withBrandedExchanges(text, spans)), ['organization:Nasdaq Helsinki', 'organization:Euronext Lisbon', 'organization:Nasdaq', 'place:Helsinki', 'place:Oslo']);
  });
});
