import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { datesIn } from '../helpers/dates';

describe('two-digit years and the end of the decade', () => {
  it('reads a day and month with an apostrophe year as one date, weekday included', () => {
    assert.deepEqual(datesIn("Updated Mon 9 Mar '26, 07:45 EAT", '2026-03-09'), ["Mon 9 Mar '26=2026-03-09"]);
    assert.deepEqual(datesIn('Posted Mar 9, ’26', null), ['Mar 9, ’26=2026-03-09']);
  });

  it('takes such a line as a date line', () => {
    const line = "First posted Mon 9 Mar '26, 07:45 EAT";
    const date = matchDateLine(line);
    assert.equal(date?.iso, '2026-03-09');
    assert.equal(line.slice(date?.start, date?.end), "Mon 9 Mar '26");
  });

  it('reads a dotted date with a two-digit year day first', () => {
    assert.deepEqual(datesIn('Results | 04.09.26 | 17:10', '2026-09-04'), ['04.09.26=2026-09-04']);
  });

  it('values the end of the decade as the decade of publication', () => {
    assert.deepEqual(datesIn('The line should carry trains by the end of the decade.', '2026-05-02'), ['end of the decade=202']);
  });
});
