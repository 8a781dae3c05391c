import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withCarriers } from '../../../src/core/ner/org-carriers';

const isPlace = (name: string) => name === 'Moldova';

describe('railway companies and countries\' airlines', () => {
  it('types a name ending in "Railway" or "Railways" as the company', () => {
    const text = 'Freight on Tajik Railway fell, and Kenya Railways said the Railway Museum and Victoria Railway Station stayed open.';
    const spans = withCarriers(text, [spanAt(text, 'Tajik Railway', 'place'), spanAt(text, 'Kenya Railways', 'place'), spanAt(text, 'Victoria Railway', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Tajik Railway', 'organization:Kenya Railways', 'place:Victoria Railway']);
  });

  it('makes "Air" and a country after it the airline, whatever the model found in the country', () => {
    const text = "Air Côte d'Ivoire and Air Moldova flew, while Air Marshal Dunne and the Air Quality Board spoke.";
    const spans = withCarriers(text, [spanAt(text, "Côte d'Ivoire", 'person'), spanAt(text, 'Moldova', 'place'), spanAt(text, 'Marshal Dunne', 'person'), spanAt(text, 'Air Quality Board', 'organization')], isPlace);
    assert.deepEqual(showSpans(text, spans), ["organization:Air Côte d'Ivoire", 'organization:Air Moldova', 'person:Marshal Dunne', 'organization:Air Quality Board']);
  });

  it('types a span of "Air" and one word read as a person or a place as an airline, but not a rank', () => {
    const text = 'Air Nordic added flights and Air Lagoon cut two, said Air Marshal and Air Commodore Ann Lee.';
    const spans = [spanAt(text, 'Air Nordic', 'person'), spanAt(text, 'Air Lagoon', 'place'), spanAt(text, 'Air Marshal', 'person'), spanAt(text, 'Air Commodore Ann Lee', 'person')];
    assert.deepEqual(showSpans(text, withCarriers(text, spans, isPlace)), ['organization:Air Nordic', 'organization:Air Lagoon', 'person:Air Marshal', 'person:Air Commodore Ann Lee']);
  });

  it('leaves text without either word', () => {
    const text = 'The rail line to Chisinau reopened.';
    assert.deepEqual(showSpans(text, withCarriers(text, [spanAt(text, 'Chisinau', 'place')], isPlace)), ['place:Chisinau']);
  });

  it("adds a nation's railway the model found nothing of, but not a station or a railway in a longer word", () => {
    const text = 'Norlandic Railway cut trains; a Norlandic Railway Station shut; the Keldish.Railway site; Norland Railways said so.';
    const isNorland = (name: string) => name === 'Norlandic' || name === 'Norland';
    assert.deepEqual(showSpans(text, withCarriers(text, [], isNorland)), ['organization:Norlandic Railway', 'organization:Norland Railways']);
  });
});
