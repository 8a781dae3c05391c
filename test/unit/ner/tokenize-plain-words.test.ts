import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { pushWord, type Token, TOKEN, tokenize } from '../../../src/core/ner/tokenize';

/** The tokens of `text` read by `TOKEN` alone, clitics split off as `tokenize` splits them. */
function patternTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(new RegExp(TOKEN.source, TOKEN.flags))) pushWord(tokens, m[0], m.index);
  return tokens;
}

/** The tokens `tokenize` finds in all of `text`, sentences joined. */
const tokenizeTokens = (text: string): Token[] => tokenize(text, [{ start: 0, end: text.length }]).flat();

describe('tokens of plain ASCII words', () => {
  it('are the ones the token pattern finds, around initialisms, abbreviations, joins and other scripts', () => {
    const text = 'Mr. Smith of Acme Inc. met U.S. and E.U. envoys in Nagorno-Karabakh at 10.30am, rock&roll; Zürich’s\u00a0AT&T co-op ’90s ٣ St. Louis.';
    assert.deepEqual(tokenizeTokens(text), patternTokens(text));
  });

  it('are the ones the token pattern finds in any text', () => {
    const pieces = ['a', 'Z', 'Inc', 'Co', 'St', 'U', '9', '.', ' ', '\t', '\n', '-', "'", '’', '&', ',', ')', 'é', 'Ö', '\u0301', '\u00a0', '٣', '😀', '𝐀', 'word', 'Mr'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(tokenizeTokens(text), patternTokens(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('are the ones the token pattern finds around every ASCII character but letters and digits', () => {
    const others = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((ch) => !/[A-Za-z0-9]/u.test(ch));
    const pieces = [...others, 'Inc', 'U', 'x', '7', 'é', '’', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(tokenizeTokens(text), patternTokens(text));
      }),
      { numRuns: 3000 },
    );
  });
});
