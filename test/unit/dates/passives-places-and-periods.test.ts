import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('passives, places between verb and day, clauses after "after", periods and seasons of every year', () => {
  // Thursday 2026-05-14.
  const published = '2026-05-14';

  it('reads a passive after "be" with the future word before it, not as a report', () => {
    assert.deepEqual(datesIn('The winners of the contest will be announced in September.', published), ['September=2026-09']);
    assert.deepEqual(datesIn('The new coach is to be confirmed on Monday.', published), ['Monday=2026-05-18']);
    // A report told in the past still owns its day.
    assert.deepEqual(datesIn('The club announced in September that it would move.', published), ['September=2025-09']);
  });

  it('keeps a past verb owning its day with the place it happened in between', () => {
    assert.deepEqual(datesIn('Under the pact signed in Nairobi on Tuesday, the two states will share the river.', published), ['Tuesday=2026-05-12']);
    assert.deepEqual(datesIn('After talks held at Camp David on Friday, both sides will return home.', published), ['Friday=2026-05-08']);
  });

  it('reads the day of a clause after "after" or "when" told in the past as gone by', () => {
    assert.deepEqual(datesIn('The pass will stay shut until Monday after a slab of ice came down near the summit on Tuesday night.', published), ['Monday=2026-05-18', 'Tuesday=2026-05-12']);
    assert.deepEqual(datesIn('The ferry will not sail until Saturday because a storm damaged the pier on Sunday.', published), ['Saturday=2026-05-16', 'Sunday=2026-05-10']);
    // Not an adjective in "-ed" before its noun, nor a passive still to come.
    assert.deepEqual(datesIn('The market will open after the closed road reopens on Friday.', published), ['Friday=2026-05-15']);
    assert.deepEqual(datesIn('Traffic will resume after it is repaired on Friday.', published), ['Friday=2026-05-15']);
  });

  it('reads such a clause opening its sentence as gone by, though the main clause looks ahead', () => {
    assert.deepEqual(datesIn('After the river burst its banks on Sunday, the road will stay shut.', published), ['Sunday=2026-05-10']);
    assert.deepEqual(datesIn('Because the storm hit the coast on Sunday, the race will be moved.', published), ['Sunday=2026-05-10']);
    // A clause in the present, or an event with no verb, still looks ahead with its sentence.
    assert.deepEqual(datesIn('When the team arrives on Sunday, it will train at once.', published), ['Sunday=2026-05-17']);
    assert.deepEqual(datesIn('After the vote on Sunday, the party will form a government.', published), ['Sunday=2026-05-17']);
  });

  it('reads scheduled sports events in the present as coming', () => {
    assert.deepEqual(datesIn('The relays are on Sunday.', published), ['Sunday=2026-05-17']);
    assert.deepEqual(datesIn('The semi-finals are on Saturday, the organisers said.', published), ['Saturday=2026-05-16']);
    assert.deepEqual(datesIn('The heats were on Sunday.', published), ['Sunday=2026-05-10']);
  });

  it('reads the month right after publication, named with "the" before an event, as the coming one', () => {
    assert.deepEqual(datesIn('Members want the bill debated at the June sitting.', published), ['June=2026-06']);
    assert.deepEqual(datesIn('Officials reviewed the July budget.', published), ['July=2025-07']);
    assert.deepEqual(datesIn('Prices have risen since May.', '2026-04-10'), ['May=2025-05']);
  });

  it('reads a month opening a period after "from" as the coming one', () => {
    assert.deepEqual(datesIn('"We have agreed a new timetable with them from August," she said.', published), ['August=2026-08']);
    assert.deepEqual(datesIn('Fares rose by 4% in April from March.', published), ['April=2026-04', 'March=2026-03']);
    // The first end of a range keeps its past reading.
    assert.deepEqual(datesIn('The strike ran from October to December.', published), ['October=2025-10', 'December=2025-12']);
  });

  it('leaves out a season of every year named with "in" and no article', () => {
    assert.deepEqual(datesIn('The reservoir stores water in summer and releases it in winter, when demand peaks.', published), []);
    assert.deepEqual(datesIn('Farmers graze the valley in winter, when the passes close.', published), []);
    assert.deepEqual(datesIn('The bridge will reopen in autumn, the ministry said.', published), ['autumn=2026']);
  });

  it('does not read "the fall" after "before" or "after" as the season', () => {
    assert.deepEqual(datesIn('Traffic had been heavy before the fall, the police said.', published), []);
    assert.deepEqual(datesIn('The school will reopen in the fall.', published), ['fall=2026']);
  });
});
