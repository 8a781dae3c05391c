import * as assert from 'node:assert/strict';
import { findFullDates } from '../../../src/core/article/full-dates';
import { parseArticle } from '../../../src/core/article/parse-article';

describe('date lines with the month between hyphens or slashes', () => {
  it('reads a day, a short month and a year joined by hyphens as a full date', () => {
    assert.deepEqual(findFullDates('Filed 03-Feb-2026 at noon').map((d) => d.iso), ['2026-02-03']);
    assert.deepEqual(findFullDates('31-Sept-2026'), []);
  });

  it('takes a wire\'s date line with a clock time and a zone as the publication date', () => {
    const text = [
      'Peru-mining-strike (UPDATE 2)',
      'Miners block the road to the Andean copper pits for a second week',
      'By Lucía Paredes',
      '17-Mar-2026 09:05 PET',
      'LIMA, March 17 (Wire) - Miners blocked the only road to the copper pits of the southern highlands on Tuesday, the regional police said, as talks with the mining company stalled for a second week.',
    ].join('\n\n');
    const a = parseArticle(text);
    assert.equal(a.published, '2026-03-17');
    assert.equal(a.publishedSpan?.text, '17-Mar-2026');
  });

  it('reads the month between slashes too, and a "Last update:" label', () => {
    assert.deepEqual(findFullDates('Logged 04/Nov/2026 at 10:12').map((d) => d.iso), ['2026-11-04']);
    const text = ['Ferry crossings halted as gale hits the strait', '', 'Last update: 04/Nov/2026 10:12 (CET)', '', 'Crossings to the islands stopped this morning and will resume tomorrow, the operator said.', ''].join('\n');
    const a = parseArticle(text);
    assert.equal(a.published, '2026-11-04');
    assert.equal(a.publishedSpan?.text, '04/Nov/2026');
  });
});
