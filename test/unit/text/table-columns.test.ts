import * as assert from 'node:assert/strict';
import { columnCells, mayHoldTable } from '../../../src/core/text/table-columns';

describe('the cells of a table column chosen by its header', () => {
  const text = [
    'Results after the final.',
    '',
    '| Pos | Club | Time |',
    '|---|:---|---:|',
    '| 1 | Hui Nalu Canoe Club | 4:51 |',
    '| 2 | Kai Ōpua | 4:58 |',
    '',
    '| Rank | Rider |',
    '| --- | --- |',
    '| 1 | T Ó Briain |',
  ].join('\n');

  it('reads the chosen column of every table, row by row, with each cell where it starts', () => {
    const cells = columnCells(text, (header) => header === 'Club' || header === 'Rider');
    assert.deepEqual(cells.map((c) => c.text), ['Hui Nalu Canoe Club', 'Kai Ōpua', 'T Ó Briain']);
    for (const c of cells) assert.equal(text.slice(c.start, c.start + c.text.length), c.text);
  });

  it('reads nothing from a table whose header has no such cell, nor from lines outside tables', () => {
    assert.deepEqual(columnCells(text, (header) => header === 'Party'), []);
    assert.deepEqual(columnCells('Club | Time\nno table here', (header) => header === 'Club'), []);
  });

  it('tells a text that may hold a table by its separator row', () => {
    assert.equal(mayHoldTable(text), true);
    assert.equal(mayHoldTable('| a | b |\n| c | d |'), false);
  });
});
