import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withUtilityNames } from '../../../src/core/ner/org-utility-names';

const isPlace = (name: string) => name === 'Energodar';

describe("utilities named by a blend with a utility's stem", () => {
  it('finds the blends as companies, over a place the model found', () => {
    const text = 'The trader Energocomert bought power from Moldelectrica, and Belenergo and Transgaz agreed.';
    const spans = withUtilityNames(text, [spanAt(text, 'Belenergo', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Energocomert', 'organization:Moldelectrica', 'organization:Belenergo', 'organization:Transgaz']);
  });

  it('leaves listed places, a place after a word of place, capitals, short words and longer names', () => {
    const text = 'The plant in Energodar and the town in Nergovo; ENERGO, Gaz, Gaza and Electrica-2 and Vostokenergo Holding.';
    const spans = withUtilityNames(text, [spanAt(text, 'Energodar', 'place'), spanAt(text, 'Nergovo', 'place'), spanAt(text, 'Vostokenergo Holding', 'organization')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['place:Energodar', 'place:Nergovo', 'organization:Vostokenergo Holding']);
    assert.deepEqual(withUtilityNames('', [], isPlace), []);
  });
});
