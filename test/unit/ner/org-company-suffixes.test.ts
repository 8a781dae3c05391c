import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withCompanySuffixes } from '../../../src/core/ner/org-company-suffixes';

describe("a company's legal form", () => {
  it('takes the full stop of "Inc." into the name inside a sentence, but leaves a sentence\'s last full stop', () => {
    const text = 'Larkspur Mining Inc. said on Monday it would buy Dunmore Ltd. The deal closes in May.';
    const spans = withCompanySuffixes(text, [spanAt(text, 'Larkspur Mining Inc', 'organization'), spanAt(text, 'Dunmore Ltd', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Larkspur Mining Inc.', 'organization:Dunmore Ltd']);
  });

  it('keeps the full stop before a bracketed ticker and before a word that goes on with the name', () => {
    const text = 'Ostrava Foods Corp. (NYSE: OFC) and Ostrava Foods Corp. Reports Results';
    const spans = withCompanySuffixes(text, [spanAt(text, 'Ostrava Foods Corp', 'organization'), spanAt(text, 'Ostrava Foods Corp', 'organization', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Ostrava Foods Corp.', 'organization:Ostrava Foods Corp.']);
  });

  it('takes a legal form after a comma or a space into the name and makes it an organisation', () => {
    const text = 'Tamsin Health Partners, LLC paid Brenner Logistik AG and Fidelis Trust Bank, N.A. last year.';
    const spans = withCompanySuffixes(text, [
      spanAt(text, 'Tamsin Health Partners', 'organization'),
      spanAt(text, 'Brenner Logistik', 'person'),
      spanAt(text, 'Fidelis Trust Bank', 'organization'),
      spanAt(text, 'N.A.', 'place'),
    ]);
    assert.deepEqual(showSpans(text, spans), ['organization:Tamsin Health Partners, LLC', 'organization:Brenner Logistik AG', 'organization:Fidelis Trust Bank, N.A.']);
  });

  it('types a span that already ends in a legal form as an organisation', () => {
    const text = 'Weber Kraft GmbH hired staff.';
    assert.deepEqual(showSpans(text, withCompanySuffixes(text, [spanAt(text, 'Weber Kraft GmbH', 'person')])), ['organization:Weber Kraft GmbH']);
  });

  it('leaves names with no legal form after them, and a legal form at the end of the text', () => {
    const text = 'Maria Costa met Co';
    const spans = [spanAt(text, 'Maria Costa', 'person')];
    assert.deepEqual(showSpans(text, withCompanySuffixes(text, spans)), ['person:Maria Costa']);
    assert.deepEqual(withCompanySuffixes('', []), []);
  });

  it("leaves a place's possessive out of a name read back from its legal form, but keeps a store's own \"'s\"", () => {
    const text = "Norway's Fjell Retail Holdings Corp. bid for it. Dobson's Corp. declined.";
    const spans = withCompanySuffixes(text, [spanAt(text, 'Norway', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Norway', 'organization:Fjell Retail Holdings Corp.', "organization:Dobson's Corp."]);
  });
});

describe('names read back from a legal form', () => {
  it('reads a name back over capitalised words and particles, over a cut or missed one', () => {
    const text = 'Chips from Korea Precision Foundry Co. (KPF) and gold sold to Prata Fina do Xingu DTVM, a dealer, and to Ferri Tessuti Srl. The deal closed.';
    const spans = withCompanySuffixes(text, [spanAt(text, 'Korea', 'place'), spanAt(text, 'KPF', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Korea Precision Foundry Co.', 'organization:KPF', 'organization:Prata Fina do Xingu DTVM', 'organization:Ferri Tessuti Srl']);
  });

  it('stops at a function word and leaves forms with no name before them', () => {
    const text = 'The Ltd was sold. Then came Acme Ltd. It fell. He says LLC rules differ for Ohio-based Fen-Ray Inc.';
    assert.deepEqual(showSpans(text, withCompanySuffixes(text, [])), ['organization:Acme Ltd', 'organization:Fen-Ray Inc']);
  });

  it("does not read a person's name the model found into the company's", () => {
    const text = 'Dana Whitlow Marrow Grid Services, Inc. sent the memo.';
    const spans = withCompanySuffixes(text, [spanAt(text, 'Dana Whitlow', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Dana Whitlow', 'organization:Marrow Grid Services, Inc.']);
  });

  it('keeps the full stop of a legal form ending a line that holds no sentence, and gives it to a sentence', () => {
    const text = 'News provided by\n\nQuellon Mining Corp.\n\nAbout Quellon Mining Corp.\n\nThe ore went to Ruthven Smelting Ltd.\nSOURCE Quellon Mining Corp.';
    assert.deepEqual(showSpans(text, withCompanySuffixes(text, [])), ['organization:Quellon Mining Corp.', 'organization:Quellon Mining Corp.', 'organization:Ruthven Smelting Ltd', 'organization:Quellon Mining Corp.']);
  });

  it("reads a person's name the model found into the company's when only business words follow it", () => {
    const text = 'Shares of Tomas Arevalo Resources Corp. rose, and Dana Whitlow Marrow Grid Services, Inc. sent a memo.';
    const spans = withCompanySuffixes(text, [spanAt(text, 'Tomas Arevalo', 'person'), spanAt(text, 'Dana Whitlow', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Tomas Arevalo Resources Corp.', 'person:Dana Whitlow', 'organization:Marrow Grid Services, Inc.']);
  });
});
