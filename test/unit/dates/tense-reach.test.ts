import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('the words right before a date that decide its tense', () => {
  // Saturday 2026-03-14.
  const published = '2026-03-14';

  it('lets a reporting verb with its object and "on the" own the date after a future word', () => {
    assert.deepEqual(datesIn('The mayor, who will stand again, told reporters on Friday.', published), ['Friday=2026-03-13']);
    assert.deepEqual(datesIn('The union will strike, its leader told members on the Tuesday.', published), ['Tuesday=2026-03-10']);
  });

  it('lets a participle after a noun own the date, but not one after an auxiliary and an adverb', () => {
    assert.deepEqual(datesIn('The firm will supply nickel under a contract signed in October.', published), ['October=2025-10']);
    assert.deepEqual(datesIn('The city will close the old bridge, which is formally opened on Monday.', published), ['Monday=2026-03-16']);
  });

  it('finds the future word in capitals and in text whose lower case changes length', () => {
    assert.deepEqual(datesIn('THE MAYOR WILL VISIT THE PORT ON FRIDAY.', published), ['FRIDAY=2026-03-20']);
    assert.deepEqual(datesIn('The İzmir ferry could resume the service on Monday.', published), ['Monday=2026-03-16']);
    assert.deepEqual(datesIn('The İzmir ferry, it said, was resumed on Monday.', published), ['Monday=2026-03-09']);
  });

  it('reads a past verb right before the date as its owner however much white space stands between', () => {
    assert.deepEqual(datesIn('The talks will resume after the leaders met \u00a0 on\u2003Thursday.', published), ['Thursday=2026-03-12']);
  });

  it('lets "said in a statement on" own the day before what would follow', () => {
    assert.deepEqual(datesIn('The operator said in a statement on Thursday evening that fares would rise.', published), ['Thursday=2026-03-12']);
  });
});
