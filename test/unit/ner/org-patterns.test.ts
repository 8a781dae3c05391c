import * as assert from 'node:assert/strict';
import type { NamedSpan } from '../../../src/core/ner/index';
import { defineAcronyms, extendOrganisationAnd, joinOrganisationOf, organisationPhrases, wholeLegislatures } from '../../../src/core/ner/org-patterns';
import { tokenize } from '../../../src/core/ner/tokenize';
import { refineSpans } from '../../../src/core/ner/refine-spans';

/** A span over the `nth` occurrence of `name`. */
function at(text: string, name: string, type: NamedSpan['type'], nth = 0): NamedSpan {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, name);
  return { type, start, end: start + name.length };
}

const show = (text: string, spans: readonly NamedSpan[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('organisation name patterns', () => {
  describe('joining through "of"', () => {
    it('joins a name ending in an organisation word to the place after "of" or "of the"', () => {
      const text = 'Officials at the Ministry of Defence and the Bank of the Philippine Islands disagreed.';
      const spans = joinOrganisationOf(text, [at(text, 'Ministry', 'organization'), at(text, 'Defence', 'organization'), at(text, 'Bank', 'organization'), at(text, 'Philippine Islands', 'place')]);
      assert.deepEqual(show(text, spans), ['organization:Ministry of Defence', 'organization:Bank of the Philippine Islands']);
    });

    it('leaves a person after "of", other words before it, and other gaps alone', () => {
      const text = 'The Office of Amina Diallo praised the mayor of Dakar; the Council, of Lagos fame, met.';
      const spans = [at(text, 'Office', 'organization'), at(text, 'Amina Diallo', 'person'), at(text, 'Dakar', 'place'), at(text, 'Council', 'organization'), at(text, 'Lagos', 'place')];
      assert.deepEqual(show(text, joinOrganisationOf(text, spans)), show(text, spans));
    });
  });

  describe('going on over "and"', () => {
    it('extends an "<organisation word> of" name over "and" and the capitalised words that end it', () => {
      const text = 'A complaint to the Ministry of Fisheries and Ocean Resources, filed Monday, and the Office of Trade & Industry Policy.';
      const spans = extendOrganisationAnd(text, [at(text, 'Ministry of Fisheries', 'organization'), at(text, 'Office of Trade', 'organization')]);
      assert.deepEqual(show(text, spans), ['organization:Ministry of Fisheries and Ocean Resources', 'organization:Office of Trade & Industry Policy']);
    });

    it('extends a "<organisation word> for" name over "and" too', () => {
      const text = 'The Department for Business and Trade and the Africa Centres for Disease Control and Prevention agreed.';
      const spans = extendOrganisationAnd(text, [at(text, 'Department for Business', 'organization'), at(text, 'Africa Centres for Disease Control', 'organization')]);
      assert.deepEqual(show(text, spans), ['organization:Department for Business and Trade', 'organization:Africa Centres for Disease Control and Prevention']);
    });

    it('stops at a name found after "and", at lower-case words and at names without "of"', () => {
      const text = 'The Ministry of Health and Ghana agreed; the Bank of Ghana and Barclays Africa Group Ltd Kenya met; the Energy Commission and Fingrid signed.';
      const spans = [at(text, 'Ministry of Health', 'organization'), at(text, 'Ghana', 'place'), at(text, 'Bank of Ghana', 'organization'), at(text, 'Energy Commission', 'organization')];
      assert.deepEqual(show(text, extendOrganisationAnd(text, spans)), show(text, spans));
    });

    it('keeps such a name whole in the rule layer instead of cutting it at "and"', () => {
      const text = 'The Department of Housing and Urban Development and Deutsche Bank and Commerzbank replied.';
      const spans = refineSpans(text, [at(text, 'Department of Housing', 'organization'), at(text, 'Deutsche Bank and Commerzbank', 'organization')]);
      assert.deepEqual(show(text, spans), ['organization:Department of Housing and Urban Development', 'organization:Deutsche Bank', 'organization:Commerzbank']);
    });
  });

  describe('disease names', () => {
    it('drops a place that names a disease ("Rift Valley fever") and keeps the places around it', () => {
      const text = 'Kenya confirmed Rift Valley fever in Garissa, West Nile virus in the Rift Valley and Lyme disease in Nairobi.';
      const spans = refineSpans(text, [at(text, 'Kenya', 'place'), at(text, 'Rift Valley', 'place'), at(text, 'Garissa', 'place'), at(text, 'West Nile', 'place'), at(text, 'Rift Valley', 'place', 1), at(text, 'Lyme', 'place'), at(text, 'Nairobi', 'place')]);
      assert.deepEqual(show(text, spans), ['place:Kenya', 'place:Garissa', 'place:Rift Valley', 'place:Nairobi']);
    });
  });

  describe('parliaments named in their own language', () => {
    it('makes a legislature mistyped as a person an organisation, with the capitalised words of its name before it', () => {
      const text = "The Citizens' Representative Khural voted, Council Chairwoman Oyunchimegiin Sarantuya said the Khural acted, and the Verkhovna Rada agreed.";
      const spans = wholeLegislatures(text, [at(text, 'Khural', 'person'), at(text, 'Oyunchimegiin Sarantuya', 'person'), at(text, 'Khural', 'person', 1), at(text, 'Verkhovna Rada', 'person')]);
      assert.deepEqual(show(text, spans), ["organization:Citizens' Representative Khural", 'person:Oyunchimegiin Sarantuya', 'organization:Khural', 'organization:Verkhovna Rada']);
    });

    it('finds a legislature the model missed after capitalised words, and leaves people with such surnames alone', () => {
      const text = "Mongolia's parliament, the State Great Khural, met Yuliia Rada.";
      const phrases = show(text, tokenize(text, [{ start: 0, end: text.length }]).flatMap((sentence) => organisationPhrases(sentence)));
      assert.deepEqual(phrases, ['organization:State Great Khural']);
      assert.deepEqual(show(text, wholeLegislatures(text, [at(text, 'Yuliia Rada', 'person')])), ['person:Yuliia Rada']);
    });

    it('does not reach over a name found just before it', () => {
      const text = 'Putin Duma talks';
      assert.deepEqual(show(text, wholeLegislatures(text, [at(text, 'Putin', 'person'), at(text, 'Duma', 'person')])), ['person:Putin', 'organization:Duma']);
    });
  });

  describe('names by their shape', () => {
    const phrases = (text: string) => show(text, tokenize(text, [{ start: 0, end: text.length }]).flatMap((sentence) => organisationPhrases(sentence)));

    it('finds capitalised words before an organisation word, and an organisation word going on with "of"', () => {
      const text = "Defense Department officials met the Association of Muslim Scholars and Kenya's Interior Ministry. The Ministry of the Environment agreed.";
      assert.deepEqual(phrases(text), ['organization:Defense Department', 'organization:Association of Muslim Scholars', 'organization:Interior Ministry', 'organization:Ministry of the Environment']);
    });

    it('leaves an organisation word alone, after an article or lower-case words, or before lower-case "of" words', () => {
      assert.deepEqual(phrases('The Council met. The Ministry said the Department of education was slow; a party committee agreed.'), []);
    });
  });

  describe('bracketed acronyms', () => {
    it('marks a missed long form as an organisation, and the acronym everywhere in the text', () => {
      const text = 'The Eastern Grain Exporters Association (EGEA) met in Tbilisi. EGEA members agreed, EGEA said.';
      assert.deepEqual(show(text, defineAcronyms(text, [at(text, 'Tbilisi', 'place')])), [
        'organization:Eastern Grain Exporters Association',
        'organization:EGEA',
        'place:Tbilisi',
        'organization:EGEA',
        'organization:EGEA',
      ]);
    });

    it('replaces a cut long form, keeps a whole one with its type, and types the acronym like it', () => {
      const text = 'The Lake Chad Basin (LCB) and the Nile Delta Water Board (NDWB) report. LCB is drying; NDWB said so.';
      const spans = defineAcronyms(text, [at(text, 'Lake Chad Basin', 'place'), at(text, 'Water Board', 'organization'), at(text, 'LCB', 'organization', 1)]);
      assert.deepEqual(show(text, spans), ['place:Lake Chad Basin', 'place:LCB', 'organization:Nile Delta Water Board', 'organization:NDWB', 'place:LCB', 'organization:NDWB']);
    });

    it('reads joining words inside the long form and leaves words the initials do not cover outside it', () => {
      const text = 'Then Bank for International Settlements (BIS) staff left.';
      assert.deepEqual(show(text, defineAcronyms(text, [])), ['organization:Bank for International Settlements', 'organization:BIS']);
    });

    it('ignores brackets whose letters are not the initials, or are cut from the name by a line break or comma', () => {
      for (const text of ['Prime Minister Amina Diallo (AP) said.', 'YEREVAN (AP) — talks', 'Grain Exporters\n(GE) met.', 'Grain Exporters, (GE) met.', 'no capitals (NC) here', '']) {
        assert.deepEqual(defineAcronyms(text, []), [], JSON.stringify(text));
      }
    });

    it('keeps a long form joined by "and" whole in the rule layer', () => {
      const text = 'Monitors from the Council for Peace and Security in Africa (CPSA) arrived. The CPSA said little.';
      const spans = refineSpans(text, [at(text, 'Council for Peace and Security in Africa', 'organization')]);
      assert.deepEqual(show(text, spans), ['organization:Council for Peace and Security in Africa', 'organization:CPSA', 'organization:CPSA']);
    });
  });
});
