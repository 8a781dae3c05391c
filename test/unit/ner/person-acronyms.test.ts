import * as assert from 'node:assert/strict';
import { withoutAcronymPeople } from '../../../src/core/ner/person-acronyms';
import { showSpans, spanAt } from '../helpers/spans';

describe('initials read as a person that the article shows to be a body', () => {
  it('makes every mention an organisation when the initials are defined in brackets', () => {
    const text = 'Société Nationale des Eaux (SNE) said supply would resume. Later SNE says SNE lacks fuel.';
    const spans = withoutAcronymPeople(text, [spanAt(text, 'SNE', 'person', 1), spanAt(text, 'SNE', 'person', 2)]);
    assert.deepEqual(showSpans(text, spans), ['organization:SNE', 'organization:SNE']);
  });

  it('follows a mention the model typed as an organisation', () => {
    const text = 'KPL cut power. Officials say KPL owes money.';
    assert.deepEqual(showSpans(text, withoutAcronymPeople(text, [spanAt(text, 'KPL', 'person'), spanAt(text, 'KPL', 'organization', 1)])), ['organization:KPL', 'organization:KPL']);
  });

  it('leaves initials with no such evidence, and words of a longer person name', () => {
    const text = 'JFK spoke in Dallas. AJ said AJ Odudu (AJ) would host.';
    const spans = [spanAt(text, 'JFK', 'person'), spanAt(text, 'AJ', 'person'), spanAt(text, 'AJ Odudu', 'person')];
    assert.deepEqual(showSpans(text, withoutAcronymPeople(text, spans)), showSpans(text, spans));
  });
});
