import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('headlines, asides, joined verbs and nowadays', () => {
  // Thursday 2026-06-25.
  const published = '2026-06-25';

  it('reads a headline or a bullet point announcing with "to" and a verb as the future', () => {
    assert.deepEqual(datesIn('Key facts\n• Libraries in the northern boroughs to stay open on Friday\n• More to come', published), ['Friday=2026-06-26']);
    assert.deepEqual(datesIn('Ferry operators to resume crossings on Monday\n\nThe ferries stopped after the storm.', published), ['Monday=2026-06-29']);
  });

  it('keeps a headline with a past verb, and a full sentence, in the past', () => {
    assert.deepEqual(datesIn('Ferries halted to allow repairs on Monday\n\nText.', published), ['Monday=2026-06-22']);
    assert.deepEqual(datesIn('Crews went to the harbour on Monday.\nThey found nothing.', published), ['Monday=2026-06-22']);
  });

  it('reads an alert issued or extended "until" a day as lasting into the days ahead', () => {
    assert.deepEqual(datesIn('• Met office issues flood alert until Sunday', published), ['Sunday=2026-06-28']);
    assert.deepEqual(datesIn('The council extends the hosepipe ban until Monday.', published), ['Monday=2026-06-29']);
  });

  it('does not read "than expected" or "as expected" as a forecast', () => {
    assert.deepEqual(datesIn('Sales held up better than expected in the three months to April.', published), ['April=2026-04']);
  });

  it('keeps a plan that "had been due" in the past, and a plan "due to" happen ahead', () => {
    assert.deepEqual(datesIn('The bridge had been due to open in May.', published), ['May=2026-05']);
    assert.deepEqual(datesIn('The bridge is due to open in May.', published), ['May=2027-05']);
  });

  it('reads a modal before a verb of going "to the" body that decides as the future', () => {
    assert.deepEqual(datesIn('The mayor said last week that the loan could go to the council in October.', published), ['last week=2026-W25', 'October=2026-10']);
  });

  it('keeps a day the verb before it owns when the sentence goes on "and will"', () => {
    assert.deepEqual(datesIn('The union met the port managers on Tuesday and will meet shipowners next week.', published), ['Tuesday=2026-06-23', 'next week=2026-W27']);
    assert.deepEqual(datesIn('The union will meet port managers on Tuesday.', published), ['Tuesday=2026-06-30']);
  });

  it('lets a future reach past an attribution set off by commas', () => {
    assert.deepEqual(datesIn('The mill will run a night shift in August, the plant manager said, before choosing in October whether to close.', published), ['August=2026-08', 'October=2026-10']);
  });

  it('leaves a pronoun chrono glues to a count out of the date', () => {
    assert.deepEqual(datesIn('"We told them three weeks ago," the warden said.', published), ['three weeks ago=2026-W23']);
    assert.deepEqual(datesIn('We saw them two weeks later.', published), []);
  });

  it('reads "Today that is ..." as nowadays, and "Today" before other clauses as the day', () => {
    assert.deepEqual(datesIn('"We take any road that is cheap. Today that is not the coast road," he said.', published), []);
    assert.deepEqual(datesIn('"Today the valley has power again," he said.', published), ['Today=2026-06-25']);
  });

  it('finds a season after "since" before "that", not a spring of water', () => {
    assert.deepEqual(datesIn('Growers have complained since the spring that wells are running low.', '2026-07-09'), ['spring=2026']);
    assert.deepEqual(datesIn('Villagers draw water from the spring that feeds the pond.', '2026-07-09'), []);
  });

  it('reads "last spring" said after the spring as the spring of the year before, "this spring" as this year\'s', () => {
    assert.deepEqual(datesIn('The line opened last spring.', '2026-06-17'), ['last spring=2025']);
    assert.deepEqual(datesIn('The line opened this spring.', '2026-06-17'), ['this spring=2026']);
    assert.deepEqual(datesIn('The line opened last autumn.', '2026-02-17'), ['last autumn=2025']);
    assert.deepEqual(datesIn('Snow closed the pass last winter.', '2026-04-10'), ['last winter=2025']);
    assert.deepEqual(datesIn('Snow closed the pass last winter.', '2026-01-10'), ['last winter=2024']);
  });
});
