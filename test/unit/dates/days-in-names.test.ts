import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('a weekday inside a name', () => {
  const published = '2026-05-14';

  it('is no date between "the" and a capitalised word', () => {
    assert.deepEqual(datesIn('The club won the Thursday Trophy on Friday.', published), ['Friday=2026-05-08']);
    assert.deepEqual(datesIn('The Sunday Herald broke the story.', published), []);
    assert.deepEqual(datesIn('The Easter Monday Accord still holds.', published), []);
    assert.deepEqual(datesIn('The Weekend Review said so.', published), []);
  });

  it('stays a date before a month and a day, or after a capital that opens no name', () => {
    assert.deepEqual(datesIn('The Saturday May 9 match was called off.', published), ['Saturday May 9=2026-05-09']);
    assert.deepEqual(datesIn('On Monday Ministers met in Rome.', published), ['Monday=2026-05-11']);
  });
});
