import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('a week two weeks away and "this past" week or weekend', () => {
  // A Thursday in ISO week 10.
  const published = '2026-03-05';

  it('dates "week before last" and "week after next" two ISO weeks from publication', () => {
    assert.deepEqual(datesIn('The ferry company cut its timetable the week before last.', published), ['week before last=2026-W08']);
    assert.deepEqual(datesIn('Inspectors will visit the depot the week after next.', published), ['week after next=2026-W12']);
  });

  it('keeps "this" in "this past weekend" and "this past week", valued as the week gone by', () => {
    assert.deepEqual(datesIn('Hundreds queued outside the bakery this past weekend.', published), ['this past weekend=2026-W09']);
    assert.deepEqual(datesIn('Rents climbed again this past week, agents said.', published), ['this past week=2026-W09']);
  });

  it('still dates a plain "last week" and "past weekend" as before', () => {
    assert.deepEqual(datesIn('The school reopened last week.', published), ['last week=2026-W09']);
    assert.deepEqual(datesIn('Storms hit the coast over the past weekend.', published), ['past weekend=2026-W09']);
  });
});
