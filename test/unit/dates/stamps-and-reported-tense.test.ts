import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('dates written with a time or a part of the day around them', () => {
  // Friday 2025-11-14.
  const published = '2025-11-14';

  it('keeps the date part of an ISO time stamp in running text', () => {
    assert.deepEqual(datesIn('The filing, stamped 2025-11-03T08:15:00+07:00, arrived late.', published), ['2025-11-03=2025-11-03']);
  });

  it('finds the day after "the night of" or "the morning of"', () => {
    assert.deepEqual(datesIn('The men were stopped on the road to the border on the night of August 12, 2023, and never seen again.', published), ['August 12, 2023=2023-08-12']);
    assert.deepEqual(datesIn('The fire broke out on the morning of March 4 and burned for hours.', published), ['March 4=2025-03-04']);
    assert.deepEqual(datesIn('They met on the night of the storm.', published), []);
  });

  it('does not take a span of time told from another event, "about" before it or not, for a date', () => {
    assert.deepEqual(datesIn('The first case had been found about three weeks earlier in a border town.', published), []);
    assert.deepEqual(datesIn('Nearly two years later, the plant closed.', published), []);
  });
});

describe('the tense of a date in reported speech', () => {
  // Tuesday 2026-04-14.
  const published = '2026-04-14';

  it('reads a date before "that" in the past when a reporting verb governs it, whatever was said', () => {
    assert.deepEqual(datesIn('The water agency said in a letter in February that the meadow flooded twice and should be left as open space.', published), ['February=2026-02']);
    assert.deepEqual(datesIn('The board warned in March that fares would rise.', published), ['March=2026-03']);
  });

  it('still reads ahead a date whose own clause looks ahead, "that" or not', () => {
    assert.deepEqual(datesIn('The board will decide in June that the fares rise.', published), ['June=2026-06']);
  });

  it('reads a reported hope to do something ahead, but a hope told as past narrative in the past', () => {
    assert.deepEqual(datesIn('The housing agency said it hoped to lodge a planning application in September, with the first homes finished in 2029.', published), ['September=2026-09', '2029=2029']);
    assert.deepEqual(datesIn('She hoped to finish the survey in October, but the money ran out.', published), ['October=2025-10']);
  });

  it('reads a day ahead after a standing told in the present "going into" it, not in a past story', () => {
    // Saturday 2026-03-14.
    assert.deepEqual(datesIn('She now leads the race by 11 seconds going into Sunday\'s final stage.', '2026-03-14'), ['Sunday=2026-03-15']);
    assert.deepEqual(datesIn('Going into Friday\'s match, the visitors had won three in a row.', '2026-03-14'), ['Friday=2026-03-13']);
  });
});

describe('weekends', () => {
  // Tuesday 2026-04-14, in ISO week 16.
  const published = '2026-04-14';

  it('values a weekend as the ISO week that holds both its days', () => {
    assert.deepEqual(datesIn('Vaccination teams will move to the northern districts this weekend.', published), ['this weekend=2026-W16']);
    assert.deepEqual(datesIn('Fans clashed with police last weekend.', published), ['last weekend=2026-W15']);
  });

  it('gives a weekend in a Sunday article its own week', () => {
    assert.deepEqual(datesIn('Crowds gathered on the seafront this weekend.', '2026-04-19'), ['this weekend=2026-W16']);
  });
});
