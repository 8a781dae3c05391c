import * as assert from 'node:assert/strict';
import { createDateParser } from '../../../src/core/dates/date-parser';
import { needsNoTense, resolveComponents } from '../../../src/core/dates/resolve-chrono';

const parser = createDateParser();
const REF = new Date(Date.UTC(2024, 2, 14, 12));
const PHRASES = [
  'March 5, 2021', 'June 2020', '5 June 2020', 'Sept. 9, 2019', '2023-11-05', '12/03/2024', 'Friday, March 6, 2026',
  'the end of April 2025', 'from July to December 2026', 'Friday', 'March 5', 'June', 'the weekend', 'last week',
  'next month', 'Saturday, May 15', 'three weeks ago', 'this weekend in March 2021', 'tomorrow', 'next year', 'early next year',
  'Friday 2021', 'last weekend of 2020', 'Sunday, 2019',
];

describe('dates that need no tense', () => {
  it('are those whose year is known, and never a weekend or a weekday without its month', () => {
    const told = (text: string) => {
      const [r] = parser.parse(text, { instant: REF, timezone: 0 }, { forwardDate: false });
      return needsNoTense(r.start, r.text);
    };
    assert.equal(told('March 5, 2021'), true);
    assert.equal(told('June 2020'), true);
    assert.equal(told('next year'), true);
    assert.equal(told('March 5'), false);
    assert.equal(told('Friday'), false);
    assert.equal(told('last weekend'), false);
  });

  it('resolve to the same value read forwards or backwards', () => {
    for (const text of PHRASES) {
      for (const r of parser.parse(text, { instant: REF, timezone: 0 }, { forwardDate: false })) {
        for (const c of [r.start, ...(r.end ? [r.end] : [])]) {
          if (!needsNoTense(c, r.text)) continue;
          assert.deepEqual(resolveComponents(c, r.text, REF, true), resolveComponents(c, r.text, REF, false), text);
          assert.deepEqual(resolveComponents(c, r.text, REF, true, 14), resolveComponents(c, r.text, REF, false, 0), text);
        }
      }
    }
  });
});
