import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { capsStyled, useArticleForms } from '../../../src/core/entities/written-forms';
import type { Entity } from '../../../src/core/model/types';

/** The reading of a mention's neighbours by splitting its windows into lines, to compare with. */
function capsStyledBySplitting(e: { start: number; end: number }, text: string): boolean {
  const before = /(\p{L}[\p{L}\p{M}'’-]*)[^\p{L}\r\n]*$/u.exec(text.slice(Math.max(0, e.start - 40), e.start).split(/[\r\n]/u).pop() ?? '');
  const after = /^[^\p{L}\r\n]*(\p{L}[\p{L}\p{M}'’-]*)/u.exec(text.slice(e.end, e.end + 40).split(/[\r\n]/u)[0]);
  return ![before?.[1], after?.[1]].some((w) => w && /\p{Ll}/u.test(w));
}

const PIECES = ['ANA', 'PUTIN', 'urges', 'An', 'hydrologist', ' ', '  ', '\n', '\r\n', '\r', ',', '-', 'É', 'é', '1'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('written forms', () => {
  it('read the words beside a mention on its own line, as splitting the windows does', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(12), (text, at, length) => {
        const start = text.length ? at % (text.length + 1) : 0;
        const e = { start, end: start + length };
        assert.equal(capsStyled(e, text), capsStyledBySplitting(e, text));
      }),
      { numRuns: 5000 },
    );
  });

  it('tell a headline in capitals from an acronym in prose', () => {
    const headline = 'News\nPUTIN URGES ALLIES\nThe story';
    assert.equal(capsStyled({ start: 5, end: 10 }, headline), true);
    const prose = 'An ANA hydrologist said';
    assert.equal(capsStyled({ start: 3, end: 6 }, prose), false);
    // A lower-case word on the line before does not count.
    const afterBreak = 'the report\nANA\nMORE';
    assert.equal(capsStyled({ start: 11, end: 14 }, afterBreak), true);
  });

  it('mend a name in capitals by the prose casing, keep an owned "\'s", and leave an article with neither as it is', () => {
    const mention = (text: string, name: string, type: Entity['type'], from = 0): Entity => {
      const start = text.indexOf(name, from);
      return { type, text: name, start, end: start + name.length, canonical: name };
    };
    const text = 'RESULTS\nMACDONALD-ROSS 12\nIain Macdonald-Ross won at Sainsbury\'s. Sainsbury\'s shares rose.';
    const named = [mention(text, 'MACDONALD-ROSS', 'person'), mention(text, 'Iain Macdonald-Ross', 'person'), mention(text, "Sainsbury's", 'organization'), mention(text, "Sainsbury's", 'organization', text.indexOf('. S'))];
    // The display forms as the linker first reads them: the possessive cut.
    const display = new Map(named.map((e) => [e, e.text.replace(/'s$/u, '')] as [Entity, string]));
    useArticleForms(named, display, text, () => false);
    assert.deepEqual(named.map((e) => display.get(e)), ['Macdonald-Ross', 'Iain Macdonald-Ross', "Sainsbury's", "Sainsbury's"]);
    const plain = 'Iain Macdonald-Ross won. Macdonald-Ross said so.';
    const plainNamed = [mention(plain, 'Iain Macdonald-Ross', 'person'), mention(plain, 'Macdonald-Ross', 'person', 5)];
    const plainDisplay = new Map(plainNamed.map((e) => [e, e.text] as [Entity, string]));
    useArticleForms(plainNamed, plainDisplay, plain, () => false);
    assert.deepEqual(plainNamed.map((e) => plainDisplay.get(e)), ['Iain Macdonald-Ross', 'Macdonald-Ross']);
  });
});
