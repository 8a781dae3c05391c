import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('the verb of the date\'s own clause decides its tense', () => {
  // Friday 2025-11-14.
  const published = '2025-11-14';

  it('reads a participle after a noun in the past, though the sentence opened with "will"', () => {
    assert.deepEqual(datesIn('The utility will buy gas from the field under a five-year deal agreed in March, its chief said.', published), ['March=2025-03']);
    assert.deepEqual(datesIn('The council will demolish the footbridge opened in June, officials said.', published), ['June=2025-06']);
    assert.deepEqual(datesIn('She would replace a coach hired on Tuesday.', published), ['Tuesday=2025-11-11']);
  });

  it('keeps a participle after an auxiliary in the future it belongs to', () => {
    assert.deepEqual(datesIn('The deal will be agreed in March.', published), ['March=2026-03']);
    assert.deepEqual(datesIn('The bridge is to be formally opened in June.', published), ['June=2026-06']);
    assert.deepEqual(datesIn('The new coach would not be hired on Tuesday.', published), ['Tuesday=2025-11-18']);
  });

  it('takes a capitalised name ending in "-ed" for a name, not a participle', () => {
    assert.deepEqual(datesIn('Arsenal will face Manchester United on Saturday.', published), ['Saturday=2025-11-15']);
    assert.deepEqual(datesIn('The delegation will visit the Emirates United in March.', published), ['March=2026-03']);
  });

  it('reads a reporting verb written as a Markdown link as the reporting verb it is', () => {
    assert.deepEqual(datesIn('The commission [announced](https://example.org/a) on Monday it would delay the count until March.', published), ['Monday=2025-11-10', 'March=2026-03']);
    assert.deepEqual(datesIn('The party [said](#) on Wednesday that it would boycott the vote.', published), ['Wednesday=2025-11-12']);
  });

  it('reads forwards a month that people prepare or brace for', () => {
    assert.deepEqual(datesIn('Earlier this month the utility told households to prepare for higher bills from February.', published), ['Earlier this month=2025-11', 'February=2026-02']);
    assert.deepEqual(datesIn('Ports are bracing for strikes in January.', published), ['January=2026-01']);
  });

  it('keeps a preparation that is over in the past', () => {
    assert.deepEqual(datesIn('The town prepared for the floods in February.', published), ['February=2025-02']);
    assert.deepEqual(datesIn('Crews were preparing for the storm in February.', published), ['February=2025-02']);
  });
});
