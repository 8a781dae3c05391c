import * as assert from 'node:assert/strict';
import { describeDateValue } from '../../../src/core/entities-view/describe-date';

describe('describeDateValue', () => {
  it('writes a full date with its weekday', () => {
    assert.equal(describeDateValue('2020-12-02'), 'Wednesday, 2 December 2020');
    assert.equal(describeDateValue('2024-02-29'), 'Thursday, 29 February 2024');
  });

  it('keeps the granularity of months and years', () => {
    assert.equal(describeDateValue('2020-11'), 'November 2020');
    assert.equal(describeDateValue('1999'), '1999');
  });

  it('rejects impossible dates and other text', () => {
    for (const bad of ['2021-02-29', '2020-13', '2020-00-10', 'Nov. 9', '', '20201202']) assert.equal(describeDateValue(bad), null, bad);
  });
});
