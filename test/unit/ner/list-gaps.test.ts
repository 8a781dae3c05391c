import * as assert from 'node:assert/strict';
import { isListGap, listNeighbours } from '../../../src/core/ner/list-gaps';
import { spanAt } from '../helpers/spans';

/** The gap between the two words of `text` split at `|`, read as the text round it. */
function gapOf(text: string): boolean {
  const from = text.indexOf('A') + 1;
  return isListGap(text, from, text.indexOf('B'));
}

describe('the gaps of a list of names', () => {
  it('takes a comma, "and" and a comma with "and", with spaces or tabs', () => {
    for (const text of ['A, B', 'A and B', 'A, and B', 'A,\tB', 'A  and\tB']) assert.equal(gapOf(text), true, text);
  });

  it('takes no other gap, nor one that runs on past its end', () => {
    for (const text of ['AB', 'A B', 'A,B', 'A or B', 'A andB', 'A , B', 'A; B', 'A and, B', 'A, the B', 'A anda B']) assert.equal(gapOf(text), false, text);
    const text = 'Tulsk, and more';
    assert.equal(isListGap(text, 5, 5), false);
    assert.equal(isListGap(text, 5, 10), false);
  });

  it('finds neighbours of a list only within a few characters', () => {
    const text = 'Tulsk, Boyle and Elphin, but later Ballina.';
    const spans = [spanAt(text, 'Tulsk', 'place'), spanAt(text, 'Boyle', 'place'), spanAt(text, 'Elphin', 'place'), spanAt(text, 'Ballina', 'place')];
    assert.deepEqual([0, 1, 2, 3].map((a) => listNeighbours(text, spans, a)), [true, true, false, false]);
  });
});
