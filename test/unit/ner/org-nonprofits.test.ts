import * as assert from 'node:assert/strict';
import { withNonprofits } from '../../../src/core/ner/org-nonprofits';
import { showSpans, spanAt } from '../helpers/spans';

describe('charities named after their noun', () => {
  it('makes the capitalised words after "non-profit", "charity" or "NGO" an organisation, over a person or a place found in them', () => {
    const text = 'Clinics are run by the non-profit Manos Unidas en Salud, and the charity Harbour Light’s volunteers help; the NGO Quinta Verde agreed.';
    const spans = [spanAt(text, 'Manos Unidas', 'person'), spanAt(text, 'Quinta Verde', 'place')];
    assert.deepEqual(showSpans(text, withNonprofits(text, spans)), ['organization:Manos Unidas en Salud', 'organization:Harbour Light', 'organization:Quinta Verde']);
  });

  it("reads a later word's possessive as the owner of the list's next name, and leaves the name's own possessive out", () => {
    const text = "It was backed by the NGO Riverkeep and Norway's Elvevakt, and the charity Tidewater's staff.";
    const spans = [spanAt(text, 'Norway', 'place')];
    assert.deepEqual(showSpans(text, withNonprofits(text, spans)), ['organization:Riverkeep', 'place:Norway', 'organization:Elvevakt', 'organization:Tidewater']);
  });

  it('leaves the noun in lower-case company, and a span reaching out of the name', () => {
    const text = 'The charity said the nonprofit sector grew, as gifts to charity In May showed; a charity Gala Night was held.';
    const spans = [spanAt(text, 'Gala Night was', 'organization')];
    assert.deepEqual(showSpans(text, withNonprofits(text, spans)), ['organization:Gala Night was']);
  });

  it('makes the name after "the group" or "the collective" an organisation, over the place found in it, but not a day or a function word', () => {
    const text = 'Volunteers from the group Madres Unidas de Sonora searched; the collective Luz del Norte helped. The group Saturday said no more.';
    const spans = [spanAt(text, 'Sonora', 'place')];
    assert.deepEqual(showSpans(text, withNonprofits(text, spans)), ['organization:Madres Unidas de Sonora', 'organization:Luz del Norte']);
  });
});
