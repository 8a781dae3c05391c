import * as assert from 'node:assert/strict';
import { isNationality, withoutNonNames } from '../../../src/core/ner/not-names';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { showSpans, spanAt } from '../helpers/spans';

describe('words that are not names', () => {
  it('drops a nationality of several words the model took for a person', () => {
    const text = 'The mission, led by former Costa Rican diplomat Ana Solís, arrived.';
    const spans = refineSpans(text, [spanAt(text, 'Costa Rican', 'person'), spanAt(text, 'Ana Solís', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Ana Solís']);
  });

  it('drops a vessel type\'s or a thing\'s capitals the model took for an organisation, and keeps a body\'s', () => {
    const text = 'The yard won an FPSO order and two VLCCs, and the FAA agreed.';
    const spans = withoutNonNames(text, [spanAt(text, 'FPSO', 'organization'), spanAt(text, 'VLCCs', 'organization'), spanAt(text, 'FAA', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:FAA']);
  });

  it('answers a span of the same text the same way when asked again, by its type as well as its place', () => {
    const text = 'The yard won an FPSO order and two VLCCs, and the FAA agreed.';
    const first = withoutNonNames(text, [spanAt(text, 'FPSO', 'organization'), spanAt(text, 'FAA', 'organization')]);
    const again = withoutNonNames(text, [spanAt(text, 'FPSO', 'place'), spanAt(text, 'FPSO', 'organization'), spanAt(text, 'FAA', 'organization')]);
    assert.deepEqual(showSpans(text, first), ['organization:FAA']);
    assert.deepEqual(showSpans(text, again), ['place:FPSO', 'organization:FAA']);
  });

  it('drops the title a town holds for a year, and keeps a body named so without "of Culture"', () => {
    const text = 'The Tartu European Capital of Culture year ended; European Capital Partners paid.';
    const spans = withoutNonNames(text, [spanAt(text, 'Tartu', 'place'), spanAt(text, 'European Capital', 'organization'), spanAt(text, 'European Capital Partners', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['place:Tartu', 'organization:European Capital Partners']);
  });

  it('drops a nationality written in capitals in a crosshead, of any type, but keeps a capitals name, a place ending as a nationality does and a short code', () => {
    const text = 'KENYAN TRUCKS WAIT\n\nDrivers queued.\n\nCOLOMBIAN EXPORTS\n\nKENYA POWER and the UAE said so. I LOVE TEHRAN.';
    const spans = [spanAt(text, 'KENYAN', 'organization'), spanAt(text, 'COLOMBIAN', 'place'), spanAt(text, 'KENYA POWER', 'organization'), spanAt(text, 'UAE', 'place'), spanAt(text, 'TEHRAN', 'place')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['organization:KENYA POWER', 'place:UAE', 'place:TEHRAN']);
  });

  it('knows nationalities formed from listed places, and not other names', () => {
    assert.ok(isNationality('Sri Lankan'));
    assert.ok(isNationality('New Zealander'));
    assert.ok(isNationality('Kenyan'));
    assert.ok(!isNationality('Georgian Dream'));
    assert.ok(!isNationality('Doris Day'));
  });

  it('knows a nationality of a place whose final "y" or "a" the ending replaces or keeps, and a place itself typed as one', () => {
    assert.ok(isNationality('Italian'));
    assert.ok(isNationality('Colombian'));
    assert.ok(isNationality('Sudanese'));
    assert.ok(!isNationality('Morgan'));
    assert.ok(!isNationality('Jonathan'));
  });

  it('drops every kind of competition name, and keeps names ending like them', () => {
    const names = ['Serie A', 'Serie B', 'Ligue 1', 'Ligue 2', 'Liiga', 'LaLiga', 'Primeira Liga', 'Bundesliga', 'Eredivisie', 'EuroLeague', 'EuroCup', 'Saudi Pro League', 'UEFA Champions League', 'Scottish Premiership', 'Championship', 'Copa del Rey', 'Coppa Italia', 'Carabao Cup'];
    const text = `${names.join(', ')} and Alta Vista.`;
    const spans = names.map((n) => spanAt(text, n, 'organization'));
    assert.deepEqual(showSpans(text, withoutNonNames(text, [...spans, spanAt(text, 'Alta Vista', 'place')])), ['place:Alta Vista']);
  });

  it('drops the country of every race named after one, with or without a space, and a post named after its region', () => {
    const text = "He won the Giro d'Italia, the Vuelta al\tPaís Vasco and the Tour of  Britain, then met Regional Director West and Spain.";
    const spans = [spanAt(text, 'Italia', 'place'), spanAt(text, 'País Vasco', 'place'), spanAt(text, 'Britain', 'place'), spanAt(text, 'Regional Director West', 'organization'), spanAt(text, 'Spain', 'place')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['place:Spain']);
  });

  it("drops a country's letters before a currency sign after a tab, and keeps them before a word", () => {
    const text = 'Costs: HK\t$ 40 and UK £ 9, paid in NZ dollars.';
    const spans = [spanAt(text, 'HK', 'place'), spanAt(text, 'UK', 'place'), spanAt(text, 'NZ', 'place')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['place:NZ']);
  });

  it("drops a lawyer's post-nominal letters and a currency's country prefix", () => {
    const text = 'Counsel, Ruth Aldane, QC, said bail of US$ 5,000 and NZ $ 3 million was set.';
    const spans = refineSpans(text, [spanAt(text, 'Ruth Aldane', 'person'), spanAt(text, 'QC', 'place'), spanAt(text, 'US', 'place'), spanAt(text, 'NZ', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Ruth Aldane']);
  });

  it('keeps a country after a person, and a country written before a price in words', () => {
    const text = 'Officials from the US said prices in Canada rose.';
    const spans = refineSpans(text, [spanAt(text, 'US', 'place'), spanAt(text, 'Canada', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:US', 'place:Canada']);
  });

  it('drops the country in the name of a race and the names of football competitions', () => {
    const text = 'He rode the Tour de France, then coached in La Liga and the Europa League in Spain.';
    const spans = refineSpans(text, [spanAt(text, 'France', 'place'), spanAt(text, 'La Liga', 'place'), spanAt(text, 'Europa League', 'organization'), spanAt(text, 'Spain', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Spain']);
    const english = 'The Premier League club beat a Championship side in the FA Cup.';
    assert.deepEqual(refineSpans(english, [spanAt(english, 'Premier League', 'organization'), spanAt(english, 'Championship', 'organization'), spanAt(english, 'FA Cup', 'organization')]), []);
  });

  it("drops leagues named with a sports body's letters or a sport's word, and the Finnish league", () => {
    const text = 'They reached the IHF Champions League, the Champions Hockey League, the Beach Volleyball Nations League, the Cypriot Basket League, the EuroLeague and the Liiga.';
    const names = ['IHF Champions League', 'Champions Hockey League', 'Volleyball Nations League', 'Cypriot Basket League', 'EuroLeague', 'Liiga'];
    assert.deepEqual(refineSpans(text, names.map((n) => spanAt(text, n, 'organization'))), []);
    const political = 'The Awami League and the Arab League met.';
    assert.deepEqual(showSpans(political, refineSpans(political, [spanAt(political, 'Awami League', 'organization'), spanAt(political, 'Arab League', 'organization')])), ['organization:Awami League', 'organization:Arab League']);
  });

  it("drops the \"Bill\" ending a bill's title, and keeps a man named Bill", () => {
    const text = 'The Water (Amendment) Bill would pass, said Bill Tarrant, and the Ports Bill failed. Thanks From Bill';
    const spans = refineSpans(text, [spanAt(text, 'Bill', 'person'), spanAt(text, 'Bill Tarrant', 'person'), spanAt(text, 'Bill', 'person', 2), spanAt(text, 'Bill', 'person', 3)]);
    assert.deepEqual(showSpans(text, spans), ['person:Bill Tarrant', 'person:Bill']);
  });

  it('drops the name of an aircraft after its model code, and keeps the places around it', () => {
    const text = 'A KC-135 Stratotanker and two MiG-29 Fulcrum jets flew over Dover. The A-10 Warthog landed at Lakenheath.';
    const spans = refineSpans(text, [spanAt(text, 'Stratotanker', 'place'), spanAt(text, 'Fulcrum', 'person'), spanAt(text, 'Dover', 'place'), spanAt(text, 'Warthog', 'person'), spanAt(text, 'Lakenheath', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Dover', 'place:Lakenheath']);
  });

  it('drops a national "Pro League" as a competition', () => {
    const text = 'He won the Belgian Pro League title with the club in Brugge.';
    const spans = refineSpans(text, [spanAt(text, 'Belgian Pro League', 'organization'), spanAt(text, 'Brugge', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Brugge']);
  });

  it('drops an article of another language found alone, and keeps a name that starts with one', () => {
    const text = '"Le retour du roi," she wrote from Le Havre.';
    const spans = [spanAt(text, 'Le', 'place'), spanAt(text, 'Le Havre', 'place')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['place:Le Havre']);
  });
});

describe('names inside the title of a law or a national plan', () => {
  it('drops a place or a body that opens the title of an Act or a "Vision" plan', () => {
    const text = 'Under the Velland Water Act 2021 and the Harbour Safety and Pilotage Act, and towards Velland Vision 2050, the Velland Port Authority acts.';
    const spans = [spanAt(text, 'Velland', 'place'), spanAt(text, 'Harbour Safety', 'organization'), spanAt(text, 'Velland', 'place', 1), spanAt(text, 'Velland Port Authority', 'organization')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['organization:Velland Port Authority']);
  });

  it('keeps a name before "Act" in another sentence or before "act" in lower case', () => {
    const text = 'Talks were held in Velland. Act now, said Ines Roe; Velland must act.';
    const spans = [spanAt(text, 'Velland', 'place'), spanAt(text, 'Ines Roe', 'person'), spanAt(text, 'Velland', 'place', 1)];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), showSpans(text, spans));
  });
});

describe('a style abbreviated before a name', () => {
  it('drops "Hon." read as a place or an organisation, not a person named Hon', () => {
    const text = 'Issued by Hon. Mwila Banda, MP. Chan Hon said so.';
    const spans = [spanAt(text, 'Hon', 'place'), spanAt(text, 'Mwila Banda', 'person'), spanAt(text, 'Chan Hon', 'person')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['person:Mwila Banda', 'person:Chan Hon']);
  });
});

describe('a capital letter alone', () => {
  it('drops it, but keeps "X", a letter before a full stop and one after a capitalised word', () => {
    const text = 'Areas in groups A to L lose power; Ann posted on X that the U.S. and Group G agree.';
    const spans = [spanAt(text, 'L', 'person'), spanAt(text, 'X', 'organization'), spanAt(text, 'U', 'place'), spanAt(text, 'G', 'organization', 1)];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['organization:X', 'place:U', 'organization:G']);
  });

  it('drops a capitalised job before a name that a list took for an organisation, but keeps the magazine', () => {
    const text = 'Economist Nadia Ferro of the Halden Institute was cautious. Ferro reads The Economist.';
    const spans = withoutNonNames(text, [spanAt(text, 'Economist', 'organization'), spanAt(text, 'Nadia Ferro', 'person'), spanAt(text, 'Halden Institute', 'organization'), spanAt(text, 'The Economist', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Nadia Ferro', 'organization:Halden Institute', 'organization:The Economist']);
  });

  it('drops a party member read as a person, and keeps the party', () => {
    const text = 'Lena Ortiz, a Democrat from the valley, faces a Republican in the Republican Party primary.';
    const spans = withoutNonNames(text, [spanAt(text, 'Lena Ortiz', 'person'), spanAt(text, 'Democrat', 'person'), spanAt(text, 'Republican', 'person'), spanAt(text, 'Republican Party', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Lena Ortiz', 'organization:Republican Party']);
  });

  it('drops a post named after its region, and keeps a body with a region in its name', () => {
    const text = 'Regional Police Commander West, Inspector Tomasi Vula, met the Western Health Board.';
    const spans = withoutNonNames(text, [spanAt(text, 'Regional Police Commander West', 'organization'), spanAt(text, 'Tomasi Vula', 'person'), spanAt(text, 'Western Health Board', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Tomasi Vula', 'organization:Western Health Board']);
  });

  it('types "the Americas" a place whatever the model made of it, and keeps a firm\'s arm named after them', () => {
    const text = 'Trade across the Americas grew, Fabrikam Americas said.';
    const spans = refineSpans(text, [spanAt(text, 'Americas', 'organization'), spanAt(text, 'Fabrikam Americas', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['place:Americas', 'organization:Fabrikam Americas']);
  });
});

describe("a party's member after 'a' and a job's title before a person", () => {
  it('drops a member\'s noun read as a person, but not a word qualifying a noun', () => {
    const text = 'The sponsor, a Republican from Ohio, and a Liberal, backed a Tasman rail line.';
    const spans = [spanAt(text, 'Republican', 'person'), spanAt(text, 'Ohio', 'place'), spanAt(text, 'Liberal', 'person'), spanAt(text, 'Tasman', 'person')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['place:Ohio', 'person:Tasman']);
  });

  it('drops a job title the lists hold as a body right before a person, but keeps "the Economist"', () => {
    const text = 'Economist Jane Ross said so. The Economist Mark Lee read it.';
    const spans = [spanAt(text, 'Economist', 'organization'), spanAt(text, 'Jane Ross', 'person'), spanAt(text, 'Economist', 'organization', 1), spanAt(text, 'Mark Lee', 'person')];
    assert.deepEqual(showSpans(text, withoutNonNames(text, spans)), ['person:Jane Ross', 'organization:Economist', 'person:Mark Lee']);
  });
});
