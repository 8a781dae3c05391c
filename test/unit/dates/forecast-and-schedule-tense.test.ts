import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('forecasts, schedules, orders and relative clauses decide a date\'s tense', () => {
  // Wednesday 2026-06-10.
  const published = '2026-06-10';

  it('reads a headline forecast with "seen" and a verb of change as the future', () => {
    assert.deepEqual(datesIn('Copper prices seen rising again in September', published), ['September=2026-09']);
    assert.deepEqual(datesIn('Bank of Ghana seen holding its key rate in March', published), ['March=2027-03']);
  });

  it('reads what a forecast names as ahead, but not the day the forecast was made', () => {
    // Wednesday: "Friday" is two days ahead, "September" three months.
    assert.deepEqual(datesIn('The weather service forecast gusts of 90 km/h on the coast on Friday and little rain before September.', published), ['Friday=2026-06-12', 'September=2026-09']);
    assert.deepEqual(datesIn('The bank predicts a rebound in September.', published), ['September=2026-09']);
    assert.deepEqual(datesIn('The weather service forecast on Monday that the drought would ease.', published), ['Monday=2026-06-08']);
    assert.deepEqual(datesIn('A forecast issued on Monday was wrong.', published), ['Monday=2026-06-08']);
    assert.deepEqual(datesIn('The bank predicted a rebound in September.', published), ['September=2025-09']);
  });

  it('keeps someone "seen" doing something in the past', () => {
    assert.deepEqual(datesIn('A man seen leaving the warehouse in March was later arrested.', published), ['March=2026-03']);
    assert.deepEqual(datesIn('Prices were seen rising in September, traders said.', published), ['September=2025-09']);
  });

  it('reads an opinion about what someone does, told in the present, as a forecast', () => {
    assert.deepEqual(datesIn('"I think the council votes again in September," she said.', published), ['September=2026-09']);
    assert.deepEqual(datesIn('Analysts believe the regulator acts in March.', published), ['March=2027-03']);
  });

  it('keeps an opinion about a past act, or a plural noun after "think", in the past', () => {
    assert.deepEqual(datesIn('"I think the council voted in September," she said.', published), ['September=2025-09']);
    assert.deepEqual(datesIn('We think the prices rose in March.', published), ['March=2026-03']);
    assert.deepEqual(datesIn('Analysts believe the regulator has acted in March.', published), ['March=2026-03']);
  });

  it('reads a present expectation as the future', () => {
    assert.deepEqual(datesIn('"We expect the bridge open again by Friday," the engineer said.', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('The ministry expects a decision in September.', published), ['September=2026-09']);
  });

  it('reads something "due" on a date as the future, but not what "was due"', () => {
    assert.deepEqual(datesIn('The audit is due on Friday.', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('The audit was due on Friday but never came.', published), ['Friday=2026-06-05']);
  });

  it('reads an event that "is" or "are" on a date as scheduled', () => {
    assert.deepEqual(datesIn('The final is on Friday.', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('The council elections are in November.', published), ['November=2026-11']);
    assert.deepEqual(datesIn('The referendum is now on July 25, the commission said.', published), ['July 25=2026-07-25']);
  });

  it('keeps an event that "was" or "were" on a date in the past', () => {
    assert.deepEqual(datesIn('The final was on Friday.', published), ['Friday=2026-06-05']);
    assert.deepEqual(datesIn('The council elections were in November.', published), ['November=2025-11']);
    assert.deepEqual(datesIn('The referendum was on July 25.', published), ['July 25=2025-07-25']);
  });

  it('reads a deadline set by an order as the day ahead', () => {
    assert.deepEqual(datesIn('The judge directed the police to file a reply by June 23.', published), ['June 23=2026-06-23']);
    assert.deepEqual(datesIn('The regulator told the lender to repay the fund by Friday.', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('The tenants were ordered to leave by Monday.', published), ['Monday=2026-06-15']);
  });

  it('keeps a deadline given before some past, or one already met, in the past', () => {
    assert.deepEqual(datesIn('The judge had directed the police to file a reply by June 3.', published), ['June 3=2026-06-03']);
    assert.deepEqual(datesIn('The police filed a reply by June 3.', published), ['June 3=2026-06-03']);
    assert.deepEqual(datesIn('The judge directed the police to file a reply, which they did by Friday.', published), ['Friday=2026-06-05']);
  });

  it('reads a relative clause told in the past as the past, though the sentence looks ahead', () => {
    assert.deepEqual(datesIn('United will face the Rovers, who beat them 3-1 at home on Friday, in the cup.', published), ['Friday=2026-06-05']);
    assert.deepEqual(datesIn('The board will meet the investor, which bought a stake in March.', published), ['March=2026-03']);
  });

  it('reads a date after the relative clause has closed in the future of its sentence', () => {
    assert.deepEqual(datesIn('United will face the Rovers, who beat them 3-1, on Friday.', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('The board will meet the investor, who is expected to buy a stake, in March.', published), ['March=2027-03']);
  });

  it('reads future words in capitals, and in text whose letters change length when lowered, as in lower case', () => {
    assert.deepEqual(datesIn('Will the board meet on Friday?', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('The board WILL meet on Friday.', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('İzmir will host the final on Friday.', published), ['Friday=2026-06-12']);
    assert.deepEqual(datesIn('İzmir hosted the final on Friday.', published), ['Friday=2026-06-05']);
    assert.deepEqual(datesIn('The ſhips will sail on Friday.', published), ['Friday=2026-06-12']);
  });

  it('reads a month\'s figures to come as the month gone, whatever the plan', () => {
    assert.deepEqual(datesIn('The statistics office will publish April figures next week.', published), ['April=2026-04', 'next week=2026-W25']);
    assert.deepEqual(datesIn('The ministry will release March data on Friday.', published), ['March=2026-03', 'Friday=2026-06-12']);
    assert.deepEqual(datesIn('The plant will reopen in May.', published), ['May=2027-05']);
  });

  it('reads a meeting or a protest called for a day as one to come', () => {
    assert.deepEqual(datesIn('Fishermen have called a meeting for Saturday at the harbour.', published), ['Saturday=2026-06-13']);
    assert.deepEqual(datesIn('The union announced a strike for Monday.', published), ['Monday=2026-06-15']);
    assert.deepEqual(datesIn('The fishermen met on Saturday at the harbour.', published), ['Saturday=2026-06-06']);
  });
});
