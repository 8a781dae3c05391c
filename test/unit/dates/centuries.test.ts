import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';
import { describeDate } from '../../../src/core/dates/describe-date';

describe('"the 1800s" as a century', () => {
  const published = '2026-03-05';

  it('values "the 1800s" and "the early 1900s" by the century, not their first decade', () => {
    assert.deepEqual(datesIn('The mill was built in the 1800s by a wool merchant.', published), ['1800s=18']);
    assert.deepEqual(datesIn('Its harbour silted up in the early 1900s.', published), ['early 1900s=19']);
  });

  it('keeps a decade a decade, "the 2000s" included', () => {
    assert.deepEqual(datesIn('Ferry traffic doubled in the 1970s.', published), ['1970s=197']);
    assert.deepEqual(datesIn('Broadband reached the valley in the 2000s.', published), ['2000s=200']);
  });

  it('describes a century value in words', () => {
    assert.equal(describeDate('18'), '1800s');
  });
});

describe('a decade cut to two digits ("the \'90s")', () => {
  const published = '2026-03-05';

  it('reads "the \'90s" as the 1990s and "the \'00s" as the 2000s, a qualifier kept in the text', () => {
    assert.deepEqual(datesIn("The band toured Europe in the '90s.", published), ["'90s=199"]);
    assert.deepEqual(datesIn('Rents soared in the late ’80s.', published), ['late ’80s=198']);
    assert.deepEqual(datesIn("Phones like these sold well in the '00s.", published), ["'00s=200"]);
  });

  it('leaves "the \'20s", either century\'s, undated', () => {
    assert.deepEqual(datesIn("Jazz clubs thrived in the '20s.", published), []);
  });
});
