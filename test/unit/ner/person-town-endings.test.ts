import * as assert from 'node:assert/strict';
import { withoutTownEndedPeople } from '../../../src/core/ner/person-town-endings';
import { showSpans, spanAt } from '../helpers/spans';

describe('a "person" ending in a town the article places elsewhere', () => {
  it('makes a name of three words ending in a cued town an organisation', () => {
    const text = 'Farmers in Kovilje lost half the crop. The largest buyer, Bela Zora Kovilje, paid less.';
    const spans = withoutTownEndedPeople(text, [spanAt(text, 'Kovilje', 'place'), spanAt(text, 'Bela Zora Kovilje', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['place:Kovilje', 'organization:Bela Zora Kovilje']);
  });

  it('leaves a person cued at one mention, two-word names, and towns without a word of place before', () => {
    const text = 'Snow fell in Lindon. Mary Anne Lindon said the roads shut. Tom Lindon agreed. Visit Harwich; Ana Maria Harwich won.';
    const spans = [spanAt(text, 'Lindon', 'place'), spanAt(text, 'Mary Anne Lindon', 'person'), spanAt(text, 'Tom Lindon', 'person'), spanAt(text, 'Harwich', 'place'), spanAt(text, 'Ana Maria Harwich', 'person')];
    assert.deepEqual(showSpans(text, withoutTownEndedPeople(text, spans)), showSpans(text, spans));
  });
});
