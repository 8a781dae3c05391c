import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('findDates: remembered years, "at least" before a year, parts of today, any weekday and past conditionals', () => {
  it('finds a year remembered or recalled on its own', () => {
    assert.deepEqual(datesIn('The farmers still remember 1998, when the dykes broke.', '2026-03-04'), ['1998=1998']);
    assert.deepEqual(datesIn('Older residents recalled 2011 as the worst year.', '2026-03-04'), ['2011=2011']);
  });

  it('finds a year after "until at least" or "by the latest" as the year alone', () => {
    assert.deepEqual(datesIn('The grant runs until at least 2031 under the deal.', '2026-03-04'), ['2031=2031']);
    assert.deepEqual(datesIn('The works end by at the latest 2030.', '2026-03-04'), ['2030=2030']);
  });

  it('keeps "early" and "late" out of "this morning" and "this afternoon"', () => {
    assert.deepEqual(datesIn('Crews reopened the road early this morning after the slide.', '2026-02-12'), ['this morning=2026-02-12']);
    assert.deepEqual(datesIn('The mayor spoke late this afternoon.', '2026-02-12'), ['this afternoon=2026-02-12']);
  });

  it('still joins "early" to a named weekday', () => {
    assert.deepEqual(datesIn('The ferry sank early Monday.', '2026-02-12'), ['early Monday=2026-02-09']);
  });

  it('reads "a Tuesday" as any such day, not a date', () => {
    assert.deepEqual(datesIn('On a Tuesday in spring the market hall is half empty.', '2026-06-21'), []);
    assert.deepEqual(datesIn('The market hall was half empty on Tuesday.', '2026-06-21'), ['Tuesday=2026-06-16']);
  });

  it('reads a month after "By" opening a sentence told in the present as the coming one', () => {
    assert.deepEqual(datesIn('"By November everyone forgets the flood," the farmer said.', '2026-08-10'), ['November=2026-11']);
    assert.deepEqual(datesIn('By April the council had spent the money.', '2026-08-10'), ['April=2026-04']);
  });

  it('keeps a day in the past when the only future word after it is a past conditional', () => {
    assert.deepEqual(datesIn('The deputies went home on March 3 without a vote on a bill that would have closed the depot.', '2026-03-20'), ['March 3=2026-03-03']);
    assert.deepEqual(datesIn('The deputies meet on March 30 and would close the depot.', '2026-03-20'), ['March 30=2026-03-30']);
  });

  it('does not read "needs to" or "due to" before a name as a plan', () => {
    assert.deepEqual(datesIn('The agency flew patients with urgent needs to Halifax by plane on Monday evening.', '2026-07-15'), ['Monday=2026-07-13']);
    assert.deepEqual(datesIn('The agency needs to move patients by plane on Monday.', '2026-07-15'), ['Monday=2026-07-20']);
  });

  it('reads a span of weekdays that "is" something as any week, not dates', () => {
    assert.deepEqual(datesIn('"These days Monday to Wednesday is quiet," the baker said.', '2026-06-21'), []);
    assert.deepEqual(datesIn('The bridge was shut from Monday to Wednesday.', '2026-06-21'), ['Monday=2026-06-15', 'Wednesday=2026-06-17']);
  });

  it('reads opening hours and a working week told in the present as any week, not dates', () => {
    assert.deepEqual(datesIn('The library is open Monday to Friday.', '2026-06-21'), []);
    assert.deepEqual(datesIn('Ferries run from Monday through Saturday.', '2026-06-21'), []);
    assert.deepEqual(datesIn('Most staff work Monday to Thursday at the plant.', '2026-06-21'), []);
    // After a modal, or told in the past, the span is dated.
    assert.deepEqual(datesIn('The strike will run from Monday to Friday.', '2026-06-21'), ['Monday=2026-06-22', 'Friday=2026-06-26']);
    assert.deepEqual(datesIn('The museum was closed Monday to Wednesday.', '2026-06-21'), ['Monday=2026-06-15', 'Wednesday=2026-06-17']);
  });

  it('leaves "now" after a day out of the date, which is the day and not the moment of writing', () => {
    assert.deepEqual(datesIn('The vote on Friday now looks unlikely.', '2026-06-21'), ['Friday=2026-06-19']);
    assert.deepEqual(datesIn('They met on Friday, now the talks resume.', '2026-06-21'), ['Friday=2026-06-19']);
    assert.deepEqual(datesIn('Most staff work Monday to Thursday now.', '2026-06-21'), []);
  });

  it('does not read "this day" alone as a date', () => {
    assert.deepEqual(datesIn('To this day nobody knows who opened the sluice.', '2026-06-09'), []);
    assert.deepEqual(datesIn('"Years of work have made this day possible," she said.', '2026-06-09'), []);
    assert.deepEqual(datesIn('The sluice was opened this morning.', '2026-06-09'), ['this morning=2026-06-09']);
  });
});
