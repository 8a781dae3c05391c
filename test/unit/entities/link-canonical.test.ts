import * as assert from 'node:assert/strict';
import { linkCanonicalNames } from '../../../src/core/entities/link-canonical';
import type { Entity } from '../../../src/core/model/types';
import { mentions, canonicals } from '../helpers/mentions';

describe('linkCanonicalNames', () => {
  it("links a person's short forms, possessives included, to the fullest name", () => {
    const text = 'Nikol Pashinyan met Vladimir Putin. Pashinyan said Putin agreed. Pashinyan’s aides left.';
    const linked = linkCanonicalNames(mentions(text, [['Nikol Pashinyan', 'person'], ['Vladimir Putin', 'person'], ['Pashinyan', 'person'], ['Putin', 'person'], ['Pashinyan’s', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Nikol Pashinyan->Nikol Pashinyan', 'Vladimir Putin->Vladimir Putin', 'Pashinyan->Nikol Pashinyan', 'Putin->Vladimir Putin', 'Pashinyan’s->Nikol Pashinyan']);
  });

  it('renames a copy of a mention, leaving the mentions it is given as they were', () => {
    const text = 'Tomasz Wrona met Ewa Zielinska. Wrona said Zielinska agreed.';
    const given = mentions(text, [['Tomasz Wrona', 'person'], ['Ewa Zielinska', 'person'], ['Wrona', 'person'], ['Zielinska', 'person']]);
    const linked = linkCanonicalNames(given, { text });
    assert.deepEqual(canonicals(linked), ['Tomasz Wrona->Tomasz Wrona', 'Ewa Zielinska->Ewa Zielinska', 'Wrona->Tomasz Wrona', 'Zielinska->Ewa Zielinska']);
    assert.deepEqual(canonicals(given), ['Tomasz Wrona->Tomasz Wrona', 'Ewa Zielinska->Ewa Zielinska', 'Wrona->Wrona', 'Zielinska->Zielinska']);
  });

  it('keeps an all-caps acronym in prose as written, even typed as a person, but title-cases a name in an all-caps headline', () => {
    const text = 'PUTIN MEETS ANA CHIEF\n\nThe National Water Authority (ANA) said no. An ANA hydrologist agreed.';
    const linked = linkCanonicalNames(mentions(text, [['PUTIN', 'person'], ['National Water Authority', 'organization'], ['ANA', 'person'], ['ANA', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['PUTIN->Putin', 'National Water Authority->National Water Authority', 'ANA->National Water Authority', 'ANA->National Water Authority']);
  });

  it('links a surname with a particle capitalised at a sentence start to the full name ("Al-Harbi" -> "Abdulaziz al-Harbi")', () => {
    const text = 'Abdulaziz al-Harbi led the talks. Al-Harbi said they went well. El-Sisi, not Abdel Fattah el-Sisi, spoke.';
    const linked = linkCanonicalNames(mentions(text, [['Abdulaziz al-Harbi', 'person'], ['Al-Harbi', 'person'], ['El-Sisi', 'person'], ['Abdel Fattah el-Sisi', 'person']]), { text });
    assert.deepEqual(canonicals(linked).slice(0, 3), ['Abdulaziz al-Harbi->Abdulaziz al-Harbi', 'Al-Harbi->Abdulaziz al-Harbi', 'El-Sisi->Abdel Fattah el-Sisi']);
  });

  it('links acronyms defined in words to the name: "known by its Spanish acronym", "(known as ...)", ", or ...,"', () => {
    const text = 'The Environmental Assessment and Enforcement Agency, known by its Spanish acronym OEFA, met the Financial Services Authority (known as OJK) and the Water Board, or WBX, on Monday. OEFA, OJK and WBX agreed.';
    const linked = linkCanonicalNames(mentions(text, [['Environmental Assessment and Enforcement Agency', 'organization'], ['OEFA', 'organization'], ['Financial Services Authority', 'organization'], ['OJK', 'organization'], ['Water Board', 'organization'], ['WBX', 'organization'], ['OEFA', 'organization'], ['OJK', 'organization'], ['WBX', 'organization']]), { text });
    assert.deepEqual(canonicals(linked).slice(6), ['OEFA->Environmental Assessment and Enforcement Agency', 'OJK->Financial Services Authority', 'WBX->Water Board']);
  });

  it("links a short name in brackets cut from an organisation's name to it, but not a place in brackets", () => {
    const text = 'The Karnataka Power Transmission Corporation (Karna Power) and Ostwind Ltd (Toronto) met. Karna Power agreed in Toronto.';
    const linked = linkCanonicalNames(
      mentions(text, [['Karnataka Power Transmission Corporation', 'organization'], ['Karna Power', 'organization'], ['Ostwind Ltd', 'organization'], ['Toronto', 'place'], ['Karna Power', 'organization'], ['Toronto', 'place']]),
      { text },
    );
    assert.deepEqual(canonicals(linked), [
      'Karnataka Power Transmission Corporation->Karnataka Power Transmission Corporation',
      'Karna Power->Karnataka Power Transmission Corporation',
      'Ostwind Ltd->Ostwind Ltd',
      'Toronto->Toronto',
      'Karna Power->Karnataka Power Transmission Corporation',
      'Toronto->Toronto',
    ]);
  });

  it('makes a surname mistyped as an organisation the person it names', () => {
    const text = "Dmitry Peskov spoke. Peskov's remarks";
    const [, short] = linkCanonicalNames(mentions(text, [['Dmitry Peskov', 'person'], ["Peskov's", 'organization']]), { text });
    assert.equal(short.type, 'person');
    assert.equal(short.canonical, 'Dmitry Peskov');
  });

  it('tells apart two people sharing a surname by the full name mentioned last before', () => {
    const text = 'Bill Clinton spoke. Clinton left. Hillary Clinton arrived. Clinton stayed.';
    const linked = linkCanonicalNames(mentions(text, [['Bill Clinton', 'person'], ['Clinton', 'person'], ['Hillary Clinton', 'person'], ['Clinton', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Bill Clinton->Bill Clinton', 'Clinton->Bill Clinton', 'Hillary Clinton->Hillary Clinton', 'Clinton->Hillary Clinton']);
  });

  it('links a short form mentioned before the full name to the first full name after it', () => {
    const text = 'Putin spoke. Vladimir Putin is president.';
    assert.deepEqual(canonicals(linkCanonicalNames(mentions(text, [['Putin', 'person'], ['Vladimir Putin', 'person']]), { text })), ['Putin->Vladimir Putin', 'Vladimir Putin->Vladimir Putin']);
  });

  it('links an initialised name to the full name it abbreviates, and keeps the surname alone with the full name', () => {
    const text = 'Dashdondogiin Ganbold was removed. Ganbold objected. A post signed "D. Ganbold" followed. Ganbold left. J. K. Wekesa and D Ganbold spoke; Joseph Kamau Wekesa agreed.';
    const linked = linkCanonicalNames(
      mentions(text, [['Dashdondogiin Ganbold', 'person'], ['Ganbold', 'person'], ['D. Ganbold', 'person'], ['Ganbold', 'person'], ['J. K. Wekesa', 'person'], ['D Ganbold', 'person'], ['Joseph Kamau Wekesa', 'person']]),
      { text },
    );
    assert.deepEqual(linked.map((e) => e.canonical), ['Dashdondogiin Ganbold', 'Dashdondogiin Ganbold', 'Dashdondogiin Ganbold', 'Dashdondogiin Ganbold', 'Joseph Kamau Wekesa', 'Dashdondogiin Ganbold', 'Joseph Kamau Wekesa']);
  });

  it('leaves an initialised name alone when its initial fits no full name, or fits two', () => {
    const text = 'Dashdondogiin Ganbold and Dorj Ganbold met B. Ganbold and D. Ganbold.';
    const linked = linkCanonicalNames(mentions(text, [['Dashdondogiin Ganbold', 'person'], ['Dorj Ganbold', 'person'], ['B. Ganbold', 'person'], ['D. Ganbold', 'person']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical).slice(2), ['B. Ganbold', 'D. Ganbold']);
  });

  it('drops titles and all-caps styling from people before linking', () => {
    const text = 'PUTIN URGES ALLIES. Vladimir Putin said. Mr. Putin added. President Putin left.';
    const linked = linkCanonicalNames(mentions(text, [['PUTIN', 'person'], ['Vladimir Putin', 'person'], ['Mr. Putin', 'person'], ['President Putin', 'person']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin']);
  });

  it('keeps a place named before a namesake person is introduced', () => {
    const text = 'Jordan closed its border. Michael Jordan visited. Jordan smiled.';
    const linked = linkCanonicalNames(mentions(text, [['Jordan', 'place'], ['Michael Jordan', 'person'], ['Jordan', 'place']]), { text });
    assert.deepEqual(linked.map((e) => `${e.type}:${e.canonical}`), ['place:Jordan', 'person:Michael Jordan', 'person:Michael Jordan']);
  });

  it('does not link a name to one that merely starts with the same letters', () => {
    const text = 'Ann Lee and Anne Leeson';
    const linked = linkCanonicalNames(mentions(text, [['Ann', 'person'], ['Anne Leeson', 'person']]), { text });
    assert.equal(linked[0].canonical, 'Ann');
  });

  it('links an acronym to its expansion from initials, in either order of mention', () => {
    const first = 'The CSTO met. The Collective Security Treaty Organization is led by Russia.';
    const linked = linkCanonicalNames(mentions(first, [['CSTO', 'organization'], ['Collective Security Treaty Organization', 'organization']]), { text: first });
    assert.deepEqual(linked.map((e) => e.canonical), ['Collective Security Treaty Organization', 'Collective Security Treaty Organization']);
  });

  it("spells an acronym from the first organisation's initials, never from a person's", () => {
    const text = 'Kerstin Pohl Tanner visited the Kelso Port Trust. Later the Kestrel Power Team and the KPT met.';
    const linked = linkCanonicalNames(mentions(text, [['Kerstin Pohl Tanner', 'person'], ['Kelso Port Trust', 'organization'], ['Kestrel Power Team', 'organization'], ['KPT', 'organization']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Kerstin Pohl Tanner', 'Kelso Port Trust', 'Kestrel Power Team', 'Kelso Port Trust']);
  });

  it('links a short name to the one fullest name containing it, and to the nearest of several', () => {
    const text = 'Martin Luther King spoke. Luther King left. King waved. Coretta Scott King came; King smiled.';
    const linked = linkCanonicalNames(mentions(text, [['Martin Luther King', 'person'], ['Luther King', 'person'], ['King', 'person'], ['Coretta Scott King', 'person'], ['King', 'person']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Martin Luther King', 'Martin Luther King', 'Martin Luther King', 'Coretta Scott King', 'Coretta Scott King']);
  });

  it('links a short form to a full name that repeats one of its words ("Mohamed" of "Mohamed Salah Mohamed")', () => {
    const text = 'Mohamed Salah Mohamed won. Later Mohamed spoke, and Salah Mohamed smiled.';
    const linked = linkCanonicalNames(mentions(text, [['Mohamed Salah Mohamed', 'person'], ['Mohamed', 'person'], ['Salah Mohamed', 'person']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Mohamed Salah Mohamed', 'Mohamed Salah Mohamed', 'Mohamed Salah Mohamed']);
  });

  it('links acronyms defined in parentheses, both ways round', () => {
    const text = 'the National Waterway Transport Agency (ANTAQ) said. ANTAQ officials. The OSCE (Organization for Security and Co-operation in Europe) met.';
    const linked = linkCanonicalNames(mentions(text, [['National Waterway Transport Agency', 'organization'], ['ANTAQ', 'organization'], ['OSCE', 'organization'], ['Organization for Security and Co-operation in Europe', 'organization']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['National Waterway Transport Agency', 'National Waterway Transport Agency', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Co-operation in Europe']);
  });

  it("reads a team code after a player as the team's, and a person's initials in brackets as the person's", () => {
    const text = 'Goals: Guga Ferraz (PAL) 12, Breno Zanetti (COR) 40. PAL led. Andrés Manuel López Obrador (AMLO) spoke; AMLO left.';
    const linked = linkCanonicalNames(mentions(text, [['Guga Ferraz', 'person'], ['PAL', 'organization'], ['Breno Zanetti', 'person'], ['COR', 'organization'], ['PAL', 'organization'], ['Andrés Manuel López Obrador', 'person'], ['AMLO', 'person'], ['AMLO', 'person']]), { text });
    assert.deepEqual(linked.map((e) => `${e.text}:${e.type}->${e.canonical}`), ['Guga Ferraz:person->Guga Ferraz', 'PAL:organization->PAL', 'Breno Zanetti:person->Breno Zanetti', 'COR:organization->COR', 'PAL:organization->PAL', 'Andrés Manuel López Obrador:person->Andrés Manuel López Obrador', 'AMLO:person->Andrés Manuel López Obrador', 'AMLO:person->Andrés Manuel López Obrador']);
  });

  it('title-cases all-caps datelines whatever their length, diacritics kept', () => {
    const text = 'SÃO PAULO (AP) — ROME — RIO DE JANEIRO';
    const ents = mentions(text, [['SÃO PAULO', 'place'], ['ROME', 'place'], ['RIO DE JANEIRO', 'place']]);
    assert.deepEqual(linkCanonicalNames(ents, { text, dateline: ents[0] }).map((e) => e.canonical), ['São Paulo', 'ROME', 'Rio de Janeiro']);
    assert.equal(linkCanonicalNames(ents, { text, dateline: ents[1] })[1].canonical, 'Rome');
  });

  it('expands common abbreviations from the alias table', () => {
    const text = 'the U.S. and the UN and U.N. and AP and AFP and the EU';
    const linked = linkCanonicalNames(mentions(text, [['U.S.', 'place'], ['UN', 'organization'], ['U.N.', 'organization'], ['AP', 'organization'], ['AFP', 'organization'], ['EU', 'organization']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['United States', 'United Nations', 'United Nations', 'Associated Press', 'Agence France-Presse', 'European Union']);
  });

  it('prefers a definition in the text, then the alias table, then the initials of another name', () => {
    const text = 'The University of Nairobi and the Canadian Medical Association met the U.N. envoy. The Competition and Markets Authority (CMA) said the Democratic Republic of Congo (DRC) agreed. CMA and DRC officials.';
    const linked = linkCanonicalNames(
      mentions(text, [['University of Nairobi', 'organization'], ['Canadian Medical Association', 'organization'], ['U.N.', 'organization'], ['Competition and Markets Authority', 'organization'], ['CMA', 'organization'], ['Democratic Republic of Congo', 'place'], ['DRC', 'place'], ['CMA', 'organization'], ['DRC', 'place']]),
      { text },
    );
    assert.deepEqual(canonicals(linked).slice(2), [
      'U.N.->United Nations',
      'Competition and Markets Authority->Competition and Markets Authority',
      'CMA->Competition and Markets Authority',
      'Democratic Republic of Congo->Democratic Republic of Congo',
      'DRC->Democratic Republic of Congo',
      'CMA->Competition and Markets Authority',
      'DRC->Democratic Republic of Congo',
    ]);
  });

  it('takes an acronym nobody defines from the initials of another name in the article', () => {
    const text = 'The Kenya Medical Research Institute said. KMRI staff left.';
    const linked = linkCanonicalNames(mentions(text, [['Kenya Medical Research Institute', 'organization'], ['KMRI', 'organization']]), { text });
    assert.equal(linked[1].canonical, 'Kenya Medical Research Institute');
  });

  it('gives all mentions of one entity the type most of them have', () => {
    const text = 'Kremlin said. The Kremlin denied. Kremlin sources.';
    const linked = linkCanonicalNames(mentions(text, [['Kremlin', 'organization'], ['Kremlin', 'place'], ['Kremlin', 'organization']]), { text });
    assert.deepEqual(linked.map((e) => e.type), ['organization', 'organization', 'organization']);
  });

  it('breaks a tie of types towards a person, then an organisation, and leaves names of one type alone', () => {
    const text = 'Harwood spoke. Harwood grew. Tamsin agreed. Tamsin rose. Orlo fell. Orlo built. Orlo won. Brisk ran.';
    const linked = linkCanonicalNames(mentions(text, [['Harwood', 'place'], ['Harwood', 'organization'], ['Tamsin', 'place'], ['Tamsin', 'person'], ['Orlo', 'place'], ['Orlo', 'organization'], ['Orlo', 'place'], ['Brisk', 'place']]), { text });
    assert.deepEqual(linked.map((e) => e.type), ['organization', 'organization', 'person', 'person', 'place', 'place', 'place', 'place']);
  });

  it('keeps a place after a word of place apart from the person or club of the same name', () => {
    const text = 'Rosa Lima left. Lima said she moved to Lima. Valencia fans sang, and Valencia won; the team flew back to Valencia.';
    const linked = linkCanonicalNames(mentions(text, [['Rosa Lima', 'person'], ['Lima', 'place'], ['Lima', 'place'], ['Valencia', 'organization'], ['Valencia', 'organization'], ['Valencia', 'place']]), { text });
    assert.deepEqual(linked.map((e) => `${e.type}:${e.canonical}`), ['person:Rosa Lima', 'person:Rosa Lima', 'place:Lima', 'organization:Valencia', 'organization:Valencia', 'place:Valencia']);
  });

  it('passes dates through untouched and keeps offsets and text', () => {
    const text = 'On Friday Putin spoke.';
    const date: Entity = { type: 'date', text: 'Friday', start: 3, end: 9, canonical: 'Friday, 14 May 2021', value: '2021-05-14' };
    const [d, p] = linkCanonicalNames([date, { type: 'person', text: 'Putin', start: 10, end: 15, canonical: 'Putin' }], { text });
    assert.deepEqual(d, date);
    assert.equal(text.slice(p.start, p.end), p.text);
  });

  it('links a surname whose run of particles a sentence start capitalises ("Van den Berg said") to the full name', () => {
    const text = 'Pieter van den Berg chairs the board. Van den Berg said the vote was close. De la Fuente agreed with Marta de la Fuente.';
    const linked = linkCanonicalNames(mentions(text, [['Pieter van den Berg', 'person'], ['Van den Berg', 'person'], ['De la Fuente', 'person'], ['Marta de la Fuente', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Pieter van den Berg->Pieter van den Berg', 'Van den Berg->Pieter van den Berg', 'De la Fuente->Marta de la Fuente', 'Marta de la Fuente->Marta de la Fuente']);
  });

  it('gives a name in capitals in a table heading the casing the prose gives it, but keeps an acronym in prose', () => {
    const text = 'Dynamo beat Osasuna, said Ana. An ANA hydrologist agreed.\n\nOSASUNA - goals\nMARTÍNEZ 2\n\nMartínez scored twice.';
    const linked = linkCanonicalNames(mentions(text, [['Osasuna', 'organization'], ['Ana', 'person'], ['ANA', 'organization'], ['OSASUNA', 'organization'], ['MARTÍNEZ', 'person'], ['Martínez', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Osasuna->Osasuna', 'Ana->Ana', 'ANA->ANA', 'OSASUNA->Osasuna', 'MARTÍNEZ->Martínez', 'Martínez->Martínez']);
  });

  it('takes a heading in capitals to a prose spelling title case cannot guess ("MACDONALD-ROSS" -> "MacDonald-Ross")', () => {
    const text = 'Eilidh MacDonald-Ross won.\n\nRESULTS\n1 MACDONALD-ROSS';
    const linked = linkCanonicalNames(mentions(text, [['Eilidh MacDonald-Ross', 'person'], ['MACDONALD-ROSS', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Eilidh MacDonald-Ross->Eilidh MacDonald-Ross', 'MACDONALD-ROSS->Eilidh MacDonald-Ross']);
  });

  it("keeps the \"'s\" of a shop's name in a list, and links its possessive to it, but drops a possessive before a noun", () => {
    const text = "Lidl, Harrod's and Boots cut prices. Harrod's profits fell. Apple's and Google's shares rose.";
    const linked = linkCanonicalNames(mentions(text, [['Lidl', 'organization'], ["Harrod's", 'organization'], ['Boots', 'organization'], ["Harrod's", 'organization'], ["Apple's", 'organization'], ["Google's", 'organization']]), { text });
    assert.deepEqual(canonicals(linked), ['Lidl->Lidl', "Harrod's->Harrod's", 'Boots->Boots', "Harrod's->Harrod's", "Apple's->Apple", "Google's->Google"]);
  });

  it('reads a three-letter country code typed as a place as the country, but not an organisation of the same letters', () => {
    const text = '1. A. Moreau (FRA) 9.81, 2. K. Otieno (KEN) 9.84. The SCO summit and Scotland (SCO) were both in the news.';
    const linked = linkCanonicalNames(mentions(text, [['FRA', 'place'], ['KEN', 'place'], ['SCO', 'organization']]), { text });
    assert.deepEqual(canonicals(linked), ['FRA->France', 'KEN->Kenya', 'SCO->SCO']);
  });

  it("does not read the letters of a handle as another name's initials, but still reads them in prose", () => {
    const text = 'Water flows down the California Aqueduct. Follow @CA_Water for updates. The CA runs 400 miles.';
    const linked = linkCanonicalNames(mentions(text, [['California Aqueduct', 'place'], ['CA', 'place'], ['CA', 'place']]), { text });
    assert.deepEqual(canonicals(linked), ['California Aqueduct->California Aqueduct', 'CA->CA', 'CA->California Aqueduct']);
  });

  it('links a capitalised "Bin" or "Van" surname to the full name, and leaves a name with no particle as written', () => {
    const text = 'Tarek bin Laden arrived. Bin Laden spoke. Pieter van Dijk agreed. Van Dijk left. Dijkstra stayed.';
    const linked = linkCanonicalNames(mentions(text, [['Tarek bin Laden', 'person'], ['Bin Laden', 'person'], ['Pieter van Dijk', 'person'], ['Van Dijk', 'person'], ['Dijkstra', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Tarek bin Laden->Tarek bin Laden', 'Bin Laden->Tarek bin Laden', 'Pieter van Dijk->Pieter van Dijk', 'Van Dijk->Pieter van Dijk', 'Dijkstra->Dijkstra']);
  });
});
