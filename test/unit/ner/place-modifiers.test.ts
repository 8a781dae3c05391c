import * as assert from 'node:assert/strict';
import { withoutModifierLeads } from '../../../src/core/ner/modifier-leads';
import { withoutPlaceModifiers } from '../../../src/core/ner/place-modifiers';
import { showSpans, spanAt } from '../helpers/spans';

describe('places inside compound adjectives', () => {
  it('drops the first word of a place hyphened to a modifier', () => {
    const text = 'A San Diego-based lab and a Hong Kong-born banker met in San Diego.';
    const spans = [spanAt(text, 'San', 'place'), spanAt(text, 'Hong', 'place'), spanAt(text, 'San Diego', 'place', 1)];
    assert.deepEqual(showSpans(text, withoutPlaceModifiers(text, spans)), ['place:San Diego']);
  });

  it('keeps a place before another name with a hyphen that is no modifier', () => {
    const text = 'Flights from Lagos Murtala-Muhammed resumed; in Paris Saint-Germain fans sang.';
    const spans = [spanAt(text, 'Lagos', 'place'), spanAt(text, 'Paris', 'place')];
    assert.deepEqual(showSpans(text, withoutPlaceModifiers(text, spans)), ['place:Lagos', 'place:Paris']);
  });

  it('starts a name after a compound adjective the model took into it', () => {
    const text = 'a researcher at the Geneva-based International Water Forum and a Tel Aviv-born Mayor Dan.';
    const spans = [spanAt(text, 'Geneva-based International Water Forum', 'organization'), spanAt(text, 'Aviv-born Mayor Dan', 'person')];
    assert.deepEqual(showSpans(text, withoutModifierLeads(text, spans)), ['organization:International Water Forum', 'person:Mayor Dan']);
  });

  it('keeps a hyphened name that is no compound adjective', () => {
    const text = 'Alsace-Lorraine Railways and Saint-Etienne Metropole met.';
    const spans = [spanAt(text, 'Alsace-Lorraine Railways', 'organization'), spanAt(text, 'Saint-Etienne Metropole', 'organization')];
    assert.deepEqual(withoutModifierLeads(text, spans), spans);
  });

  it('hands the spans on as they are when no place is hyphened to a modifier', () => {
    const text = 'The Oslo team flew from Bergen to Tromsø-born relatives.';
    const spans = [spanAt(text, 'Oslo', 'place'), spanAt(text, 'Bergen', 'place')];
    assert.equal(withoutPlaceModifiers(text, spans), spans);
  });
});
