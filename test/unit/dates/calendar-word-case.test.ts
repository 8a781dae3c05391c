import * as assert from 'node:assert/strict';
import { DATE_PARSER } from '../../../src/core/dates/date-parser';
import { looksLikeDate } from '../../../src/core/dates/resolve-chrono';

const REF = new Date(Date.UTC(2026, 4, 20, 12));

/** Whether chrono's first match in `text` is kept as a date. */
function kept(text: string): boolean {
  const [result] = DATE_PARSER.parse(text, { instant: REF, timezone: 0 }, { forwardDate: false });
  assert.ok(result, text);
  return looksLikeDate(result.text.trim(), result.text.trim(), result.start);
}

describe('a month or weekday name in lower case', () => {
  it('is a word, not a date, unless it stands between a day and a year', () => {
    assert.equal(kept('They plan to march 5 miles.'), false);
    assert.equal(kept('The deal closed on March 5.'), true);
    assert.equal(kept('Posted 06 jul 2026 by the desk.'), true);
  });

  it('is judged the same whatever was judged before, with the same text again', () => {
    // The search keeps no place between calls: a capitalised name after a lower-case one, and back.
    const texts = ['They plan to march 5 miles.', 'Talks on Friday, march 6 went on.', 'The deal closed on March 5.', 'They plan to march 5 miles.'];
    assert.deepEqual(texts.map(kept), [false, false, true, false]);
  });
});
