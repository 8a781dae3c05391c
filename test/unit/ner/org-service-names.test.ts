import * as assert from 'node:assert/strict';
import { withServiceNames } from '../../../src/core/ner/org-service-names';
import { showSpans, spanAt } from '../helpers/spans';

const PLACES = new Set(['Manitoba', 'Norway', 'Québec', 'Jordan', 'London']);
const isPlace = (name: string): boolean => PLACES.has(name);

describe('public services named by their activity and their place', () => {
  it('makes a noun of an activity and a listed place an organisation, not a person', () => {
    const text = 'Élections Manitoba says turnout fell; Statistics Norway and Transports Québec agreed.';
    const spans = [spanAt(text, 'Élections Manitoba', 'person'), spanAt(text, 'Statistics Norway', 'person'), spanAt(text, 'Transports Québec', 'person')];
    assert.deepEqual(showSpans(text, withServiceNames(text, spans, isPlace)), ['organization:Élections Manitoba', 'organization:Statistics Norway', 'organization:Transports Québec']);
  });

  it('leaves people whose surname is a place, and given names ending like such nouns', () => {
    const text = 'Marta Jordan, Clement London and Elections Committee chair Ann Vale spoke.';
    const spans = [spanAt(text, 'Marta Jordan', 'person'), spanAt(text, 'Clement London', 'person'), spanAt(text, 'Ann Vale', 'person')];
    assert.deepEqual(showSpans(text, withServiceNames(text, spans, isPlace)), ['person:Marta Jordan', 'person:Clement London', 'person:Ann Vale']);
  });
});
