import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withoutPortfolios } from '../../../src/core/ner/org-portfolio-titles';

describe("a minister's portfolio", () => {
  it('drops the portfolio read as an organisation after "Minister of" and "Minister for"', () => {
    const text = 'The Minister of Mines and Geology spoke, then the Minister for Digital Affairs.';
    const spans = [spanAt(text, 'Mines and Geology', 'organization'), spanAt(text, 'Digital Affairs', 'organization')];
    assert.deepEqual(withoutPortfolios(text, spans), []);
  });

  it('keeps the ministry named with "Ministry", and a person after the title', () => {
    const text = 'The Ministry of Mines said the Minister of State Anna Berg would visit.';
    const spans = [spanAt(text, 'Ministry of Mines', 'organization'), spanAt(text, 'Anna Berg', 'person')];
    assert.deepEqual(showSpans(text, withoutPortfolios(text, spans)), ['organization:Ministry of Mines', 'person:Anna Berg']);
  });

  it('returns the spans as they are in an empty text', () => {
    assert.deepEqual(withoutPortfolios('', []), []);
  });
});
