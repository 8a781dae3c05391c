import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('ranges, scheduled events, briefings and agreements decide a date\'s year and tense', () => {
  // Tuesday 2026-09-15.
  const published = '2026-09-15';

  it('reads the first month of a range in the year its second month states', () => {
    assert.deepEqual(datesIn('The tariff plan covers October to December 2026.', published), ['October=2026-10', 'December 2026=2026-12']);
    assert.deepEqual(datesIn('WATER RATIONING TIMETABLE FOR OCTOBER TO MARCH 2027', published), ['OCTOBER=2026-10', 'MARCH 2027=2027-03']);
  });

  it('keeps a range whose ends both state no year in the past', () => {
    assert.deepEqual(datesIn('Rainfall was low between November and February.', published), ['November=2025-11', 'February=2026-02']);
  });

  it('reads an event told in the present at a place before its day as scheduled', () => {
    assert.deepEqual(datesIn('The next hearing is at the High Court in Nairobi on Monday.', published), ['Monday=2026-09-21']);
    assert.deepEqual(datesIn('Match 2 is at the national stadium on Saturday; tickets sold out in hours.', published), ['Saturday=2026-09-19']);
  });

  it('keeps an event told in the past at a place before its day in the past', () => {
    assert.deepEqual(datesIn('The last hearing was at the High Court in Nairobi on Monday.', published), ['Monday=2026-09-14']);
  });

  it('gives a briefing told in "-ed" before "that" and a future the past day', () => {
    assert.deepEqual(datesIn('The harbour master briefed the council on Thursday that the quay would be rebuilt next year.', published), ['Thursday=2026-09-10', 'next year=2027']);
  });

  it('reads a day told after "as agreed" in the past, even after a future word', () => {
    assert.deepEqual(datesIn('The railway would be sold in three parts as agreed with the lenders in the spring.', published), ['spring=2026']);
  });

  it('keeps "as planned" looking ahead', () => {
    assert.deepEqual(datesIn('The new terminal will open as planned in the spring.', published), ['spring=2027']);
  });

  it('reads the day a schedule, a timetable or a forecast is for as the coming one', () => {
    assert.deepEqual(datesIn('Outage schedule for Thursday released', published), ['Thursday=2026-09-17']);
    assert.deepEqual(datesIn('The weather forecast for Saturday promises sun.', published), ['Saturday=2026-09-19']);
  });
});
