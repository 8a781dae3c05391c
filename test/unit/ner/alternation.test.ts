import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { alternativesOf, byFirstCharacters, mayMatch, piecesOf } from '../../../src/core/ner/alternation';

/** Cue lists of the shapes the rules use: optional letters, groups, classes, escapes, spaces. */
const ALTERNATIONS = [
  String.raw`strikers?|stoppage[- ]time|semi-finals?|(?:Premier|Champions) League|(?:European )?Champions Cup|Challenge Cup|\d{1,2}[-–]\d{1,2} (?:win|loss)|scrums?|sc(?:o|a)re|La ?Liga`,
  String.raw`Inc\.?|Ltd\.?|Ltda\.?|Corp\.|Co\.|S\.A\.|SpA|Sdn[ \t]+Bhd`,
  String.raw`ab|a|abc|[Aa]b|b(?:a|ab)?c|ba`,
];
const LETTERS = ['a', 'b', 'c', 'A', 'S', 's', 'p', 'L', 'd', 'C', ' ', '.', '-', '1', '2', 'o'];
/** Texts made of the cue lists' words, their pieces and stray characters. */
const texts = (alternation: string) => {
  const words = alternation.split(/[|()?:\\[\]{}+]/u).filter((w) => w);
  return fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...LETTERS)), { maxLength: 30 }).map((parts) => parts.join(''));
};
const matches = (pattern: RegExp, text: string) => Array.from(text.matchAll(pattern), (m) => `${m.index}:${m[0]}`);

describe('long alternations regrouped by their first characters', () => {
  it('splits an alternation at its top level only, over groups, classes and escapes', () => {
    assert.deepEqual(alternativesOf(String.raw`a(?:b|c)|[|]d|e\|f|g`), ['a(?:b|c)', '[|]d', String.raw`e\|f`, 'g']);
  });

  it('regroups words by first letter, opening a leading group in the order its branches are tried', () => {
    assert.equal(byFirstCharacters('strikers?|midfielders?|stoppage time', 1), 's(?:trikers?|toppage time)|midfielders?');
    assert.equal(byFirstCharacters('(?:Premier|Champions) League|Cup', 1), 'Premier League|C(?:hampions League|up)');
  });

  it('keeps a word after a class or an escape that may start the same way in its place', () => {
    assert.equal(byFirstCharacters(String.raw`ab|[Aa]c|ad|bd`, 1), String.raw`ab|[Aa]c|ad|bd`);
    assert.equal(byFirstCharacters(String.raw`ab|\d+|ad`, 1), String.raw`a(?:b|d)|\d+`);
  });

  it('finds the same matches as the pattern it regroups, in any text', () => {
    for (const alternation of ALTERNATIONS) {
      for (const depth of [1, 2, 3]) {
        const plain = new RegExp(`(?:${alternation})`, 'gu');
        const regrouped = new RegExp(`(?:${byFirstCharacters(alternation, depth)})`, 'gu');
        fc.assert(fc.property(texts(alternation), (text) => assert.deepEqual(matches(regrouped, text), matches(plain, text))));
      }
    }
  });

  it('gives the plain text each word must hold, or none when a word holds no certain piece', () => {
    assert.deepEqual(piecesOf(String.raw`Inc\.?|Corp\.|[Ss]huttle|Sdn[ \t]+Bhd|Euro 20\d\d`), ['Inc', 'Corp.', 'huttle', 'Sdn', 'Euro 20']);
    assert.equal(piecesOf(String.raw`ab|\d+`), null);
    assert.equal(piecesOf('a{2}'), null);
  });

  it('never passes over a text the pattern matches in', () => {
    for (const alternation of ALTERNATIONS) {
      const pattern = new RegExp(`(?:${alternation})`, 'u');
      const pieces = piecesOf(alternation);
      fc.assert(fc.property(texts(alternation), (text) => !pattern.test(text) || mayMatch(text, pieces)));
    }
  });
});
