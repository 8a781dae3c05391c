import * as assert from 'node:assert/strict';
import { isMixedCaseAcronym, spelledOutBefore, spellsAcronym } from '../../../src/core/entities/acronyms-in-text';
import { linkCanonicalNames } from '../../../src/core/entities/link-canonical';
import { mentions } from '../helpers/mentions';

describe('acronyms spelled out in the text', () => {
  it('tells mixed-case acronyms from ordinary names', () => {
    assert.deepEqual(['TfL', 'AfDB', 'DoDMA', 'BoE'].map(isMixedCaseAcronym), [true, true, true, true]);
    assert.deepEqual(['Putin', 'McDonald', 'iPhone', 'EU', 'Transport'].map(isMixedCaseAcronym), [false, false, false, false, false]);
  });

  it('spells an acronym with particles, accents and mixed case', () => {
    assert.equal(spellsAcronym(['Société', 'des', 'Eaux'], 'SDE'), true);
    assert.equal(spellsAcronym(['Bank', 'of', 'England'], 'BoE'), true);
    assert.equal(spellsAcronym(['Asian', 'Infrastructure', 'Bank'], 'AsIB'), true);
    assert.equal(spellsAcronym(['Bank', 'of', 'England'], 'BEX'), false);
  });

  it('reads the full name back from "(ACRONYM)", stopping at the words before it', () => {
    assert.equal(spelledOutBefore('ÉDF', 'On Monday the utility Énergie de France (ÉDF) said no.'), 'Énergie de France');
    assert.equal(spelledOutBefore('SDE', 'Officials said. Société des Eaux (SDE) agreed.'), 'Société des Eaux');
    assert.equal(spelledOutBefore('KLP', 'The union said, (KLP) disagreed.'), undefined);
    assert.equal(spelledOutBefore('ZZT', 'The Zonal Transit Board (ZZT) met.'), undefined);
  });

  it('links an acronym to the full name the text spells out when the full name is no mention', () => {
    const text = 'Water cuts hit Harbourville.\nSociété des Eaux du Nord (SEN) said supply would return. SEN engineers worked overnight.';
    const linked = linkCanonicalNames(mentions(text, [['Harbourville', 'place'], ['SEN', 'organization'], ['SEN', 'person']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Harbourville', 'Société des Eaux du Nord', 'Société des Eaux du Nord']);
  });

  it('links a mixed-case acronym to the name it is defined after', () => {
    const text = 'Bank of England (BoE) officials met. The BoE said rates would hold.';
    const linked = linkCanonicalNames(mentions(text, [['Bank of England', 'organization'], ['BoE', 'organization'], ['BoE', 'organization']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Bank of England', 'Bank of England', 'Bank of England']);
  });

  it('leaves an acronym no bracket defines as written', () => {
    const text = 'The NLR Group met the union. NLR said talks went well.';
    const linked = linkCanonicalNames(mentions(text, [['NLR', 'organization']]), { text });
    assert.equal(linked[0].canonical, 'NLR');
  });
});
