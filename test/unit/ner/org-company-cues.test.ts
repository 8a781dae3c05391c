import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withCompanyCues } from '../../../src/core/ner/org-company-cues';

describe('companies named like people, told by their cues', () => {
  it('types a name after a financial job and "at", or before its shares, as an organisation', () => {
    const text = 'Ravi Shah, a fund manager at Murray Lennox, said Dunbar Reid\'s shares were cheap. Dunbar Reid walked home.';
    const spans = withCompanyCues(text, [spanAt(text, 'Ravi Shah', 'person'), spanAt(text, 'Murray Lennox', 'person'), spanAt(text, 'Dunbar Reid', 'person'), spanAt(text, 'Dunbar Reid', 'person', 1)]);
    assert.deepEqual(showSpans(text, spans), ['person:Ravi Shah', 'organization:Murray Lennox', 'organization:Dunbar Reid', 'person:Dunbar Reid']);
  });

  it("types and finds the names of a list of investors that holds a company's name", () => {
    const text = 'Its largest shareholders, Fraser Moncrieff and Abbot & Lyle, backed the deal.';
    const spans = withCompanyCues(text, [spanAt(text, 'Fraser Moncrieff', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Fraser Moncrieff', 'organization:Abbot & Lyle']);
  });

  it('leaves a list of investors with no company among them', () => {
    const text = 'Famous investors, Hettie Moss and Carl Brandt, met.';
    const spans = [spanAt(text, 'Hettie Moss', 'person'), spanAt(text, 'Carl Brandt', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['person:Hettie Moss', 'person:Carl Brandt']);
  });
});
