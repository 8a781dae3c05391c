import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/core/dates/find-dates';

/** The dates of a text as `text=value` pairs, searched whole. */
function dates(text: string, published: string): string[] {
  return findDates(text, [{ start: 0, end: text.length }], published).map((d) => `${d.text}=${d.value ?? ''}`);
}

describe('days named by quoted speakers', () => {
  // Wednesday 2026-05-06: the report tells of Tuesday 2026-05-05.
  const published = '2026-05-06';
  const lede = 'A court in the capital on Tuesday ordered a former mayor to stand trial over the missing funds.\n\n';

  it('gives a quoted "today" the day of the event a next-day report leads with', () => {
    assert.deepEqual(dates(`${lede}"We waited six years. Today the court listened to us," said a resident.\n`, published), ['Tuesday=2026-05-05', 'Today=2026-05-05']);
    assert.deepEqual(dates(`${lede}“This morning we were hopeful,” she said.\n`, published), ['Tuesday=2026-05-05', 'This morning=2026-05-05']);
  });

  it('leaves the writer\'s own "today", outside quotes, on the publication day', () => {
    assert.deepEqual(dates(`${lede}The former mayor is expected to appeal today, his lawyer said.\n`, published), ['Tuesday=2026-05-05', 'today=2026-05-06']);
  });

  it('leaves a quoted "today" on the publication day when the event is that day', () => {
    assert.deepEqual(dates(`A court in the capital on Wednesday ordered a former mayor to stand trial.\n\n"Today the court listened to us," said a resident.\n`, published), ['Wednesday=2026-05-06', 'Today=2026-05-06']);
  });

  it('leaves the quotes of a live page, stamped entry by entry, on the page\'s day', () => {
    const live = `Rivers burst their banks on Tuesday night.\n\n14:32\nRescuers reach the valley\n\n"We only got here today," a rescuer said.\n`;
    assert.deepEqual(dates(live, published), ['Tuesday=2026-05-05', 'today=2026-05-06']);
  });

  it('knows a live page by bold entry stamps with a heading after a dash', () => {
    const live = `Rivers burst their banks on Tuesday night.\n\n**14:32** — Rescuers reach the valley\n\n"The water is still rising tonight," a rescuer said.\n`;
    assert.deepEqual(dates(live, published), ['Tuesday=2026-05-05', 'tonight=2026-05-06']);
  });
});
