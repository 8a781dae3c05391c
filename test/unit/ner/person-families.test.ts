import * as assert from 'node:assert/strict';
import { withFamilyNames } from '../../../src/core/ner/person-families';
import { showSpans, spanAt } from '../helpers/spans';

describe('a family named for its members', () => {
  it('adds the surname of "the ... family" as a person', () => {
    const text = 'The chain, owned by the Oyelowo-Banks family, and the Tanaka family’s trust agreed.';
    assert.deepEqual(showSpans(text, withFamilyNames(text, [])), ['person:Oyelowo-Banks', 'person:Tanaka']);
  });

  it('leaves descriptions, places, spans already found and a family without "the"', () => {
    const text = 'The Royal family and the Kenya family courts; the Smith family; a Jones family home.';
    const spans = [spanAt(text, 'Smith', 'organization')];
    assert.deepEqual(showSpans(text, withFamilyNames(text, spans)), ['organization:Smith']);
  });
});
