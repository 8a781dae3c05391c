import * as assert from 'node:assert/strict';
import { namesOfType } from '../../../src/core/ner/names-of-type';
import { spanAt } from '../helpers/spans';

describe('the names of the spans of one type', () => {
  it('lists each name of the type once, in text order, and no other type', () => {
    const text = 'Orla Benn met Tavi in Lusk; Tavi and Orla Benn left Lusk for Cobh.';
    const spans = [spanAt(text, 'Orla Benn', 'person'), spanAt(text, 'Tavi', 'person'), spanAt(text, 'Lusk', 'place'), spanAt(text, 'Cobh', 'place')];
    assert.deepEqual([...namesOfType(text, spans, 'person')], ['Orla Benn', 'Tavi']);
    assert.deepEqual([...namesOfType(text, spans, 'place')], ['Lusk', 'Cobh']);
    assert.equal(namesOfType(text, spans, 'organization').size, 0);
  });

  it('lists only the names of a single word when asked to', () => {
    const text = 'Orla Benn met Tavi; Tavi left.';
    const spans = [spanAt(text, 'Orla Benn', 'person'), spanAt(text, 'Tavi', 'person'), spanAt(text, 'Tavi', 'person', 1)];
    assert.deepEqual([...namesOfType(text, spans, 'person', true)], ['Tavi']);
  });
});
