import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('deadlines, forecasts and past verbs owning a date', () => {
  // Saturday 2026-03-14.
  const published = '2026-03-14';

  it('reads "by" a day in a modal or present clause as the coming day', () => {
    assert.deepEqual(datesIn('Forecasters say the lake could spill over its banks by Tuesday evening.', published), ['Tuesday=2026-03-17']);
    assert.deepEqual(datesIn('The agency said the dam was full, and could overflow by early Thursday.', published), ['early Thursday=2026-03-19']);
    assert.deepEqual(datesIn('Campers must leave the park by Monday.', published), ['Monday=2026-03-16']);
  });

  it('keeps "by" a day in a past clause in the past', () => {
    assert.deepEqual(datesIn('Crews had cleared the road by Wednesday.', published), ['Wednesday=2026-03-11']);
    assert.deepEqual(datesIn('The water was gone by Thursday.', published), ['Thursday=2026-03-12']);
  });

  it('reads "likely until" a day as the days ahead, though reported in the past', () => {
    assert.deepEqual(datesIn('She said strong winds were likely until Monday.', published), ['Monday=2026-03-16']);
  });

  it('reads a month owned by a perfect or a subject\'s past verb in the past, whatever future follows', () => {
    assert.deepEqual(datesIn('He said the bank had opened a branch in Lagos in November and that he expected two more to follow.', published), ['November=2025-11']);
    assert.deepEqual(datesIn('The firm will spend the cash in Peru, where it acquired a mine in October, and in Chile.', published), ['October=2025-10']);
  });

  it('still reads plans and intentions after a subject as the future', () => {
    assert.deepEqual(datesIn('The firm said it expected to list its shares in June.', published), ['June=2026-06']);
    assert.deepEqual(datesIn('The club will sell the stadium, which it planned to rebuild in May.', published), ['May=2026-05']);
  });
});

describe('years and parts of the year', () => {
  const published = '2026-03-14';

  it('finds a year something is moved or runs to', () => {
    assert.deepEqual(datesIn('The carmaker pushes back its electric pickup to 2029', published), ['2029=2029']);
    assert.deepEqual(datesIn('Opening was delayed by about two years to 2031, the city said.', published), ['2031=2031']);
  });

  it('leaves a count reached from another number alone', () => {
    assert.deepEqual(datesIn('The workforce shrank from 2400 to 2100 in the spring.', published).filter((d) => /^2[0-9]{3}=/u.test(d)), []);
    assert.deepEqual(datesIn('The index rose 15 points to 1987.', published), []);
    assert.deepEqual(datesIn('The hall holds up to 2000.', published), []);
  });

  it('values "the end of the year" as the year of publication', () => {
    assert.deepEqual(datesIn('A decision is due before the end of the year.', published), ['end of the year=2026']);
    assert.deepEqual(datesIn('A decision is due before the end of the year.', null), ['end of the year=']);
  });
});
