import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { parseArticle } from '../../../src/core/article/parse-article';
import { datesIn } from '../helpers/dates';

describe('dates with the month in Roman numerals', () => {
  it('reads a day, a Roman month and a year, with or without spaces', () => {
    assert.deepEqual(datesIn('The count closed on 14.IX.2026 at noon.', '2026-09-20'), ['14.IX.2026=2026-09-14']);
    assert.deepEqual(datesIn('Opened 3. XII. 2025 by the mayor.', '2026-02-01'), ['3. XII. 2025=2025-12-03']);
  });

  it('reads the longer numerals whole ("VII" is July, not May)', () => {
    assert.deepEqual(datesIn('Filed 21.VII.2026.', '2026-08-01'), ['21.VII.2026=2026-07-21']);
  });

  it('leaves out days that do not exist and section numbers', () => {
    assert.deepEqual(datesIn('Deadline 31.II.2026 per annex 2.IV of the act.', '2026-03-01'), []);
  });

  it('takes such a line as the date line, so relative dates resolve against it', () => {
    const line = '5.VI.2026 | 10:42';
    assert.equal(matchDateLine(line)?.iso, '2026-06-05');
    const text = `Bear seen near the ski resort\n\n${line}\n\nRangers closed the trail on Wednesday after a hiker was hurt.\n`;
    assert.equal(parseArticle(text, 'bear.txt').published, '2026-06-05');
  });
});
