import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';
import { findDates } from '../../../src/core/dates/find-dates';

describe('modals with an object, present tense after an opening date, bare years before nouns and weekend habits', () => {
  // Tuesday 2026-09-15.
  const published = '2026-09-15';

  it('reads "could" or "might" before a verb and its object as looking ahead', () => {
    assert.deepEqual(datesIn('Several clubs are watching him, and Lyon could table a bid in January.', published), ['January=2027-01']);
    assert.deepEqual(datesIn('The regulator might open an inquiry in March.', published), ['March=2027-03']);
  });

  it('keeps "could not", "could have" and a modal without an object in the past', () => {
    assert.deepEqual(datesIn('The minister could not attend in March because of illness.', published), ['March=2026-03']);
    assert.deepEqual(datesIn('The council could have signed the deal in March.', published), ['March=2026-03']);
  });

  it('reads a date that opens its sentence, then a subject and a present verb, as the coming day', () => {
    assert.deepEqual(datesIn('The squad is thin. On Friday she captains the side for the first time.', published), ['Friday=2026-09-18']);
    assert.deepEqual(datesIn('"Thursday the Assembly debates the bill," the clerk said.', published), ['Thursday=2026-09-17']);
  });

  it('keeps an opening date in the past before a past verb, a verb of telling or a plural after a name', () => {
    assert.deepEqual(datesIn('On Friday she captained the side for the first time.', published), ['Friday=2026-09-11']);
    assert.deepEqual(datesIn('On Friday he says the side played badly.', published), ['Friday=2026-09-11']);
    assert.deepEqual(datesIn('On Friday, Oxford residents gathered outside the hall.', published), ['Friday=2026-09-11']);
  });

  it('does not read the present of a photo caption as looking ahead', () => {
    const text = 'On Friday he waves to supporters outside the court.';
    const found = (captions: { start: number; end: number }[]) =>
      findDates(text, [{ start: 0, end: text.length }], published, captions).map((d) => `${d.text}=${d.value}`);
    assert.deepEqual(found([{ start: 0, end: text.length }]), ['Friday=2026-09-11']);
    assert.deepEqual(found([]), ['Friday=2026-09-18']);
  });

  it('finds a year that modifies a noun after a verb, near the publication year', () => {
    assert.deepEqual(datesIn('The ministry will not renew 2027 licences until the audit ends.', published), ['2027=2027']);
    assert.deepEqual(datesIn('Farmers fear the cuts will hit 2025 subsidies too.', published), ['2025=2025']);
  });

  it('leaves a count of things in the place of a year alone', () => {
    assert.deepEqual(datesIn('The theatre sold 2027 tickets in a day.', published), []);
    assert.deepEqual(datesIn('The firm employs about 2026 engineers.', published), []);
    assert.deepEqual(datesIn('The club has 1994 members.', published), []);
    assert.deepEqual(datesIn('Volunteers planted 1961 saplings along the river.', published), []);
    assert.deepEqual(datesIn('The hall seats 2000 guests.', published), []);
  });

  it('leaves a weekend told as a habit in the present undated', () => {
    assert.deepEqual(datesIn('Cafes on the seafront still close early at the weekend.', published), []);
    assert.deepEqual(datesIn('She usually trains with the juniors at weekends.', published), []);
  });

  it('keeps a weekend that was or will be a date', () => {
    assert.deepEqual(datesIn('Cafes on the seafront were still closed at the weekend.', published), ['weekend=2026-W37']);
    assert.deepEqual(datesIn('Thousands marched through the city at the weekend.', published), ['weekend=2026-W37']);
    assert.deepEqual(datesIn('The talks will still go ahead at the weekend.', published), ['weekend=2026-W38']);
  });

  it('leaves a weekend placed in a month or by an event undated, the month or the day being the date', () => {
    assert.deepEqual(datesIn('The opening weekend in January filled the square.', published), ['January=2026-01']);
    assert.deepEqual(datesIn('It rained all over the weekend of March 5.', published), ['March 5=2026-03-05']);
    assert.deepEqual(datesIn("The fair's closing weekend drew 40,000 visitors.", published), []);
    // A place after it does not move it.
    assert.deepEqual(datesIn('Shops were busy at the weekend in Leeds.', published), ['weekend=2026-W37']);
  });
});
