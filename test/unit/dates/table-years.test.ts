import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/core/dates/find-dates';
import { datesIn } from '../helpers/dates';

describe('years in a table column headed as years', () => {
  it('reads the years of a "Year" column as dates, and not numbers of other columns', () => {
    const table = '| Year | Catch (t) |\n|---|---|\n| 2021 | 1,200 |\n| 2022 | 2023 |\n';
    assert.deepEqual(datesIn(table, '2026-06-02'), ['2021=2021', '2022=2022']);
  });

  it('leaves the numbers of a table without such a header alone', () => {
    assert.deepEqual(datesIn('| Boat | Crew |\n|---|---|\n| 2021 | 12 |\n', '2026-06-02'), []);
  });

  it('finds the header in the paragraph before the rows', () => {
    const text = 'Counts by season:\n\n| Season | Fish counted |\n|:--|--:|\n| 2024 | 3,380 |\n| 2025 | 2,610 |\n';
    const header = text.indexOf('| Season');
    const rows = text.indexOf('| 2024');
    const ranges = [{ start: 0, end: 17 }, { start: header, end: text.indexOf('\n', header) }, { start: rows, end: text.length - 1 }];
    assert.deepEqual(findDates(text, ranges, '2026-06-02').map((d) => `${d.text}=${d.value}`), ['2024=2024', '2025=2025']);
  });

  it('does not take a header from a table before a blank line', () => {
    const text = '| Year | Note |\n|---|---|\n| 2020 | first |\n\n| 2021 | 12 |\n';
    const second = text.lastIndexOf('| 2021');
    assert.deepEqual(findDates(text, [{ start: second, end: text.length - 1 }], '2026-06-02'), []);
  });
});
