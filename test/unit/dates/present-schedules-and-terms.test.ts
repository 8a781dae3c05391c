import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('schedules and terms told in the present, and pasts owned across an agent', () => {
  // Thursday 2026-05-14.
  const published = '2026-05-14';

  it('reads a reopening, a coming into force or an event taking place, told in the present, as coming', () => {
    assert.deepEqual(datesIn('The mountain pass reopens on Monday.', published), ['Monday=2026-05-18']);
    assert.deepEqual(datesIn('The smoking ban takes effect in July.', published), ['July=2026-07']);
    assert.deepEqual(datesIn('The new tariff comes into force in August.', published), ['August=2026-08']);
    assert.deepEqual(datesIn('The third round of negotiations takes place on Tuesday.', published), ['Tuesday=2026-05-19']);
    // Told in the past, they stay gone by.
    assert.deepEqual(datesIn('The mountain pass reopened on Monday.', published), ['Monday=2026-05-11']);
  });

  it('reads a journey, a referral or a resumption told in the present, and an event said to be on a day, as coming', () => {
    assert.deepEqual(datesIn('The squad heads home on Saturday.', published), ['Saturday=2026-05-16']);
    assert.deepEqual(datesIn('The proposal goes before the council on Tuesday.', published), ['Tuesday=2026-05-19']);
    assert.deepEqual(datesIn('Negotiations resume on Tuesday.', published), ['Tuesday=2026-05-19']);
    assert.deepEqual(datesIn('The memorial is on Saturday.', published), ['Saturday=2026-05-16']);
    assert.deepEqual(datesIn('The memorial was on Saturday.', published), ['Saturday=2026-05-09']);
    // "heads" as a noun is no journey.
    assert.deepEqual(datesIn('Department heads on Monday approved the budget.', published), ['Monday=2026-05-11']);
  });

  it('reads a month a plan is slated, targeted or on track for, or that could come, as coming', () => {
    assert.deepEqual(datesIn('Drilling is slated to begin in November.', published), ['November=2026-11']);
    assert.deepEqual(datesIn('First exports are targeted for November.', published), ['November=2026-11']);
    assert.deepEqual(datesIn('The terminal is on track to open in November.', published), ['November=2026-11']);
    assert.deepEqual(datesIn('The ferry could return in November.', published), ['November=2026-11']);
    assert.deepEqual(datesIn('The new owners take over in November.', published), ['November=2026-11']);
    assert.deepEqual(datesIn('The ferry could not sail in November.', published), ['November=2025-11']);
    assert.deepEqual(datesIn('Nobody could explain in November why the ferry sank.', published), ['November=2025-11']);
    assert.deepEqual(datesIn('Because of the ice, boats could only leave in November.', published), ['November=2025-11']);
  });

  it('reads the day an event is moved to, and a race run again, as coming', () => {
    assert.deepEqual(datesIn('Organisers moved the team event from Wednesday to Sunday.', published), ['Wednesday=2026-05-13', 'Sunday=2026-05-17']);
    assert.deepEqual(datesIn('She finished second on Tuesday and races again on Saturday.', published), ['Tuesday=2026-05-12', 'Saturday=2026-05-16']);
    assert.deepEqual(datesIn('The family moved to Berlin in September.', published), ['September=2025-09']);
  });

  it('reads a closure that stays or remains, and a forecast or a likelihood, as coming', () => {
    assert.deepEqual(datesIn('Libraries will stay closed on Friday.', published), ['Friday=2026-05-15']);
    assert.deepEqual(datesIn('Libraries remain shut on Friday.', published), ['Friday=2026-05-15']);
    assert.deepEqual(datesIn('Libraries remained shut on Friday.', published), ['Friday=2026-05-08']);
    assert.deepEqual(datesIn('Showers are forecast to clear on Friday.', published), ['Friday=2026-05-15']);
    assert.deepEqual(datesIn('Thunderstorms are likely on Friday.', published), ['Friday=2026-05-15']);
    assert.deepEqual(datesIn('Thunderstorms were likely on Friday.', published), ['Friday=2026-05-08']);
  });

  it('reads an event after a possessive day, told as a schedule in the present, as coming', () => {
    assert.deepEqual(datesIn("Saturday's final kicks off at 8pm.", published), ['Saturday=2026-05-16']);
    assert.deepEqual(datesIn("Monday's hearing starts at noon.", published), ['Monday=2026-05-18']);
    assert.deepEqual(datesIn("Monday's hearing ended at noon.", published), ['Monday=2026-05-11']);
  });

  it('reads an event placed by the day after "since" as gone by', () => {
    assert.deepEqual(datesIn('Since the landslide on Monday, crews have worked day and night and will go on.', published), ['Monday=2026-05-11']);
  });

  it('reads a term that runs or lasts until a month as one still to end', () => {
    assert.deepEqual(datesIn('His loan deal runs until September.', published), ['September=2026-09']);
    assert.deepEqual(datesIn('The exhibition lasts until August.', published), ['August=2026-08']);
    assert.deepEqual(datesIn('The exhibition ran until August.', published), ['August=2025-08']);
  });

  it('does not read the verb "lasts" as a date', () => {
    assert.deepEqual(datesIn('The storm usually lasts for days.', published), []);
  });

  it('reads a month something is set for, further ahead, forwards in a sentence that looks ahead', () => {
    assert.deepEqual(datesIn('Local elections are set for October.', published), ['October=2026-10']);
    assert.deepEqual(datesIn('Bookings for December had fallen by a third.', published), ['December=2025-12']);
  });

  it('keeps a past participle owning its day with its agent between', () => {
    assert.deepEqual(datesIn('The treaty ratified by both parliaments on Monday will open the border.', published), ['Monday=2026-05-11']);
  });
});
