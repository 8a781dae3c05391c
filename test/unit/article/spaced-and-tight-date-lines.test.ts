import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { findFullDates } from '../../../src/core/article/full-dates';
import { parseArticle } from '../../../src/core/article/parse-article';
import { datesIn } from '../helpers/dates';

const BODY = 'The county closed the old bridge on Monday after inspectors found cracks in two of its piers. Traffic will be sent through the valley road until the repairs are finished, the council said.';

describe('date lines with spaced full stops, a comma without a space, or a release label', () => {
  it('reads a Hungarian date line, year first with a full stop and a space after each part', () => {
    assert.equal(matchDateLine('2025. 11. 07. 09:30')?.iso, '2025-11-07');
    assert.equal(matchDateLine('Updated: 2025. 11. 07. 18:02')?.iso, '2025-11-07');
  });

  it('reads a Croatian or Czech date line, day first with spaces, and leaves the last full stop out', () => {
    const date = matchDateLine('7. 11. 2025. | 09:30');
    assert.equal(date?.iso, '2025-11-07');
    assert.equal(date?.end, '7. 11. 2025'.length);
  });

  it('reads a month-first date with no space after its comma', () => {
    assert.deepEqual(findFullDates('Nov 7,2025 - Last updated at Nov 8,2025').map((d) => d.iso), ['2025-11-07', '2025-11-08']);
    assert.equal(matchDateLine('Nov 7,2025 - Last updated at Nov 8,2025')?.iso, '2025-11-07');
  });

  it('reads a press release date line with a two-digit year month first', () => {
    assert.equal(matchDateLine('Release Date: 11/7/25')?.iso, '2025-11-07');
  });

  it('does not read decimals or a longer run of numbers as a spaced date', () => {
    assert.deepEqual(findFullDates('Prices rose 2.5. 3. 2025 was a hard year.').map((d) => d.iso), []);
    assert.deepEqual(findFullDates('The ratio was 1.5 to 2.5 in 2025.'), []);
  });

  it('dates an article by a spaced date line sharing its line with the byline', () => {
    const a = parseArticle(`# Old bridge shut after inspectors find cracks\n\n**By Mara Lisjak** | 7. 11. 2025. | 09:30\n\n${BODY} The bridge was built in 1.2.1961.\n`);
    assert.equal(a.published, '2025-11-07');
    assert.equal(a.publishedInferred, false);
  });

  it('finds spaced dotted dates in the searched text as days', () => {
    assert.deepEqual(datesIn('2025. 11. 07. 09:30', '2025-11-07'), ['2025. 11. 07=2025-11-07']);
    assert.deepEqual(datesIn('The vote is set for 21. 11. 2025. The mayor agreed.', '2025-11-07'), ['21. 11. 2025=2025-11-21']);
    assert.deepEqual(datesIn('It fell 2.5. 3. 2025 was dry.', '2025-11-07'), []);
  });
});
