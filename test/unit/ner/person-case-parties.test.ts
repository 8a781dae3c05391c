import * as assert from 'node:assert/strict';
import { withCaseParties } from '../../../src/core/ner/person-case-parties';
import { showSpans, spanAt } from '../helpers/spans';

const listedPlace = (name: string): boolean => ['England', 'India', 'Marchetti'].includes(name);

describe('the parties of a case name "A v. B"', () => {
  it('makes a one-word party a person, whether the model typed it a place or missed it', () => {
    const text = 'The court ruled in Marchetti v. Northwind Freight Co. that drivers are exempt, as in Globex Corp. v. Halloran last year.';
    const spans = [spanAt(text, 'Marchetti', 'place'), spanAt(text, 'Northwind Freight Co.', 'organization'), spanAt(text, 'Globex Corp.', 'organization')];
    assert.deepEqual(showSpans(text, withCaseParties(text, spans, listedPlace)), ['person:Marchetti', 'organization:Northwind Freight Co.', 'organization:Globex Corp.', 'person:Halloran']);
  });

  it('leaves organisations, listed places and parties of several words', () => {
    const text = 'Fans watched England v. India at Lord\'s. The case Pratt v. Board of Regents went on. Acme v. Brandt Holdings settled.';
    const spans = [spanAt(text, 'England', 'place'), spanAt(text, 'India', 'place'), spanAt(text, 'Board of Regents', 'organization'), spanAt(text, 'Acme', 'organization')];
    assert.deepEqual(showSpans(text, withCaseParties(text, spans, listedPlace)), ['place:England', 'place:India', 'person:Pratt', 'organization:Board of Regents', 'organization:Acme']);
  });

  it('returns the spans unchanged in a text without " v. "', () => {
    const text = 'Marchetti went to Rome.';
    const spans = [spanAt(text, 'Marchetti', 'person'), spanAt(text, 'Rome', 'place')];
    assert.equal(withCaseParties(text, spans, listedPlace), spans);
  });
});
