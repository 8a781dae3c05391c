import * as assert from 'node:assert/strict';
import { alignedColumnCells, columnCells, mayHoldTable } from '../../../src/core/text/table-columns';

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

  it('shows the whole header row, so a column can count only beside another', () => {
    const beside = (header: string, row: readonly { text: string }[]) => (header === 'Pos' || header === 'Rank') && row.some((c) => c.text === 'Rider');
    assert.deepEqual(columnCells(text, beside).map((c) => c.text), ['1']);
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

describe('the cells of a column of a table written without bars', () => {
  const text = [
    'Men’s 15 km individual',
    '',
    'Rank  Athlete            Nation  Time',
    '----  -----------------  ------  -------',
    '1     T. Vaarala-Niemi   FIN     41:02.4',
    '2     M. Ødegård         NOR     41:30.9',
    '',
    'Vaarala-Niemi  was  ahead from the start.',
  ].join('\n');
  const cue = /(?<= {2}|\t|^)(?:Athlete|Nation)(?= {2}|\t|\r?$)/gmu;

  it('reads the chosen column row by row, passing over a line of dashes and stopping at a blank line', () => {
    const cells = alignedColumnCells(text, cue, (header) => header === 'Athlete');
    assert.deepEqual(cells.map((c) => c.text), ['T. Vaarala-Niemi', 'M. Ødegård']);
    for (const c of cells) assert.equal(text.slice(c.start, c.start + c.text.length), c.text);
    assert.deepEqual(alignedColumnCells(text, cue, (header) => header === 'Nation').map((c) => c.text), ['FIN', 'NOR']);
  });

  it('reads no header of fewer than three cells, nor a text without the cue', () => {
    assert.deepEqual(alignedColumnCells('Athlete  Time\n1  T. Vaarala  41:02', cue, (header) => header === 'Athlete'), []);
    assert.deepEqual(alignedColumnCells('No table here at all.', cue, () => true), []);
  });
});
