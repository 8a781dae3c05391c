import * as assert from 'node:assert/strict';
import { anyWordStartsWith, spaceLedPositions, indexedWordStarts } from '../../../src/core/ner/word-start-positions';

describe('where words opening with a prefix start', () => {
  it('finds every word opening with the prefix in text order, not the prefix inside a word', () => {
    const text = 'Roads: the road, a roadside stall, railroad yards and (roadworks) on Road 5.';
    assert.deepEqual(indexedWordStarts(text, 'road'), [11, 19, 55]);
    assert.deepEqual(indexedWordStarts(text, 'Road'), [0, 69]);
  });

  it('finds a word after a space only, and a prefix that ends in a space', () => {
    const text = 'Born in Leeds,\tin May; living in Hull (in part).';
    assert.deepEqual(spaceLedPositions(text, ' in '), [4, 29]);
    assert.deepEqual(indexedWordStarts(text, 'in '), [5, 15, 30, 39]);
  });

  it('finds words opening with a letter beyond ASCII', () => {
    const text = 'Über alles, über Ürümqi.';
    assert.deepEqual(indexedWordStarts(text, 'übe'), [12]);
  });

  it('tells whether any word opens with one of several prefixes', () => {
    const text = 'FarNorth winds (Southern gales).';
    assert.ok(anyWordStartsWith(text, ['East', 'South']));
    assert.ok(!anyWordStartsWith(text, ['North', 'West']));
    assert.ok(!anyWordStartsWith('', ['North']));
  });

  it('refuses a prefix it cannot read from the index', () => {
    assert.throws(() => indexedWordStarts('a b', 'in'));
    assert.throws(() => indexedWordStarts('a 12th b', '12t'));
    assert.throws(() => spaceLedPositions('a road', 'road'));
    assert.throws(() => anyWordStartsWith('a road', ['ro']));
  });
});
