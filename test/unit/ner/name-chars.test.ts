import * as assert from 'node:assert/strict';
import { isNameChar } from '../../../src/core/ner/name-chars';

const nameChars = (text: string): string => [...text].filter((ch) => isNameChar(ch.charCodeAt(0), ch)).join('');

describe("the characters of a name's words", () => {
  it('takes letters, apostrophes and hyphens, in ASCII and beyond, and no digit, space or other mark', () => {
    assert.equal(nameChars("O'Neill-Ruiz, 34 (Fließ) Søren’s é"), "O'Neill-RuizFließSøren’sé");
  });

  it('takes a combining mark as part of its word', () => {
    assert.equal(nameChars('Jose\u0301 2'), 'Jose\u0301');
  });
});
