import * as assert from 'node:assert/strict';
import { withSpeakers } from '../../../src/core/ner/person-speakers';
import { showSpans, spanAt } from '../helpers/spans';

const LISTED = new Set(['Moscow', 'Halvorsen Partners']);
const isListed = (name: string) => LISTED.has(name);

describe('speakers before a reporting verb', () => {
  it('adds a name of two words the model missed before "said" or "called", after a possessive or a lower-case word', () => {
    const text = 'The party’s Liesel Krautwaß called the result fair. Later, the mayor Joe Bloggs-Fennimore said no.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], isListed)), ['person:Liesel Krautwaß', 'person:Joe Bloggs-Fennimore']);
  });

  it('leaves headings, function, title and organisation words, listed names and one word alone', () => {
    const text = 'Quarterly Results From Northern Region Said Little\nThe Minister said so. Halvorsen Partners said yes. the Water Agency said no. then Kowalczyk said it. A bank in eastern Vernham, said it would. Floods in Nether Wallop said much.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], isListed)), []);
  });

  it('makes an unlisted place that speaks a person in every mention, but not a listed one', () => {
    const text = 'Vernham said it was late. Moscow said no. Ask Vernham again, in Moscow.';
    const spans = [spanAt(text, 'Vernham', 'place'), spanAt(text, 'Moscow', 'place'), spanAt(text, 'Vernham', 'place', 1), spanAt(text, 'Moscow', 'place', 1)];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)), ['person:Vernham', 'place:Moscow', 'person:Vernham', 'place:Moscow']);
  });

  it('handles empty text, a verb at the start and emoji', () => {
    assert.deepEqual(withSpeakers('', [], isListed), []);
    assert.deepEqual(withSpeakers(' said 😬', [], isListed), []);
  });
});
