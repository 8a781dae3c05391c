import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { NamedSpan } from '../../../src/core/ner/index';
import { withBrands } from '../../../src/core/ner/org-brands';
import { withCompanyCues } from '../../../src/core/ner/org-company-cues';
import { withGroupCompanies } from '../../../src/core/ner/org-company-groups';
import { withoutLeadWords } from '../../../src/core/ner/org-company-lead-words';
import { withCompanyShortForms } from '../../../src/core/ner/org-company-short-forms';
import { withStoreNames } from '../../../src/core/ner/org-company-store-names';
import { withTradeNames } from '../../../src/core/ner/org-company-trade-words';
import { showSpans } from '../helpers/spans';

const RULES: Array<[string, (text: string, spans: readonly NamedSpan[]) => NamedSpan[]]> = [
  ['brands', withBrands],
  ['cues', withCompanyCues],
  ['group letters', withGroupCompanies],
  ['lead words', withoutLeadWords],
  ['short forms', withCompanyShortForms],
  ['store names', withStoreNames],
  ['trade words', withTradeNames],
];

/** Words the rules look for, and the awkward characters of real pages. */
const WORDS = ['Nvidia', 'X', 'on', 'posted', 'LG', 'SK', 'On', 'Energy', 'Solution', 'Harlow', 'Brands', 'shares', 'Media', 'TV', 'Australia', 'Rivals', "Tesco's", 'and', ',', '.', 'the', 'firm', 'including', 'companies', '\r\n', '\n', '\uFEFF', '😀', 'Ünver', '|', 'Share', 'said'];

/** Spans over every capitalised word of `text`, typed in turn: what a model might give. */
function someSpans(text: string): NamedSpan[] {
  const types: Array<NamedSpan['type']> = ['person', 'place', 'organization'];
  return [...text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((m, k) => ({ type: types[k % 3], start: m.index, end: m.index + m[0].length }));
}

describe('the company rules on any text', () => {
  for (const [name, rule] of RULES) {
    it(`${name}: returns sorted spans apart from each other, inside the text`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.constantFrom(' ', '  ', '\t'), (words, gap) => {
          const text = words.join(gap);
          const out = rule(text, someSpans(text));
          for (const [k, s] of out.entries()) {
            assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${name}: ${JSON.stringify(text)} ${s.start}-${s.end}`);
            if (k > 0) assert.ok(out[k - 1].end <= s.start, `${name}: ${JSON.stringify(showSpans(text, out))}`);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('finds names in text with a byte order mark, CRLF line ends and emoji', () => {
    const text = '\uFEFFShares of LG Chem fell 😀\r\nShe posted on X.\r\nChips for Nvidia 🚀 and Heron TV rose.';
    let spans = withBrands(text, []);
    const letters: NamedSpan = { type: 'organization', start: text.indexOf('LG'), end: text.indexOf('LG') + 2 };
    spans = withTradeNames(text, withGroupCompanies(text, [...spans, letters].sort((a, b) => a.start - b.start)));
    assert.deepEqual(showSpans(text, spans), ['organization:LG Chem', 'organization:X', 'organization:Nvidia', 'organization:Heron TV']);
  });

  it('reads a long text with thousands of names', () => {
    const text = 'Rivals Vestas and LG Chem rose. Kestrel TV fell, and Harlow Brands said Harlow shares held. '.repeat(3000);
    // What a model might give: the group's letters, the company's full name, its short form as a place.
    let spans: NamedSpan[] = [...text.matchAll(/LG|Harlow Brands|Harlow(?= shares)/gu)].map((m) => ({ type: m[0] === 'Harlow' ? 'place' : 'organization', start: m.index, end: m.index + m[0].length }));
    for (const [, rule] of RULES) spans = rule(text, spans);
    const count = (name: string) => spans.filter((s) => s.type === 'organization' && text.slice(s.start, s.end) === name).length;
    assert.deepEqual([count('LG Chem'), count('Kestrel TV'), count('Harlow')], [3000, 3000, 3000]);
  });
});
