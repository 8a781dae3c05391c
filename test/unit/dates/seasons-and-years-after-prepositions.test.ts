import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('seasons and years after a preposition', () => {
  it('finds a season after a preposition without an article, ahead when the clause looks ahead', () => {
    assert.deepEqual(datesIn('The council will not award the contract before autumn, when the budget is set.', '2026-05-20'), ['autumn=2026']);
    assert.deepEqual(datesIn('The bridge reopened in spring after repairs.', '2026-09-10'), ['spring=2026']);
  });

  it('leaves "fall" alone and a season that opens a longer phrase', () => {
    assert.deepEqual(datesIn('A fall in spring prices hurt growers.', '2026-05-20'), []);
    assert.deepEqual(datesIn('They sold it in spring markets.', '2026-05-20'), []);
  });

  it('finds "in the spring" before "about"', () => {
    assert.deepEqual(datesIn('Growers protested in the spring about cheap imports.', '2026-07-01'), ['spring=2026']);
  });

  it('finds a year after "beyond"', () => {
    assert.deepEqual(datesIn('The delays could push the opening beyond 2031.', '2026-07-01'), ['2031=2031']);
  });

  it('finds a year a figure is compared with, but not a count compared with another', () => {
    assert.deepEqual(datesIn('Hotel nights rose by 19 percent compared with 2024.', '2026-09-24'), ['2024=2024']);
    assert.deepEqual(datesIn('Sales were 2100 units, compared with 2050 a year earlier.', '2026-09-24'), []);
  });
});
