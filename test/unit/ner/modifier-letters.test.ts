import * as assert from 'node:assert/strict';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { foldModifierApostrophes, isModifierApostrophe } from '../../../src/core/ner/modifier-letters';

const tagger = loadDefaultTagger();
const find = (text: string) => tagger.find(text, [{ start: 0, end: text.length }]).map((s) => [s.type, text.slice(s.start, s.end)]);

describe('modifier apostrophes inside names', () => {
  it('tells the ʻokina, ʼ and ʿ from the ASCII apostrophe and other letters', () => {
    for (const ch of ['ʻ', 'ʼ', 'ʿ', 'ʾ']) assert.ok(isModifierApostrophe(ch.charCodeAt(0)), ch);
    for (const ch of ["'", '’', 'a', 'ā', '-']) assert.ok(!isModifierApostrophe(ch.charCodeAt(0)), ch);
  });

  it('folds a word to the form without them, and leaves other words as they are', () => {
    assert.equal(foldModifierApostrophes('Kaʻaiʻai-Souza'), 'Kaaiai-Souza');
    assert.equal(foldModifierApostrophes('Saʿid'), 'Said');
    assert.equal(foldModifierApostrophes("O'Neill"), "O'Neill");
    assert.equal(foldModifierApostrophes('Lāʻau'), 'Lāau');
    assert.equal(foldModifierApostrophes('ʻ'), 'ʻ');
  });

  it('finds whole island and town names written with the ʻokina', () => {
    const spans = find('The ferry ran from Lānaʻi to Kauaʻi and back, the longest route in Hawaiʻi.');
    assert.deepEqual(spans, [
      ['place', 'Lānaʻi'],
      ['place', 'Kauaʻi'],
      ['place', 'Hawaiʻi'],
    ]);
    assert.deepEqual(find('Families in ʻEwa Beach lost power on Tuesday night.'), [['place', 'ʻEwa Beach']]);
  });

  it('keeps a person or an organisation whole across the letter', () => {
    assert.deepEqual(find('Kaʻiulani Akana, 34, said the reef had gone white.'), [['person', 'Kaʻiulani Akana']]);
    assert.deepEqual(find('The Molokaʻi Land Trust bought the old ranch.'), [['organization', 'Molokaʻi Land Trust']]);
  });

  it('reads transliterations written with ʿ and ʻ as names', () => {
    assert.deepEqual(find('She grew up in Oʻzbekiston and moved to Riyadh.'), [
      ['place', 'Oʻzbekiston'],
      ['place', 'Riyadh'],
    ]);
  });
});
