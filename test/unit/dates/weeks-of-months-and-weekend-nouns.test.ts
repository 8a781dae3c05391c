import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('a week of a named month and a weekend before a noun', () => {
  const published = '2026-03-05';

  it('dates "the last week of March" by the month alone', () => {
    assert.deepEqual(datesIn('The second crane arrives in the last week of April, the port said.', published), ['April=2026-04']);
    assert.deepEqual(datesIn('Prices rose last week, the bureau said.', published), ['last week=2026-W09']);
  });

  it('takes no date from "weekend" naming a kind of thing', () => {
    assert.deepEqual(datesIn('A column on weekend traffic drew many letters.', published), []);
    assert.deepEqual(datesIn('Police made three arrests over the weekend.', published), ['weekend=2026-W09']);
  });
});
