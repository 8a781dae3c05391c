import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/core/dates/find-dates';

/** The dates of `text`, one paragraph, as "text=value". */
function read(text: string): string[] {
  return findDates(text, [{ start: 0, end: text.length }], '2026-05-20').map((d) => `${d.text}=${d.value ?? ''}`);
}

describe('the paragraphs searched for dates', () => {
  it('are those with a figure or a calendar word, whichever of the two they hold', () => {
    assert.deepEqual(read('The contract was signed on 2026-03-04 by both firms.'), ['2026-03-04=2026-03-04']);
    assert.deepEqual(read('The board met last Tuesday to settle the matter.'), ['last Tuesday=2026-05-19']);
    assert.deepEqual(read('She will travel there TOMORROW with the team.'), ['TOMORROW=2026-05-21']);
    assert.deepEqual(read('The board met on a quiet afternoon to settle the matter.'), []);
  });
});
