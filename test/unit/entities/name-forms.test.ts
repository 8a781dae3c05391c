import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { initials, isAcronym, isAllCaps, startsWithInitials, withoutPossessive } from '../../../src/core/entities/name-forms';

/** Pieces of names: letters of both cases in and beyond ASCII, apostrophes, every kind of space. */
const PIECES = ['A', 'z', 'Q', 'é', 'É', 'ß', 'Ø', '1', '.', '-', "'", '’', 's', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'ǅ', 'ª'];
/** Pieces of acronyms and names: capitals (one beyond the BMP), dots, digits, "&", lower case. */
const ACRONYM_PIECES = ['A', 'N', 'Z', 'É', '\u{1D400}', '.', '7', '&', 'a', 'z', 'é', ' ', '-'];
const acronymLike = fc.array(fc.constantFrom(...ACRONYM_PIECES), { maxLength: 18 }).map((parts) => parts.join(''));
const names = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('name forms', () => {
  it('drop a possessive and mend spaces as the patterns do, for any name', () => {
    fc.assert(
      fc.property(names, (name) => assert.equal(withoutPossessive(name), name.replace(/['’]s?$/u, '').replace(/\s+/gu, ' ').trim())),
      { numRuns: 3000 },
    );
  });

  it('keep a name with no apostrophe and single spaces as it is', () => {
    assert.equal(withoutPossessive('Nikol Pashinyan'), 'Nikol Pashinyan');
    assert.equal(withoutPossessive("Pashinyan's"), 'Pashinyan');
    assert.equal(withoutPossessive(' Nikol  Pashinyan\u00a0'), 'Nikol Pashinyan');
  });

  it('tell a name in capitals as the letter patterns do, for any name', () => {
    fc.assert(
      fc.property(names, (name) => assert.equal(isAllCaps(name), /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name))),
      { numRuns: 3000 },
    );
  });

  it('read capitals in and beyond ASCII', () => {
    assert.equal(isAllCaps('YEREVAN'), true);
    assert.equal(isAllCaps('SÃO PAULO'), true);
    assert.equal(isAllCaps('São Paulo'), false);
    assert.equal(isAllCaps('U.N.'), true);
    assert.equal(isAllCaps('2024'), false);
  });

  it('tell an acronym as its pattern does, for any name', () => {
    const pattern = /^(?:\p{Lu}\.?){2,8}$|^\p{Lu}[\p{Lu}\d&]{1,7}$/u;
    fc.assert(
      fc.property(acronymLike, (name) => assert.equal(isAcronym(name), pattern.test(name))),
      { numRuns: 5000 },
    );
  });

  it('read acronyms and names', () => {
    assert.equal(isAcronym('CSTO'), true);
    assert.equal(isAcronym('U.N.'), true);
    assert.equal(isAcronym('G7'), true);
    assert.equal(isAcronym('Putin'), false);
    assert.equal(isAcronym('A'), false);
    assert.equal(isAcronym(''), false);
  });

  it('take the initials of a name as splitting it into words does, for any name', () => {
    const particles = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'da', 'do', 'dos', 'la', 'le', 'du', 'del', 'von', 'van', 'der', 'den', 'al', 'au', 'aux', 'et']);
    const bySplitting = (name: string): string | null => {
      const words = name.split(/[\s-]+/u).filter((w) => w && !particles.has(w.toLowerCase()));
      return words.length < 2 ? null : words.map((w) => w[0]).join('').toUpperCase();
    };
    const pieces = fc.constantFrom('Bank', 'of', 'OF', 'the', 'Dos', 'İn', 'ß', 'é', 'x', ' ', '  ', '-', '\u00a0', '\n', '\u{1D400}');
    const withParticles = fc.array(pieces, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(withParticles, names), (name) => assert.equal(initials(name), bySplitting(name))), { numRuns: 5000 });
  });

  it('spell the initials of an organisation without its particles', () => {
    assert.equal(initials('Collective Security Treaty Organization'), 'CSTO');
    assert.equal(initials('Bank of England'), 'BE');
    assert.equal(initials('Rolls-Royce'), 'RR');
    assert.equal(initials('Reuters'), null);
  });

  it('tells a name that starts with initials from one that starts with a given name', () => {
    assert.equal(startsWithInitials('D. Ganbold'), true);
    assert.equal(startsWithInitials('J.K. Wekesa'), true);
    assert.equal(startsWithInitials('D Ganbold'), true);
    assert.equal(startsWithInitials('\u{1D403}. Ganbold'), true);
    assert.equal(startsWithInitials('Dashdondogiin Ganbold'), false);
    assert.equal(startsWithInitials('DJ Ganbold'), false);
    assert.equal(startsWithInitials('D. J.'), false);
    assert.equal(startsWithInitials('D.'), false);
  });
});
