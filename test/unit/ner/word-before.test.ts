import * as assert from 'node:assert/strict';
import { isNameCharAt } from '../../../src/core/ner/name-chars';
import { nameWordsStart, previousWord, wordBefore, wordEndingAt } from '../../../src/core/ner/word-before';

describe('the word before a name', () => {
  it('reads the word one space before, with the dots, hyphens and ampersands of names and titles', () => {
    const text = 'Ms. Paris met Anne-Marie Lyon and H&M Sweden.';
    assert.deepEqual(wordBefore(text, text.indexOf('Paris')), { word: 'Ms.', start: 0 });
    assert.equal(wordBefore(text, text.indexOf('Lyon'))?.word, 'Anne-Marie');
    assert.equal(wordBefore(text, text.indexOf('Sweden'))?.word, 'H&M');
  });

  it('gives nothing without a space before, and only capitalised words when asked', () => {
    const text = '(Paris) in Lyon';
    assert.equal(wordBefore(text, text.indexOf('Paris')), null);
    assert.equal(wordBefore(text, text.indexOf('Lyon'), true), null);
    assert.equal(wordBefore(text, text.indexOf('Lyon'))?.word, 'in');
  });

  it('reads the previous word over several spaces and tabs', () => {
    const text = 'Office of \t the  Ombudsman';
    const the = previousWord(text, text.indexOf('Ombudsman'));
    assert.equal(the?.word, 'the');
    assert.equal(previousWord(text, the!.start)?.word, 'of');
    assert.equal(previousWord(text, 0), null);
  });

  it('finds where the capitalised words before a word begin, up to a count, one space apart', () => {
    const text = 'near the Great North Anatolian Fault and on  Mill Road';
    const capitalised = (w: string) => /^\p{Lu}/u.test(w);
    assert.equal(nameWordsStart(text, text.indexOf('Fault'), 2, capitalised), text.indexOf('North'));
    assert.equal(nameWordsStart(text, text.indexOf('Fault'), 3, capitalised), text.indexOf('Great'));
    assert.equal(nameWordsStart(text, text.indexOf('Road'), 3, capitalised), text.indexOf('Mill'));
    assert.equal(nameWordsStart(text, text.indexOf('Mill'), 3, capitalised), -1);
    assert.equal(nameWordsStart(text, 0, 3, capitalised), -1);
  });

  it('reads the word ending at a position with the characters its caller counts, empty when there is none', () => {
    const text = 'said Anne-Marie Ó Dónaill, the';
    const comma = text.indexOf(',');
    assert.deepEqual(wordEndingAt(text, comma, isNameCharAt), { word: 'Dónaill', start: text.indexOf('Dónaill') });
    assert.deepEqual(wordEndingAt(text, text.indexOf(' Ó'), isNameCharAt), { word: 'Anne-Marie', start: 5 });
    assert.deepEqual(wordEndingAt(text, comma + 1, isNameCharAt), { word: '', start: comma + 1 });
    assert.deepEqual(wordEndingAt(text, 4, isNameCharAt), { word: 'said', start: 0 });
  });
});
