import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

// 2025-10-03 is a Friday.
const FRIDAY = '2025-10-03';

describe('dates after "until", summonses, headings, timelines and table cells', () => {
  it('reads a weekday ending a state that lasts now as the coming one', () => {
    assert.deepEqual(datesIn('- Harbour closed until Monday; schools shut across the county', FRIDAY), ['Monday=2025-10-06']);
    assert.deepEqual(datesIn('The airline cancelled all flights to the islands until Sunday.', FRIDAY), ['Sunday=2025-10-05']);
  });

  it('keeps a weekday after "until" in the past when the clause tells a state that is over', () => {
    assert.deepEqual(datesIn('The bridge was closed until Tuesday, when engineers reopened it.', FRIDAY), ['Tuesday=2025-09-30']);
    assert.deepEqual(datesIn('The pool stayed shut until Tuesday.', FRIDAY), ['Tuesday=2025-09-30']);
  });

  it('reads a measure told in the passive until a weekday as one that ends on the coming day', () => {
    assert.deepEqual(datesIn('Buses to the coast were suspended until Wednesday.', FRIDAY), ['Wednesday=2025-10-08']);
    assert.deepEqual(datesIn('The harbour road was closed to lorries until Monday, the council said.', FRIDAY), ['Monday=2025-10-06']);
    assert.deepEqual(datesIn('Buses to the coast were suspended until Wednesday, and then ran again.', FRIDAY), ['Wednesday=2025-10-01']);
  });

  it('reads a summons to appear on a weekday as the coming one', () => {
    assert.deepEqual(datesIn('The audit committee called the two directors to appear on Wednesday.', FRIDAY), ['Wednesday=2025-10-08']);
  });

  it('reads a deadline in a heading as ahead, but not one after a past', () => {
    assert.deepEqual(datesIn('The mill stopped.\n\nNEW TURBINE BY DECEMBER\n\nThe manager spoke.', FRIDAY), ['DECEMBER=2025-12']);
    assert.deepEqual(datesIn('The mill stopped.\n\nOutput fell by July\n\nThe manager spoke.', FRIDAY), ['July=2025-07']);
  });

  it('does not read a timeline entry ahead for the future it reports', () => {
    assert.deepEqual(datesIn('- **8 September** – The yard confirms the second hull will not be ready before the winter.', FRIDAY), ['8 September=2025-09-08', 'winter=2025']);
  });

  it('reads a transfer told in the present as ahead', () => {
    assert.deepEqual(datesIn('Okafor, 24, who joins Ajax in the summer, scored twice.', '2026-04-10'), ['summer=2026']);
  });

  it('reads a month something is for as the nearest one, a few months ahead at most', () => {
    assert.deepEqual(datesIn('She said bookings for November had fallen by a fifth.', FRIDAY), ['November=2025-11']);
    assert.deepEqual(datesIn('The hotels said rooms for early December were being cancelled.', FRIDAY), ['early December=2025-12']);
    assert.deepEqual(datesIn('The figures for April were the weakest in years.', FRIDAY), ['April=2025-04']);
  });

  it('does not read a day or a month after "every" or "each" as a date', () => {
    assert.deepEqual(datesIn('Every Sunday morning the market fills the square.', FRIDAY), []);
    assert.deepEqual(datesIn('The board meets each March in the capital.', FRIDAY), []);
  });

  it('leaves the brackets around a weekday out of the date', () => {
    assert.deepEqual(datesIn('Series: Lions win 2-0 (Game 1: Bears 24-26 Lions, Tuesday)', FRIDAY), ['Tuesday=2025-09-30']);
    assert.deepEqual(datesIn('The first leg (Tuesday) was a draw.', FRIDAY), ['Tuesday=2025-09-30']);
  });

  it('does not read a score or a record alone in a table cell as a date', () => {
    assert.deepEqual(datesIn('| Player | Goals |\n|---|---|\n| A. Horvat | 6/2 |\n| B. Novak | 4 |', FRIDAY), []);
  });

  it('reads a weekday after a place name with a letter outside ASCII ending in "ed" by its own clause', () => {
    assert.deepEqual(datesIn('The regatta is due to start from Balatonfüred on Thursday.', FRIDAY), ['Thursday=2025-10-09']);
  });
});
