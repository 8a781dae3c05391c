import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

// 2026-03-11 is a Wednesday.
const WEDNESDAY = '2026-03-11';

describe('modal verbs, extensions and past clauses around a date', () => {
  it('looks ahead from "may" or "might" right before the verb that takes the day', () => {
    assert.deepEqual(datesIn('The port authority says the terminal may reopen on Friday.', WEDNESDAY), ['Friday=2026-03-13']);
    assert.deepEqual(datesIn('Union leaders warn the stoppage might spread by Monday.', WEDNESDAY), ['Monday=2026-03-16']);
  });

  it('keeps "May" the month out of the modal cue', () => {
    assert.deepEqual(datesIn('The mill closed in May after a fire.', WEDNESDAY), ['May=2025-05']);
  });

  it('reads a day a warning, an alert or a forecast is extended to as ahead', () => {
    assert.deepEqual(datesIn('Storm warning extended to Sunday', WEDNESDAY), ['Sunday=2026-03-15']);
    assert.deepEqual(datesIn('The weather office has extended its flood watch for the northern coast to Saturday.', WEDNESDAY), ['Saturday=2026-03-14']);
    assert.deepEqual(datesIn('The weather office warns of strong winds until Friday.', WEDNESDAY), ['Friday=2026-03-13']);
  });

  it('reads a season "set for" as ahead and a season before "without" as a date', () => {
    assert.deepEqual(datesIn('A second vote on the merger is set for the autumn.', WEDNESDAY), ['autumn=2026']);
    assert.deepEqual(datesIn('The inspectors found the mine had dumped waste in the winter without a licence.', '2026-07-01'), ['winter=2025']);
  });

  it('reads a plan told in the past with "were to be" as still ahead', () => {
    assert.deepEqual(datesIn('The storm flattened orchards whose apples were to be picked in April.', WEDNESDAY), ['April=2026-04']);
  });

  it('keeps a past verb right after the day as its clause\'s verb, whatever plans follow', () => {
    assert.deepEqual(datesIn('A district court on Monday blocked work on the bypass, the route of a planned motorway.', WEDNESDAY), ['Monday=2026-03-09']);
  });

  it('keeps a "where" clause told in the past in the past after a future word', () => {
    assert.deepEqual(datesIn('A second runway would ease pressure on the old airport, where delays piled up for hours in December.', '2026-07-01'), ['December=2025-12']);
    assert.deepEqual(datesIn('The club will move to the new ground, where it would be completed in December.', '2026-07-01'), ['December=2026-12']);
  });

  it('reads "as we planned" as a past, unlike a plan to do something', () => {
    assert.deepEqual(datesIn('"It went exactly as we planned on Monday," the coach said.', WEDNESDAY), ['Monday=2026-03-09']);
  });

  it('looks ahead from a sentence that asks "me" or "us" to do something', () => {
    assert.deepEqual(datesIn('"Call me again in June," the manager said.', WEDNESDAY), ['June=2026-06']);
  });

  it('leaves out "late" or "early" that tells how a verb runs, keeping the year after it', () => {
    assert.deepEqual(datesIn('Officials said the dry season would run late this year.', WEDNESDAY), ['this year=2026']);
    assert.deepEqual(datesIn('Officials said the harvest ended late last year.', WEDNESDAY), ['late last year=2025']);
  });

  it('reads "Today" before a habit as "nowadays", not the day', () => {
    assert.deepEqual(datesIn('Ten years ago the ferry took three hours. Today a commuter crosses the bay in forty minutes, every day.', WEDNESDAY), ['Ten years ago=2016']);
    assert.deepEqual(datesIn('Today the mayor announced that each day counts.', WEDNESDAY), ['Today=2026-03-11']);
  });
});
