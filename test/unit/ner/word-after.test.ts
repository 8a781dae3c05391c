import * as assert from 'node:assert/strict';
import { isLowerAsciiLetter, wordAfter, wordAt } from '../../../src/core/ner/word-after';
import { isNameCharAt } from '../../../src/core/ner/name-chars';
import { patternCharTest } from '../../../src/core/ner/whole-words';

describe('the word after a position', () => {
  it('reads the word starting at a position by the characters a rule counts as its word', () => {
    const text = "Said O'Brien-Hale, then 42 more.";
    assert.deepEqual(wordAt(text, 5, isNameCharAt), { word: "O'Brien-Hale", start: 5, end: 17 });
    assert.equal(wordAt(text, 17, isNameCharAt), null);
    assert.equal(wordAt(text, text.indexOf('42'), isNameCharAt), null);
    assert.equal(wordAt(text, text.length, isNameCharAt), null);
  });

  it('reads the word one space after a position, and gives nothing after two spaces, a tab or a mark', () => {
    const text = 'Kestrel TV Europe  Ltd\tPlc, next';
    const europe = wordAfter(text, text.indexOf(' Europe'), isNameCharAt);
    assert.deepEqual(europe, { word: 'Europe', start: 11, end: 17 });
    assert.equal(wordAfter(text, europe!.end, isNameCharAt), null);
    assert.equal(wordAfter(text, text.indexOf('\tPlc'), isNameCharAt), null);
    assert.equal(wordAfter(text, text.indexOf(','), isNameCharAt), null);
  });

  it('reads the word over several spaces and tabs when asked, stopping where the word\'s characters end', () => {
    const text = 'Ngong \t villages, the towns';
    assert.equal(wordAfter(text, text.indexOf(' '), isLowerAsciiLetter, true)?.word, 'villages');
    assert.equal(wordAfter(text, text.indexOf(','), isLowerAsciiLetter, true), null);
    assert.equal(wordAfter(text, text.indexOf(',') + 1, isLowerAsciiLetter, true)?.word, 'the');
    assert.equal(wordAfter(text, 0, isLowerAsciiLetter, true), null);
  });

  it('reads a word up to the marks a rule names, past letters, digits and hyphens', () => {
    const upToMarks = patternCharTest(/[^\s,.;:!?()"“”]/u);
    const text = 'SK On-3 (a unit) of';
    assert.equal(wordAfter(text, 2, upToMarks)?.word, 'On-3');
    assert.equal(wordAfter(text, text.indexOf(' ('), upToMarks), null);
  });
});
