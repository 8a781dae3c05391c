import * as assert from 'node:assert/strict';
import { withNativeCountryNames } from '../../../src/core/ner/national-native-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('organisations named with a country’s own name', () => {
  it('reads capitalised words before a country’s own name as one organisation, over a place the model found', () => {
    const text = 'Talks with Fiskeri Norge broke down, and Poczta Polska said Sverige would follow.';
    const spans = [spanAt(text, 'Norge', 'place'), spanAt(text, 'Poczta', 'person')];
    assert.deepEqual(showSpans(text, withNativeCountryNames(text, spans)), ['organization:Fiskeri Norge', 'organization:Poczta Polska']);
  });

  it('reads a particle between a name and a country’s own name as part of it', () => {
    const text = 'Loans from Banco do Brasil and a berth for Tervana de Moçambique were agreed with Kelto Hellas.';
    const spans = [spanAt(text, 'Brasil', 'place'), spanAt(text, 'Moçambique', 'organization')];
    assert.deepEqual(showSpans(text, withNativeCountryNames(text, spans)), ['organization:Banco do Brasil', 'organization:Tervana de Moçambique', 'organization:Kelto Hellas']);
  });

  it('leaves a region written with a hyphen, a function word before the name and English country names', () => {
    const text = 'Storms hit Nord-Norge. In Norge the talks go on; Fiskeri Norway agreed.';
    const spans = [spanAt(text, 'Nord-Norge', 'place')];
    assert.deepEqual(showSpans(text, withNativeCountryNames(text, spans)), ['place:Nord-Norge']);
  });

  it('handles empty text, CRLF and emoji', () => {
    assert.deepEqual(withNativeCountryNames('', []), []);
    const text = '🛢️ Offshore Norge\r\nsaid no.';
    assert.deepEqual(showSpans(text, withNativeCountryNames(text, [])), ['organization:Offshore Norge']);
  });
});
