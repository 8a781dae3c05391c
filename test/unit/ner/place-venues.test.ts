import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withVenuePlaces } from '../../../src/core/ner/place-venues';

describe('places named by where something happens in them', () => {
  it('types a building one stands in front of as a place', () => {
    const text = 'Farmers protested in front of the Grand Exchange Hall on Monday.';
    assert.deepEqual(showSpans(text, withVenuePlaces(text, [spanAt(text, 'Grand Exchange Hall', 'organization')])), ['place:Grand Exchange Hall']);
  });

  it('adds the quarter an owner\'s office stands in, and retypes it from a person', () => {
    const text = "He spoke at the union's Motijheel office. The bank moved its Gulshan headquarters.";
    const spans = withVenuePlaces(text, [spanAt(text, 'Gulshan', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['place:Motijheel', 'place:Gulshan']);
  });

  it('reads "in front of" and "the" parted by a tab, premises at the text\'s end and a plural, and no "front" or "office" inside a word', () => {
    const text = "Crowds gathered in front of\tthe Civic Tower, then at the firm's Tema offices and its Kumasi branchline, near their Accra factory";
    const spans = [spanAt(text, 'Civic Tower', 'organization')];
    assert.deepEqual(showSpans(text, withVenuePlaces(text, spans)), ['place:Civic Tower', 'place:Tema', 'place:Accra']);
    const none = 'The storefront of Civic Tower and its Kumasi backoffice.';
    assert.deepEqual(showSpans(none, withVenuePlaces(none, [spanAt(none, 'Civic Tower', 'organization')])), ['organization:Civic Tower']);
  });

  it('leaves an office named after no owner, an organisation\'s word and an organisation elsewhere', () => {
    const text = 'The Foreign office said so. Its Press office replied. He met the Ministry of Health outside.';
    const spans = [spanAt(text, 'Ministry of Health', 'organization')];
    assert.deepEqual(showSpans(text, withVenuePlaces(text, spans)), ['organization:Ministry of Health']);
  });
});
