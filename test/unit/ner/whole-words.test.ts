import * as assert from 'node:assert/strict';
import { LETTER, nextWholeWord, patternCharTest, wordCharTest } from '../../../src/core/ner/whole-words';

/** Every whole-word start of `word`, each search resuming as `nextWholeWord` is told. */
function allStarts(text: string, word: string, test = wordCharTest('', LETTER), step = word.length): number[] {
  const starts: number[] = [];
  for (let at = nextWholeWord(text, word, 0, test, test, step); at >= 0; at = nextWholeWord(text, word, at + step, test, test, step)) starts.push(at);
  return starts;
}

describe('whole-word mentions found by a literal search', () => {
  it('finds a word standing alone, at the text\'s start and end too, and skips it inside longer words', () => {
    assert.deepEqual(allStarts('Senate met. Senators left the Senate', 'Senate'), [0, 30]);
    assert.deepEqual(allStarts('preSenate Senate2 Senate', 'Senate'), [18]);
  });

  it('reads the characters on each side by separate tests', () => {
    const text = "the House's vote and the House-passed bill";
    const letter = wordCharTest('', LETTER);
    const joined = wordCharTest("-'", LETTER);
    assert.equal(nextWholeWord(text, 'House', 0, letter, joined), -1);
    assert.equal(nextWholeWord(text, 'House', 0, letter, letter), 4);
    assert.equal(nextWholeWord(text, 'House', 5, letter, letter), 25);
  });

  it('finds mentions that overlap when told to resume one character on', () => {
    assert.deepEqual(allStarts('Aa Aa Aa', 'Aa Aa', wordCharTest('', LETTER), 1), [0, 3]);
    assert.deepEqual(allStarts('Aa Aa Aa', 'Aa Aa'), [0]);
  });

  it('tests ASCII by code and other characters by the pattern, as the pattern alone would', () => {
    const fast = wordCharTest("&'-", /[\p{L}\p{M}\p{N}&'’-]/u);
    const slow = patternCharTest(/[\p{L}\p{M}\p{N}&'’-]/u);
    const text = "a Z 9 & ' - ’ é ß 中 . , ! _ \u0301 \t";
    for (let at = 0; at < text.length; at++) assert.equal(fast(text, at), slow(text, at), JSON.stringify(text[at]));
  });
});
