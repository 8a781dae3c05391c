import * as assert from 'node:assert/strict';
import { lastTextKeyedMemo } from '../../../src/core/ner/last-text-keyed-memo';

describe('a search per key remembered for the last text', () => {
  it('searches once per key of a text, again for another text, and remembers a falsy answer too', () => {
    const asked: string[] = [];
    const count = lastTextKeyedMemo((text: string, word: string): number => {
      asked.push(`${text}/${word}`);
      return text.split(word).length - 1;
    });
    assert.equal(count('a b a', 'a'), 2);
    assert.equal(count('a b a', 'c'), 0);
    assert.equal(count('a b a', 'a'), 2);
    assert.equal(count('a b a', 'c'), 0);
    assert.equal(count('b b', 'a'), 0);
    assert.equal(count('a b a', 'a'), 2);
    assert.deepEqual(asked, ['a b a/a', 'a b a/c', 'b b/a', 'a b a/a']);
  });
});
