import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('the year of a date told without one, near the publication day', () => {
  it('keeps the second of two joined months from falling before the first', () => {
    // The first month looks ahead from "for"; the second, read alone, would be last August.
    assert.deepEqual(datesIn('Hoteliers said bookings for July and August had not yet fallen.', '2026-06-05'), ['July=2026-07', 'August=2026-08']);
    // Both read in the past stay as they are.
    assert.deepEqual(datesIn('Prices rose in November and December, the agency said.', '2026-06-05'), ['November=2025-11', 'December=2025-12']);
  });

  it('reads a day up to two weeks before publication as that day even in a clause that looks ahead', () => {
    assert.deepEqual(datesIn('Applications received up to 30 September will be processed by December.', '2026-10-07'), ['30 September=2026-09-30', 'December=2026-12']);
    assert.deepEqual(datesIn('The new bridge was due to open on October 2.', '2026-10-09'), ['October 2=2026-10-02']);
    // Further back, a day told in the future is next year's.
    assert.deepEqual(datesIn('The festival will return on September 20.', '2026-10-07'), ['September 20=2027-09-20']);
  });

  it('reads the month beginning within two weeks as the coming one unless a past verb owns it', () => {
    assert.deepEqual(datesIn('"That says a lot about April," she said.', '2026-03-22'), ['April=2026-04']);
    assert.deepEqual(datesIn('The plant closed in April.', '2026-03-22'), ['April=2025-04']);
  });

  it('reads a day or a month after "since" in the past, however soon it would come', () => {
    assert.deepEqual(datesIn('The clinic has been shut since March 3.', '2026-02-25'), ['March 3=2025-03-03']);
    assert.deepEqual(datesIn('The clinic has been shut since March.', '2026-02-25'), ['March=2025-03']);
  });

  it('reads the day heading an agenda entry as the coming one up to about six weeks ahead', () => {
    assert.deepEqual(datesIn('COMING UP\nNov 5 — Central bank rate decision\nDec 12 — Talks open\n', '2026-10-16'), ['Nov 5=2026-11-05', 'Dec 12=2025-12-12']);
    assert.deepEqual(datesIn('Timeline\n- Sept 30: Talks collapse\n', '2026-10-16'), ['Sept 30=2026-09-30']);
  });

  it('reads "next" and a weekday as that day of the week after the publication\'s', () => {
    // Tuesday 2026-06-02: not the next day, but the Wednesday of the following week.
    assert.deepEqual(datesIn('The board will meet again next Wednesday.', '2026-06-02'), ['next Wednesday=2026-06-10']);
    // Thursday 2026-05-21 and Sunday 2026-07-12: the coming Tuesday and Saturday are in the next week anyway.
    assert.deepEqual(datesIn('The minister is due in Sapporo next Tuesday.', '2026-05-21'), ['next Tuesday=2026-05-26']);
    assert.deepEqual(datesIn('They play the final next Saturday.', '2026-07-12'), ['next Saturday=2026-07-18']);
  });
});
