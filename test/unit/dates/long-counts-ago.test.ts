import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('counts written in words before "ago"', () => {
  const published = '2025-11-14';

  it('reads teens, tens and joined tens of years back as the year', () => {
    assert.deepEqual(datesIn('"Thirty years ago we walked to the well," she said.', published), ['Thirty years ago=1995']);
    assert.deepEqual(datesIn('The mine closed seventeen years ago.', published), ['seventeen years ago=2008']);
    assert.deepEqual(datesIn('The dam was built forty-five years ago.', published), ['forty-five years ago=1980']);
    assert.deepEqual(datesIn('The town was founded a hundred years ago.', published), ['a hundred years ago=1925']);
  });

  it('reads decades back as the year they point to', () => {
    assert.deepEqual(datesIn('Two decades ago the river ran dry.', published), ['Two decades ago=2005']);
    assert.deepEqual(datesIn('It began a decade ago.', published), ['a decade ago=2015']);
  });

  it('reads long counts of months and weeks at their own granularity', () => {
    assert.deepEqual(datesIn('He arrived twenty months ago.', published), ['twenty months ago=2024-03']);
    assert.deepEqual(datesIn('The fire started fifteen weeks ago.', published), ['fifteen weeks ago=2025-W31']);
  });

  it('leaves the short counts as they were and finds nothing without "ago"', () => {
    assert.deepEqual(datesIn('He left two years ago.', published), ['two years ago=2023']);
    assert.deepEqual(datesIn('They waited twenty years for it.', published), []);
  });

  it('gives no value without a publication date', () => {
    assert.deepEqual(datesIn('Twenty years ago it began.', null), ['Twenty years ago=']);
  });
});
