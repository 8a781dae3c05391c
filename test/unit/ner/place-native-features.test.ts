import * as assert from 'node:assert/strict';
import { withNativeFeatures } from '../../../src/core/ner/place-native-features';
import { showSpans, spanAt } from '../helpers/spans';

describe('places named with a lower-case feature word of their own language', () => {
  it('puts the name in whole over the first word the model found, and adds one it missed', () => {
    const text = 'Rangers moved to Kamenská dolina on Monday; trails around the Zelené pleso lake closed.';
    const spans = [spanAt(text, 'Kamenská', 'place')];
    assert.deepEqual(showSpans(text, withNativeFeatures(text, spans)), ['place:Kamenská dolina', 'place:Zelené pleso']);
  });

  it('keeps a longer name holding it, and reads no lower-case word before the feature', () => {
    const text = 'The Kamenská dolina Trust met. A deep dolina formed where the potokový stream ran.';
    const spans = [spanAt(text, 'Kamenská dolina Trust', 'organization')];
    assert.deepEqual(showSpans(text, withNativeFeatures(text, spans)), ['organization:Kamenská dolina Trust']);
  });
});
