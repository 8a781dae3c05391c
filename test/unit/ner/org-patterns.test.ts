import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { defineAcronyms, extendOrganisationAnd, joinOrganisationOf, organisationPhrases, splitOrganisationPairs, wholeLegislatures, withOrganisationPhrases } from '../../../src/core/ner/org-patterns';
import { tokenize } from '../../../src/core/ner/tokenize';
import { refineSpans } from '../../../src/core/ner/refine-spans';


describe('organisation name patterns', () => {
  it('cuts a name holding two "<organisation word> of" names at "and", but keeps one name\'s "and"', () => {
    const text = 'Loans came from Bank of Ireland and Royal Bank of Scotland, and the Office of Fair Trading and Consumer Affairs agreed.';
    const spans = splitOrganisationPairs(text, [spanAt(text, 'Bank of Ireland and Royal Bank of Scotland', 'organization'), spanAt(text, 'Office of Fair Trading and Consumer Affairs', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Bank of Ireland', 'organization:Royal Bank of Scotland', 'organization:Office of Fair Trading and Consumer Affairs']);
  });

  it('defines a two-word short name in brackets cut from the name before it, not a place in brackets', () => {
    const text = 'The Karnataka Power Transmission Corporation (Karna Power) and Ostwind Ltd (South Africa) met. Karna Power said South Africa agreed.';
    const spans = defineAcronyms(text, [
      spanAt(text, 'Karnataka Power Transmission Corporation', 'organization'),
      spanAt(text, 'Ostwind Ltd', 'organization'),
      spanAt(text, 'South Africa', 'place'),
      spanAt(text, 'Karna Power', 'person', 1),
      spanAt(text, 'South Africa', 'place', 1),
    ]);
    assert.deepEqual(showSpans(text, spans), [
      'organization:Karnataka Power Transmission Corporation',
      'organization:Karna Power',
      'organization:Ostwind Ltd',
      'place:South Africa',
      'organization:Karna Power',
      'place:South Africa',
    ]);
  });

  describe('joining through "of"', () => {
    it('joins a name ending in an organisation word to the place after "of" or "of the"', () => {
      const text = 'Officials at the Ministry of Defence and the Bank of the Philippine Islands disagreed.';
      const spans = joinOrganisationOf(text, [spanAt(text, 'Ministry', 'organization'), spanAt(text, 'Defence', 'organization'), spanAt(text, 'Bank', 'organization'), spanAt(text, 'Philippine Islands', 'place')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Ministry of Defence', 'organization:Bank of the Philippine Islands']);
    });

    it('joins a name already going on with "of" to the place it serves after a second "of"', () => {
      const text = 'The Confederation of Bakers of Peru struck, as did the Union of Teachers of the Andes.';
      const spans = joinOrganisationOf(text, [spanAt(text, 'Confederation of Bakers', 'organization'), spanAt(text, 'Peru', 'place'), spanAt(text, 'Union of Teachers', 'organization'), spanAt(text, 'Andes', 'place')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Confederation of Bakers of Peru', 'organization:Union of Teachers', 'place:Andes']);
    });

    it('joins a faculty named "<word> of ..." to the university or academy it belongs to, and keeps its own "and"', () => {
      const text = 'The School of Nursing and Midwifery Studies of the University of Tamale and the Institute of Soils of the Academy of Sciences met the Bank of Ghana.';
      const spans = [spanAt(text, 'School of Nursing and Midwifery Studies', 'organization'), spanAt(text, 'University of Tamale', 'organization'), spanAt(text, 'Institute of Soils', 'organization'), spanAt(text, 'Academy of Sciences', 'organization'), spanAt(text, 'Bank of Ghana', 'organization')];
      const joined = splitOrganisationPairs(text, joinOrganisationOf(text, spans));
      assert.deepEqual(showSpans(text, joined), ['organization:School of Nursing and Midwifery Studies of the University of Tamale', 'organization:Institute of Soils of the Academy of Sciences', 'organization:Bank of Ghana']);
    });

    it('leaves a name after "of the" that is no university or academy a second name', () => {
      const text = 'The Faculty of Law of the Sahel Bar Association spoke.';
      const spans = [spanAt(text, 'Faculty of Law', 'organization'), spanAt(text, 'Sahel Bar Association', 'organization')];
      assert.deepEqual(showSpans(text, joinOrganisationOf(text, spans)), ['organization:Faculty of Law', 'organization:Sahel Bar Association']);
    });

    it('leaves a person after "of", other words before it, and other gaps alone', () => {
      const text = 'The Office of Amina Diallo praised the mayor of Dakar; the Council, of Lagos fame, met.';
      const spans = [spanAt(text, 'Office', 'organization'), spanAt(text, 'Amina Diallo', 'person'), spanAt(text, 'Dakar', 'place'), spanAt(text, 'Council', 'organization'), spanAt(text, 'Lagos', 'place')];
      assert.deepEqual(showSpans(text, joinOrganisationOf(text, spans)), showSpans(text, spans));
    });
  });

  describe('going on over "and"', () => {
    it('extends an "<organisation word> of" name over "and" and the capitalised words that end it', () => {
      const text = 'A complaint to the Ministry of Fisheries and Ocean Resources, filed Monday, and the Office of Trade & Industry Policy.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'Ministry of Fisheries', 'organization'), spanAt(text, 'Office of Trade', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Ministry of Fisheries and Ocean Resources', 'organization:Office of Trade & Industry Policy']);
    });

    it('extends a faculty\'s name over "and" the same way', () => {
      const text = 'She lectures at the Faculty of Arts and Humanities in Velora.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'Faculty of Arts', 'organization'), spanAt(text, 'Velora', 'place')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Faculty of Arts and Humanities', 'place:Velora']);
    });

    it('does not extend a name over "and" a ministry known by its seat alone, a second body', () => {
      const text = 'Auditors blamed the Department of Ports and Treasury, and the Ministry of Roads and Cabinet Office, for the delay.';
      const spans = [spanAt(text, 'Department of Ports', 'organization'), spanAt(text, 'Ministry of Roads', 'organization')];
      assert.deepEqual(showSpans(text, extendOrganisationAnd(text, spans)), showSpans(text, spans));
      const whole = refineSpans(text, spans);
      assert.deepEqual(showSpans(text, whole), ['organization:Department of Ports', 'organization:Treasury', 'organization:Ministry of Roads', 'organization:Cabinet Office']);
    });

    it('extends a municipality named after several towns over its list closed by "and"', () => {
      const text = 'He met the mayors of the Municipality of Velora, Kastri and Agia Marta on Monday.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'Municipality of Velora', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Municipality of Velora, Kastri and Agia Marta']);
    });

    it('gives a committee the field after "and" the model joined to its house, and keeps the house apart', () => {
      const text = 'The Select Committee on Roads and Transport of the National Assembly met.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'Select Committee on Roads', 'organization'), spanAt(text, 'Transport of the National Assembly', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Select Committee on Roads and Transport', 'organization:National Assembly']);
    });

    it('extends a "<organisation word> for" name over "and" too', () => {
      const text = 'The Department for Business and Trade and the Africa Centres for Disease Control and Prevention agreed.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'Department for Business', 'organization'), spanAt(text, 'Africa Centres for Disease Control', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Department for Business and Trade', 'organization:Africa Centres for Disease Control and Prevention']);
    });

    it('extends an "Administration of" name over "and" ("... of Rivers and Ports")', () => {
      const text = 'The National Administration of Rivers and Ports, known as ANRP, said so.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'National Administration of Rivers', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:National Administration of Rivers and Ports']);
    });

    it('stops after "of" a well-known country, where "and" joins another name, and goes on after "Directorate General of"', () => {
      const text = 'A venture between the Government of Namibia and Rio Tinto began; the Secretariat General of Ports and Harbours agreed.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'Government of Namibia', 'organization'), spanAt(text, 'Rio Tinto', 'organization'), spanAt(text, 'Secretariat General of Ports', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Government of Namibia', 'organization:Rio Tinto', 'organization:Secretariat General of Ports and Harbours']);
    });

    it('goes on over a capitalised word the model cut off before "and", taking in the part it found after', () => {
      const text = 'The Office of Border Security and Customs Control said so; the Ministry of Justice Minister and Ann Bell spoke.';
      const spans = extendOrganisationAnd(text, [spanAt(text, 'Office of Border', 'organization'), spanAt(text, 'Customs Control', 'organization'), spanAt(text, 'Ministry of Justice', 'organization'), spanAt(text, 'Ann Bell', 'person')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Office of Border Security and Customs Control', 'organization:Ministry of Justice', 'person:Ann Bell']);
    });

    it('stops at a name found after "and", at lower-case words and at names without "of"', () => {
      const text = 'The Ministry of Health and Ghana agreed; the Bank of Ghana and Barclays Africa Group Ltd Kenya met; the Energy Commission and Fingrid signed.';
      const spans = [spanAt(text, 'Ministry of Health', 'organization'), spanAt(text, 'Ghana', 'place'), spanAt(text, 'Bank of Ghana', 'organization'), spanAt(text, 'Energy Commission', 'organization')];
      assert.deepEqual(showSpans(text, extendOrganisationAnd(text, spans)), showSpans(text, spans));
    });

    it('keeps such a name whole in the rule layer instead of cutting it at "and"', () => {
      const text = 'The Department of Housing and Urban Development and Deutsche Bank and Commerzbank replied.';
      const spans = refineSpans(text, [spanAt(text, 'Department of Housing', 'organization'), spanAt(text, 'Deutsche Bank and Commerzbank', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Department of Housing and Urban Development', 'organization:Deutsche Bank', 'organization:Commerzbank']);
    });

    it('keeps a board named "of" the town it serves whole over its "and" after "the", but cuts two companies', () => {
      const text = 'The Drainage and Water Board of Port Elm said so; Vanta Mining and Orel Water Board of Port Elm agreed.';
      const spans = refineSpans(text, [spanAt(text, 'Drainage and Water Board of Port Elm', 'organization'), spanAt(text, 'Vanta Mining and Orel Water Board of Port Elm', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Drainage and Water Board of Port Elm', 'organization:Vanta Mining', 'organization:Orel Water Board of Port Elm']);
    });
  });

  describe('disease names', () => {
    it('drops a place that names a disease ("Rift Valley fever") and keeps the places around it', () => {
      const text = 'Kenya confirmed Rift Valley fever in Garissa, West Nile virus in the Rift Valley and Lyme disease in Nairobi.';
      const spans = refineSpans(text, [spanAt(text, 'Kenya', 'place'), spanAt(text, 'Rift Valley', 'place'), spanAt(text, 'Garissa', 'place'), spanAt(text, 'West Nile', 'place'), spanAt(text, 'Rift Valley', 'place', 1), spanAt(text, 'Lyme', 'place'), spanAt(text, 'Nairobi', 'place')]);
      assert.deepEqual(showSpans(text, spans), ['place:Kenya', 'place:Garissa', 'place:Rift Valley', 'place:Nairobi']);
    });
  });

  describe('parliaments named in their own language', () => {
    it('makes a legislature mistyped as a person an organisation, with the capitalised words of its name before it', () => {
      const text = "The Citizens' Representative Khural voted, Council Chairwoman Oyunchimegiin Sarantuya said the Khural acted, and the Verkhovna Rada agreed.";
      const spans = wholeLegislatures(text, [spanAt(text, 'Khural', 'person'), spanAt(text, 'Oyunchimegiin Sarantuya', 'person'), spanAt(text, 'Khural', 'person', 1), spanAt(text, 'Verkhovna Rada', 'person')]);
      assert.deepEqual(showSpans(text, spans), ["organization:Citizens' Representative Khural", 'person:Oyunchimegiin Sarantuya', 'organization:Khural', 'organization:Verkhovna Rada']);
    });


    it('finds a legislature the model missed after capitalised words, and leaves people with such surnames alone', () => {
      const text = "Mongolia's parliament, the State Great Khural, met Yuliia Rada.";
      const phrases = showSpans(text, tokenize(text, [{ start: 0, end: text.length }]).flatMap((sentence) => organisationPhrases(sentence)));
      assert.deepEqual(phrases, ['organization:State Great Khural']);
      assert.deepEqual(showSpans(text, wholeLegislatures(text, [spanAt(text, 'Yuliia Rada', 'person')])), ['person:Yuliia Rada']);
    });

    it('does not reach over a name found just before it', () => {
      const text = 'Putin Duma talks';
      assert.deepEqual(showSpans(text, wholeLegislatures(text, [spanAt(text, 'Putin', 'person'), spanAt(text, 'Duma', 'person')])), ['person:Putin', 'organization:Duma']);
    });

    it("makes a state's house an organisation, apart from the constituency found before it", () => {
      const text = 'She won the Rampur Kalan Vidhan Sabha seat and then the Dewan Rakyat one.';
      const spans = [spanAt(text, 'Rampur Kalan', 'place'), spanAt(text, 'Vidhan Sabha', 'person'), spanAt(text, 'Dewan Rakyat', 'person')];
      assert.deepEqual(showSpans(text, wholeLegislatures(text, spans)), ['place:Rampur Kalan', 'organization:Vidhan Sabha', 'organization:Dewan Rakyat']);
    });
  });

  describe('names by their shape', () => {
    const phrases = (text: string) => showSpans(text, tokenize(text, [{ start: 0, end: text.length }]).flatMap((sentence) => organisationPhrases(sentence)));

    it('finds capitalised words before an organisation word, and an organisation word going on with "of"', () => {
      const text = "Defense Department officials met the Association of Muslim Scholars and Kenya's Interior Ministry. The Ministry of the Environment agreed.";
      assert.deepEqual(phrases(text), ['organization:Defense Department', 'organization:Association of Muslim Scholars', 'organization:Interior Ministry', 'organization:Ministry of the Environment']);
    });

    it('finds a faculty going on with "of"', () => {
      assert.deepEqual(phrases('She taught at the Faculty of Forestry in Brno.'), ['organization:Faculty of Forestry']);
    });

    it('finds a confederation with the nationality before it and its "of" name after', () => {
      assert.deepEqual(phrases('The Chilean Confederation of Small Traders and the Confederation of Danish Industry met.'), ['organization:Chilean Confederation of Small Traders', 'organization:Confederation of Danish Industry']);
    });

    it('finds a bank by its capitalised words before "Bank", ending there', () => {
      assert.deepEqual(phrases('Loans came from the Nordic Investment Bank and the Spring Bank Holiday.'), ['organization:Nordic Investment Bank']);
    });

    it('finds a chamber after capitalised words, an office after two, and either going on with "of"', () => {
      assert.deepEqual(phrases('The Lorsan Hunting Chamber, the Chamber of Grain Traders and the Norlandic Weather Office agreed.'), ['organization:Lorsan Hunting Chamber', 'organization:Chamber of Grain Traders', 'organization:Norlandic Weather Office']);
      assert.deepEqual(phrases('He sat in the Oval Office with the Heritage Office staff.'), []);
    });

    it('takes "General" after a directorate into its name', () => {
      assert.deepEqual(phrases('Staff of the Lorsan Directorate General of Forests said so.'), ['organization:Lorsan Directorate General of Forests']);
    });

    it("puts a body's phrase over a place the model found at its start, but not a business word's phrase nor a place inside", () => {
      const text = 'The Kenya Meteorological Department said Tanzania Copper Capital and the Water Department of Nairobi agreed.';
      const tokens = tokenize(text, [{ start: 0, end: text.length }])[0];
      const spans = withOrganisationPhrases(tokens, [spanAt(text, 'Kenya', 'place'), spanAt(text, 'Tanzania', 'place'), spanAt(text, 'Nairobi', 'place')]);
      assert.deepEqual(showSpans(text, spans.sort((a, b) => a.start - b.start)), ['organization:Kenya Meteorological Department', 'place:Tanzania', 'place:Nairobi']);
    });

    it('finds a body going on with "on" and the list of fields it oversees, closed by "and"', () => {
      const text = 'Members of the Committee on Fisheries, Forests and Rural Affairs and the Ministry of Works and Transport met the Council on Rural Policy.';
      assert.deepEqual(phrases(text), ['organization:Committee on Fisheries, Forests and Rural Affairs', 'organization:Ministry of Works and Transport', 'organization:Council on Rural Policy']);
    });

    it('finds a club by the capitalised words before "Club", but not "Club" alone', () => {
      assert.deepEqual(phrases('Prop Dan Ross of Harbour Rovers Club won his cap. Club members cheered.'), ['organization:Harbour Rovers Club']);
    });

    it('reads no date, place or half-hyphened word after "on" as a subject, and no other body, place or owner as the last item of a list', () => {
      const text = 'The Security Council on Monday and the Commission on Norway spoke, as did the Council on Arab - Nordic Trade.';
      assert.deepEqual(phrases(text), ['organization:Security Council']);
      const other = 'The Ministry of Finance and Central Bank agreed with the Ministry of Health and Kenya and the Association of Traders and Lorsan\'s Interior Ministry.';
      assert.deepEqual(phrases(other), ['organization:Ministry of Finance', 'organization:Central Bank', 'organization:Ministry of Health', 'organization:Association of Traders', 'organization:Interior Ministry']);
    });

    it('leaves out the list after a body\'s name where the model found a name in it', () => {
      const text = 'The Ministry of Finance and Norsk Hydro agreed.';
      const tokens = tokenize(text, [{ start: 0, end: text.length }])[0];
      const spans = withOrganisationPhrases(tokens, [spanAt(text, 'Norsk Hydro', 'organization')]);
      assert.deepEqual(showSpans(text, spans.sort((a, b) => a.start - b.start)), ['organization:Ministry of Finance', 'organization:Norsk Hydro']);
    });

    it('leaves an organisation word alone, after an article or lower-case words, or before lower-case "of" words', () => {
      assert.deepEqual(phrases('The Council met. The Ministry said the Department of education was slow; a party committee agreed.'), []);
    });
  });

  describe('bracketed acronyms', () => {
    it('marks a missed long form as an organisation, and the acronym everywhere in the text', () => {
      const text = 'The Eastern Grain Exporters Association (EGEA) met in Tbilisi. EGEA members agreed, EGEA said.';
      assert.deepEqual(showSpans(text, defineAcronyms(text, [spanAt(text, 'Tbilisi', 'place')])), [
        'organization:Eastern Grain Exporters Association',
        'organization:EGEA',
        'place:Tbilisi',
        'organization:EGEA',
        'organization:EGEA',
      ]);
    });

    it('opens a long form with a field joined by a Romance "and" outside its acronym\'s letters, but not an English "and"', () => {
      const text = 'Puertos y Vias Navales del Sur (VNS) met Harbour and Lake Transit Board (LTB) officials.';
      assert.deepEqual(showSpans(text, defineAcronyms(text, [])), ['organization:Puertos y Vias Navales del Sur', 'organization:VNS', 'organization:Lake Transit Board', 'organization:LTB']);
    });

    it('reads past a link\'s address between a long form and its acronym, and after a linked name to its short name', () => {
      const text = 'Grants from the [Northern Rivers Investment Facility](https://example.org/) (NRIF) and the [Lorsan Pension Fund](https://example.org/fund) (Eläkekassa) arrived. NRIF and Eläkekassa agreed.';
      const spans = defineAcronyms(text, [spanAt(text, 'Rivers', 'place'), spanAt(text, 'Lorsan Pension Fund', 'organization')]);
      assert.deepEqual(showSpans(text, spans), [
        'organization:Northern Rivers Investment Facility',
        'organization:NRIF',
        'organization:Lorsan Pension Fund',
        'organization:Eläkekassa',
        'organization:NRIF',
        'organization:Eläkekassa',
      ]);
    });

    it('reads an acronym with "&" between its capitals, the "&" standing for no word', () => {
      const text = 'The Lakes Department of Parks and Wildlife (LDP&W) closed the trail. LDP&W rangers agreed.';
      assert.deepEqual(showSpans(text, defineAcronyms(text, [])), ['organization:Lakes Department of Parks and Wildlife', 'organization:LDP&W', 'organization:LDP&W']);
    });

    it('replaces a cut long form, keeps a whole one with its type, and types the acronym like it', () => {
      const text = 'The Lake Chad Basin (LCB) and the Nile Delta Water Board (NDWB) report. LCB is drying; NDWB said so.';
      const spans = defineAcronyms(text, [spanAt(text, 'Lake Chad Basin', 'place'), spanAt(text, 'Water Board', 'organization'), spanAt(text, 'LCB', 'organization', 1)]);
      assert.deepEqual(showSpans(text, spans), ['place:Lake Chad Basin', 'place:LCB', 'organization:Nile Delta Water Board', 'organization:NDWB', 'place:LCB', 'organization:NDWB']);
    });

    it('reads a text a second time with other spans the way it reads it first', () => {
      const text = 'The Coastal Fisheries Board (CFB) met. CFB staff left.';
      const first = defineAcronyms(text, []);
      assert.deepEqual(showSpans(text, first), ['organization:Coastal Fisheries Board', 'organization:CFB', 'organization:CFB']);
      assert.deepEqual(showSpans(text, defineAcronyms(text, [spanAt(text, 'Coastal Fisheries Board', 'place')])), ['place:Coastal Fisheries Board', 'place:CFB', 'place:CFB']);
      assert.deepEqual(showSpans(text, defineAcronyms(text, first)), showSpans(text, first));
    });

    it('reads joining words inside the long form and leaves words the initials do not cover outside it', () => {
      const text = 'Then Bank for International Settlements (BIS) staff left.';
      assert.deepEqual(showSpans(text, defineAcronyms(text, [])), ['organization:Bank for International Settlements', 'organization:BIS']);
    });

    it('ignores brackets whose letters are not the initials, or are cut from the name by a line break or comma', () => {
      for (const text of ['Prime Minister Amina Diallo (AP) said.', 'YEREVAN (AP) — talks', 'Grain Exporters\n(GE) met.', 'Grain Exporters, (GE) met.', 'no capitals (NC) here', '']) {
        assert.deepEqual(defineAcronyms(text, []), [], JSON.stringify(text));
      }
    });

    it("defines an acronym in square brackets after an organisation's name, whatever its letters", () => {
      const text = 'Units of the Northern Army [NPA] moved; NPA posts were shelled near NPA lines.';
      const spans = defineAcronyms(text, [spanAt(text, 'Northern Army', 'organization'), spanAt(text, 'NPA', 'place', 1)]);
      assert.deepEqual(showSpans(text, spans), ['organization:Northern Army', 'organization:NPA', 'organization:NPA', 'organization:NPA']);
    });

    it('keeps a long form joined by "and" whole in the rule layer', () => {
      const text = 'Monitors from the Council for Peace and Security in Africa (CPSA) arrived. The CPSA said little.';
      const spans = refineSpans(text, [spanAt(text, 'Council for Peace and Security in Africa', 'organization')]);
      assert.deepEqual(showSpans(text, spans), ['organization:Council for Peace and Security in Africa', 'organization:CPSA', 'organization:CPSA']);
    });
  });
});

describe('short words for organisation', () => {
  it('types a name ending in "Org" as an organisation', () => {
    const text = 'He left the Sea Org in 2008.';
    assert.deepEqual(showSpans(text, refineSpans(text, [spanAt(text, 'Sea Org', 'place')])), ['organization:Sea Org']);
  });

  it('reads a head word after lower-case words and one after a word beyond ASCII alike', () => {
    const text = 'officials said the Kelvale Water Authority and the Ærø Harbour Authority agreed.';
    assert.deepEqual(showSpans(text, tokenize(text, [{ start: 0, end: text.length }]).flatMap((sentence) => organisationPhrases(sentence))), ['organization:Kelvale Water Authority', 'organization:Ærø Harbour Authority']);
  });

  it('finds a performing company by its last word, but not a genre after a nation\'s word nor an opera house', () => {
    const text = 'The Keld National Opera and the Norland Philharmonic toured; she sang Chinese Opera at the Keld Opera House.';
    const spans = withOrganisationPhrases(tokenize(text, [{ start: 0, end: text.length }])[0], []);
    assert.deepEqual(showSpans(text, spans), ['organization:Keld National Opera', 'organization:Norland Philharmonic']);
  });

  it('types a place the model found ending in an orchestra\'s or a ballet\'s word as the company', () => {
    const text = 'The Norland Philharmonic played and the Keld City Ballet danced.';
    const spans = refineSpans(text, [spanAt(text, 'Norland Philharmonic', 'place'), spanAt(text, 'Keld City Ballet', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Norland Philharmonic', 'organization:Keld City Ballet']);
  });
});
