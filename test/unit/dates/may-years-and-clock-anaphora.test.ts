import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('"May" where the verb is not meant, years after "for" and "as recently as", and counts after a clock', () => {
  const published = '2026-09-15';

  it('reads "May" after a word that leads to a date, or opening a line before a statistic', () => {
    assert.deepEqual(datesIn('Water levels fell through the second half of May.', published), ['May=2026-05']);
    assert.deepEqual(datesIn('Prices have risen every month since May, the agency said.', published), ['May=2026-05']);
    assert.deepEqual(datesIn('Exports rose in April and May.', published), ['April=2026-04', 'May=2026-05']);
    assert.deepEqual(datesIn('* May PPI down 0.4% on the month', published), ['May=2026-05']);
  });

  it('leaves "May" as a verb, a name or part of a holiday', () => {
    assert.deepEqual(datesIn('May the best crew win.', published), []);
    assert.deepEqual(datesIn('The speech by May Okonkwo drew cheers.', published), []);
    assert.deepEqual(datesIn('Crowds gathered for the march on May Day.', published), []);
    assert.deepEqual(datesIn('Officials said it may not reopen.', published), []);
  });

  it('reads a year after "for" and after "as recently as" or "as early as"', () => {
    assert.deepEqual(datesIn('A final investment decision is targeted for 2028.', published), ['2028=2028']);
    assert.deepEqual(datesIn('The border was closed as recently as 2023.', published), ['2023=2023']);
    assert.deepEqual(datesIn('Drilling could start as early as 2027.', published), ['2027=2027']);
  });

  it('reads a year given as an example after "such as", but not a count', () => {
    assert.deepEqual(datesIn('A wet winter, such as 2019, would refill the dam.', published), ['2019=2019']);
    assert.deepEqual(datesIn('Crowds such as 2000 fans in a small hall worry the police.', published), []);
  });

  it('does not take a count for a year after "for"', () => {
    assert.deepEqual(datesIn('The ferry has room for 1800 passengers.', published), []);
  });

  it('takes no date from a clock time followed by a count of days after some event', () => {
    assert.deepEqual(datesIn('Police came at midnight, two days after she spoke to reporters.', published), []);
    assert.deepEqual(datesIn('He left at 9pm, three days later.', published), []);
    assert.deepEqual(datesIn('Police came at midnight on Friday.', published), ['Friday=2026-09-11']);
  });

  it('keeps "today\'s" as the day before a noun and its verb', () => {
    assert.deepEqual(datesIn('"Today\'s decision means the ferry stays," he said.', published), ['Today=2026-09-15']);
    assert.deepEqual(datesIn('That is how today\'s young voters see it.', published), []);
  });

  it('reads a plural side opening a tournament as a fixture ahead', () => {
    assert.deepEqual(datesIn('Wales open the tournament against Fiji on Saturday.', published), ['Saturday=2026-09-19']);
    assert.deepEqual(datesIn('The shops were open the whole day on Saturday.', published), ['Saturday=2026-09-12']);
  });
});
