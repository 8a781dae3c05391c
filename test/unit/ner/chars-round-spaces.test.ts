import * as assert from 'node:assert/strict';
import { charAfterSpaces, charBeforeSpaces } from '../../../src/core/ner/chars-round-spaces';

describe('the characters round the spaces by a name', () => {
  it('reads the character before spaces and tabs, or right before a name with none', () => {
    const text = 'ethnic \t Karen, Lise';
    assert.equal(charBeforeSpaces(text, text.indexOf('Karen')), 'c');
    assert.equal(charBeforeSpaces(text, text.indexOf(',')), 'n');
    assert.equal(charBeforeSpaces('  Karen', 2), '');
    assert.equal(charBeforeSpaces('Karen', 0), '');
  });

  it('reads the character after spaces and tabs, or right after a name with none', () => {
    const text = 'Karen \t villages.';
    assert.equal(charAfterSpaces(text, 5), 'v');
    assert.equal(charAfterSpaces(text, text.length - 1), '.');
    assert.equal(charAfterSpaces('Karen  ', 5), '');
  });
});
