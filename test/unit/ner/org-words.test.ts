import * as assert from 'node:assert/strict';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { showSpans, spanAt } from '../helpers/spans';
import { defineAcronyms } from '../../../src/core/ner/org-patterns';
import { organisationShortForm, withOrganisationWords } from '../../../src/core/ner/org-words';

const tagger = loadDefaultTagger();
const find = (text: string) => showSpans(text, tagger.find(text, [{ start: 0, end: text.length }]));

describe('organisation words around a name', () => {
  it('takes business words after a place or a surname into an organisation ("Iran Air", "Hoshizora Financial Group")', () => {
    const text = 'Iran Air and Hoshizora Financial Group said Tanaka Capital Markets would not.';
    const spans = withOrganisationWords(text, [spanAt(text, 'Iran', 'place'), spanAt(text, 'Hoshizora', 'place'), spanAt(text, 'Tanaka', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Iran Air', 'organization:Hoshizora Financial Group', 'person:Tanaka']);
  });

  it('takes "Electric" after a place into a company\'s name ("Osaka Electric")', () => {
    const text = "The group includes Japan's Osaka Electric.";
    const spans = withOrganisationWords(text, [spanAt(text, 'Japan', 'place'), spanAt(text, 'Osaka Electric', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Japan', 'organization:Osaka Electric']);
  });

  it('takes capitalised words and "and" before a party\'s name into it after "the" and an adjective in lower case', () => {
    const text = 'She ran for the left-wing Freedom and Renewal Party in May.';
    const spans = withOrganisationWords(text, [spanAt(text, 'Renewal Party', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Freedom and Renewal Party']);
  });

  it("takes a newspaper's word after a place into the newspaper's name", () => {
    const text = 'She told LA Weekly and the Tulsa Gazette that Tulsa was quiet.';
    const spans = withOrganisationWords(text, [spanAt(text, 'LA', 'organization'), spanAt(text, 'Tulsa', 'place'), spanAt(text, 'Tulsa', 'place', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:LA Weekly', 'organization:Tulsa Gazette', 'place:Tulsa']);
    assert.equal(organisationShortForm('Tulsa Gazette'), null);
  });

  it('reads the words around a name over several spaces or a tab, and only whole organisation words before it', () => {
    const text = 'Banco  de la  Plata, Korat\tAirways, the Harbour & Dock\tAuthority and Xbanco Rosario met.';
    const spans = withOrganisationWords(text, [spanAt(text, 'Plata', 'place'), spanAt(text, 'Korat', 'place'), spanAt(text, 'Dock\tAuthority', 'organization'), spanAt(text, 'Rosario', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Banco  de la  Plata', 'organization:Korat\tAirways', 'organization:Harbour & Dock\tAuthority', 'place:Rosario']);
  });

  it('takes "Bank" or a Spanish organisation word before a name into it, and finds Spanish-named bodies the model left', () => {
    const text = 'Bank Indonesia and Minera Hatun Orqo met the Defensoría del Pueblo.';
    const spans = withOrganisationWords(text, [spanAt(text, 'Indonesia', 'place'), spanAt(text, 'Hatun Orqo', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Bank Indonesia', 'organization:Minera Hatun Orqo', 'organization:Defensoría del Pueblo']);
  });

  it('finds the Spanish-named bodies of a text again when it is read a second time with other spans', () => {
    const text = 'The Ministerio de Salud and the Compañía Andina met.';
    assert.deepEqual(showSpans(text, withOrganisationWords(text, [])), ['organization:Ministerio de Salud', 'organization:Compañía Andina']);
    assert.deepEqual(showSpans(text, withOrganisationWords(text, [spanAt(text, 'Salud', 'person')])), ['organization:Ministerio de Salud', 'organization:Compañía Andina']);
    assert.deepEqual(showSpans('Salud met.', withOrganisationWords('Salud met.', [])), []);
  });

  it('finds a Spanish-named body at the text\'s start or after a quote, but not one inside a longer word', () => {
    const text = 'Instituto Carmelo Vial and "Fundación Rosa Tello" met; the SubGrupo Andes did not.';
    assert.deepEqual(showSpans(text, withOrganisationWords(text, [])), ['organization:Instituto Carmelo Vial', 'organization:Fundación Rosa Tello']);
  });

  it('keeps the spans it leaves alone as they are and never changes the spans it is given', () => {
    const text = 'Marta Ruiz flew to Lisbon with Orvane Metals.';
    const spans = [spanAt(text, 'Marta Ruiz', 'person'), spanAt(text, 'Lisbon', 'place'), spanAt(text, 'Orvane', 'person')];
    const out = withOrganisationWords(text, spans);
    assert.deepEqual(showSpans(text, out), ['person:Marta Ruiz', 'place:Lisbon', 'organization:Orvane Metals']);
    assert.equal(out[0], spans[0]);
    assert.deepEqual(showSpans(text, spans), ['person:Marta Ruiz', 'place:Lisbon', 'person:Orvane']);
  });

  it('types one brand-style word as an organisation but not a Mac- surname', () => {
    const text = 'KilatPay hired MacArthur.';
    assert.deepEqual(showSpans(text, withOrganisationWords(text, [spanAt(text, 'KilatPay', 'person'), spanAt(text, 'MacArthur', 'person')])), ['organization:KilatPay', 'person:MacArthur']);
  });

  it('shortens a company name to its first part, never to a listed place', () => {
    assert.equal(organisationShortForm('Merlion Ridge Capital'), 'Merlion Ridge');
    assert.equal(organisationShortForm('Minera Hatun Orqo'), 'Hatun Orqo');
    assert.equal(organisationShortForm('Iran Air'), null);
    assert.equal(organisationShortForm('Gulf Research Center'), null);
    assert.equal(organisationShortForm('Quellon Mining Corp.'), 'Quellon');
    assert.equal(organisationShortForm('Tomas Arevalo Resources, Inc.'), 'Tomas Arevalo');
    assert.equal(organisationShortForm('Harwick Pumps Ltd'), null);
  });

  it('finds companies and centres by their shape in a whole text, with their short forms later', () => {
    const spans = find('The mine belongs to the Vancouver-based Northbridge Metals, backed by Merlion Ridge Capital. Northbridge declined to comment, and Merlion Ridge said nothing. The study was supported by the Pulitzer Center.');
    for (const name of ['Northbridge Metals', 'Merlion Ridge Capital', 'Northbridge', 'Merlion Ridge', 'Pulitzer Center']) assert.ok(spans.includes(`organization:${name}`), `${name}: ${JSON.stringify(spans)}`);
    assert.ok(!find('Her Chief Financial Officer resigned.').some((s) => s.includes('Financial')));
  });

  it('takes business words of energy, networks and technology after a name into a company ("Kilbride Hydro", "Corran Networks")', () => {
    const text = 'Lac-Brûlé Hydro and Corran Networks backed Tamarisk Semiconductor.';
    const spans = withOrganisationWords(text, [spanAt(text, 'Lac-Brûlé', 'place'), spanAt(text, 'Corran', 'organization'), spanAt(text, 'Tamarisk', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Lac-Brûlé Hydro', 'organization:Corran Networks', 'organization:Tamarisk Semiconductor']);
    assert.equal(organisationShortForm('Tamarisk Semiconductor'), 'Tamarisk');
  });

  it('keeps "the <words> and <name ending in an organisation word>" as one name', () => {
    const spans = find('The Environmental Assessment and Enforcement Agency said it would fine the company.');
    assert.ok(spans.includes('organization:Environmental Assessment and Enforcement Agency'), JSON.stringify(spans));
  });

  it('types a name opening with a French, Italian or Romanian organisation word and finds one the model left', () => {
    const text = 'Shares of Banca Moldova rose while the Groupe Minier Sahélien in Kayes and Società Alpina cut output.';
    const spans = withOrganisationWords(text, [spanAt(text, 'Banca Moldova', 'person'), spanAt(text, 'Kayes', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Banca Moldova', 'organization:Groupe Minier Sahélien', 'place:Kayes', 'organization:Società Alpina']);
  });

  it('takes "Resorts" and "Binacional" after a name into a company', () => {
    const text = 'Fjell Valley Resorts and Tacuarí Binacional opened the dam.';
    const spans = withOrganisationWords(text, [spanAt(text, 'Fjell Valley', 'place'), spanAt(text, 'Tacuarí Binacional', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Fjell Valley Resorts', 'organization:Tacuarí Binacional']);
  });

  it('takes "banka" in lower case after a bank\'s name into it', () => {
    const text = 'An analyst at Moravská banka said Banka rose, and the bank banked.';
    assert.deepEqual(showSpans(text, withOrganisationWords(text, [spanAt(text, 'Moravská', 'organization')])), ['organization:Moravská banka']);
  });
});

describe('acronyms defined after an organisation whatever their letters', () => {
  it('takes an acronym in brackets, "known as", "known by its ... acronym" and ", or ABC," and marks every mention', () => {
    const text = 'The National Water Authority (ANA) and the Financial Services Authority, known by its Indonesian acronym OJK, met the Stock Exchange, or IDX, and the Digital Ministry (Komdigi). Later ANA, OJK, IDX and Komdigi spoke.';
    const spans = defineAcronyms(text, [spanAt(text, 'National Water Authority', 'organization'), spanAt(text, 'ANA', 'person'), spanAt(text, 'Financial Services Authority', 'organization'), spanAt(text, 'Stock Exchange', 'organization'), spanAt(text, 'Digital Ministry', 'organization')]);
    const shown = showSpans(text, spans);
    for (const acronym of ['ANA', 'OJK', 'IDX', 'Komdigi']) assert.equal(shown.filter((s) => s === `organization:${acronym}`).length, 2, `${acronym}: ${JSON.stringify(shown)}`);
  });

  it('takes a two-word acronym in capitals "known as" after a directorate, over the part of it the model found', () => {
    const text = 'The Directorate-General for Maritime Affairs, known as DG MARE, wrote. DG MARE staff met.';
    const spans = defineAcronyms(text, [spanAt(text, 'Directorate-General for Maritime Affairs', 'organization'), spanAt(text, 'DG', 'organization', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Directorate-General for Maritime Affairs', 'organization:DG MARE', 'organization:DG MARE']);
  });

  it('does not take a place or a person in brackets for an acronym', () => {
    const text = 'The Digital Ministry (Jakarta) and Ann Lee (RX) met. Jakarta and RX agreed.';
    const spans = defineAcronyms(text, [spanAt(text, 'Digital Ministry', 'organization'), spanAt(text, 'Ann Lee', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Digital Ministry', 'person:Ann Lee']);
  });

  it('takes the capitalised words the model left after a leading business word\'s name into it', () => {
    const text = 'The parent of Grupo Loma Roja Alta said so. Its unit Minera Punta Negra. The Ministerio de Obras in Lima agreed.';
    const spans = [spanAt(text, 'Loma', 'place'), spanAt(text, 'Punta', 'place'), spanAt(text, 'Obras', 'place'), spanAt(text, 'Lima', 'place')];
    const shown = showSpans(text, withOrganisationWords(text, spans));
    assert.deepEqual(shown, ['organization:Grupo Loma Roja Alta', 'organization:Minera Punta Negra', 'organization:Ministerio de Obras', 'place:Lima']);
  });
});
