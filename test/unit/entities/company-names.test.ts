import * as assert from 'node:assert/strict';
import { companyShortNames } from '../../../src/core/entities/company-names';
import { linkCanonicalNames } from '../../../src/core/entities/link-canonical';
import type { Entity } from '../../../src/core/model/types';

const org = (text: string, start = 0): Entity => ({ type: 'organization', text, start, end: start + text.length, canonical: text });

describe('company short names', () => {
  it('cuts closing company words, several in a row too', () => {
    const names = companyShortNames([org('Brightwater Ferries'), org('Tui Travel Group Ltd'), org('Harbour Water Board')], new Map());
    assert.deepEqual([...names], [['Brightwater', 'Brightwater Ferries'], ['Tui Travel', 'Tui Travel Group Ltd']]);
  });

  it('leaves out a short name two companies share', () => {
    assert.deepEqual([...companyShortNames([org('Acme Ltd'), org('Acme Airlines')], new Map())], []);
  });

  it('links the short name of an organisation to the full company name of the same article', () => {
    const text = 'Brightwater Ferries said sailings would resume. Brightwater runs nine ships; Yukon Energy and Yukon agreed.';
    const mention = (name: string, type: Entity['type'], from = 0): Entity => ({ ...org(name, text.indexOf(name, from)), type });
    const linked = linkCanonicalNames([mention('Brightwater Ferries', 'organization'), mention('Brightwater', 'organization', 30), mention('Yukon Energy', 'organization'), mention('Yukon', 'organization', 90)], { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Brightwater Ferries', 'Brightwater Ferries', 'Yukon Energy', 'Yukon']);
  });
});
