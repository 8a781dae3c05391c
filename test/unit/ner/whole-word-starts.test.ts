import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { wholeWordStarts } from '../../../src/core/ner/whole-word-starts';
import { nextWholeWord, wordCharTest, LETTER } from '../../../src/core/ner/whole-words';

const JOINS = wordCharTest("&'-", /[\p{L}\p{N}&'’-]/u);
const JOINS_AFTER = wordCharTest('&-', LETTER);

/** The starts the loop of nextWholeWord finds, which wholeWordStarts must give. */
function byLoop(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = nextWholeWord(text, word, 0, JOINS, JOINS_AFTER); at >= 0; at = nextWholeWord(text, word, at + word.length, JOINS, JOINS_AFTER)) found.push(at);
  return found;
}

describe('whole-word starts of a fixed name', () => {
  const text = "Fine Gael and the Fine Gaels met; (Fine Gael) left, ex-Fine Gael stayed, Fine Gael's leader spoke.\nFine Gael";

  it('finds the whole-word mentions of a name, not those inside longer words', () => {
    assert.deepEqual(wholeWordStarts(text, 'Fine Gael', JOINS, JOINS_AFTER), byLoop(text, 'Fine Gael'));
    assert.deepEqual(
      wholeWordStarts(text, 'Fine Gael', JOINS, JOINS_AFTER).map((at) => text.slice(at - 1, at)),
      ['', '(', ' ', '\n'],
    );
  });

  it('finds names that start with an accented letter or follow a letter beyond ASCII', () => {
    const accented = 'Émile Zola and ÉmileÉmile Zola; «Émile Zola».';
    assert.deepEqual(wholeWordStarts(accented, 'Émile Zola', JOINS, JOINS_AFTER), byLoop(accented, 'Émile Zola'));
    assert.equal(wholeWordStarts(accented, 'Émile Zola', JOINS, JOINS_AFTER).length, 2);
  });

  it('gives the same starts as the search for short names, names led by a digit and names that overlap themselves', () => {
    const other = 'DA and the DA (DA) said; 5G and 5Gs; the Anan Ananan Anan met';
    for (const word of ['DA', '5G', 'Anan', 'Ananan']) assert.deepEqual(wholeWordStarts(other, word, JOINS, JOINS_AFTER), byLoop(other, word), word);
  });

  it('gives the same starts as the search for any name over letters that repeat, overlapping itself or not', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', 'aba', ' ', '-');
    const word = fc.array(fc.constantFrom('a', 'b', 'c', ' '), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), word, (text, name) => assert.deepEqual(wholeWordStarts(text, name, JOINS, JOINS_AFTER), byLoop(text, name))), { numRuns: 2000 });
  });
});
