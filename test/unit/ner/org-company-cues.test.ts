import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withCompanyCues } from '../../../src/core/ner/org-company-cues';

describe('companies named like people, told by their cues', () => {
  it('types a name after a financial job and "at", or before its shares, as an organisation at every mention', () => {
    const text = 'Ravi Shah, a fund manager at Murray Lennox, said Dunbar Reid\'s shares were cheap. Dunbar Reid fell.';
    const spans = withCompanyCues(text, [spanAt(text, 'Ravi Shah', 'person'), spanAt(text, 'Murray Lennox', 'person'), spanAt(text, 'Dunbar Reid', 'person'), spanAt(text, 'Dunbar Reid', 'person', 1)]);
    assert.deepEqual(showSpans(text, spans), ['person:Ravi Shah', 'organization:Murray Lennox', 'organization:Dunbar Reid', 'organization:Dunbar Reid']);
  });

  it('types a name before a producer\'s output as a company at every mention', () => {
    const text = 'Kestrel Metals produced 12,400 tonnes of zinc in June. Orvana lifted gold output by 5 percent, Dalbruk shipped 8,000 tonnes and Tessin reported a 6 percent gain at its smelter. Kestrel Metals rose.';
    const names = ['Kestrel Metals', 'Orvana', 'Dalbruk', 'Tessin'];
    const spans = [...names.map((n) => spanAt(text, n, 'person')), spanAt(text, 'Kestrel Metals', 'person', 1)];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Kestrel Metals', 'organization:Orvana', 'organization:Dalbruk', 'organization:Tessin', 'organization:Kestrel Metals']);
  });

  it('keeps a person before an output with a listed given name or a title, and one whose verb takes no quantity', () => {
    const text = 'Peter Ndlovu produced 40 tonnes of maize. Farmer Gumbo shipped 300 bags, Mr Tafara raised output, Moyo produced a film and Zaria sold 2 million units.';
    const spans = ['Peter Ndlovu', 'Gumbo', 'Tafara', 'Moyo', 'Zaria'].map((n) => spanAt(text, n, 'person'));
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, () => false, (word) => word === 'Peter')), showSpans(text, spans));
  });

  it('types a name before a contractor\'s work on plant and equipment as a company, but a person with a title or given name', () => {
    const text = 'Dornvik Hallam supplies the gas compressors, Quarto laid the subsea lines and Belsen drilled 14 wells. Mr Tarrow built the new platform, Anna Kell laid the cables, and Ruddock built the house.';
    const spans = ['Dornvik Hallam', 'Quarto', 'Belsen', 'Tarrow', 'Anna Kell', 'Ruddock'].map((n) => spanAt(text, n, 'person'));
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, () => false, (word) => word === 'Anna')), [
      'organization:Dornvik Hallam', 'organization:Quarto', 'organization:Belsen', 'person:Tarrow', 'person:Anna Kell', 'person:Ruddock',
    ]);
  });

  it('types an unknown place\'s name before a contractor\'s work as a company, but a listed place', () => {
    const text = 'Brannock laid the subsea lines, and Norland supplied the trains.';
    const spans = ['Brannock', 'Norland'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, (name) => name === 'Norland')), ['organization:Brannock', 'place:Norland']);
  });

  it('types a name before "its" services or sites as an operator, but a person with a title', () => {
    const text = 'Skervane cancelled its evening ferries and Hollway kept its island service. Mr Dunmore suspended its flights.';
    const spans = ['Skervane', 'Hollway', 'Dunmore'].map((n) => spanAt(text, n, 'person'));
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Skervane', 'organization:Hollway', 'person:Dunmore']);
  });

  it('types a name that added or laid on vehicles or sailings as an operator, but not one who added other things', () => {
    const text = 'Velbus added three buses from the lakes and Marrow laid on extra sailings. Tessaly added three goals.';
    const spans = ['Velbus', 'Marrow', 'Tessaly'].map((n) => spanAt(text, n, 'person'));
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Velbus', 'organization:Marrow', 'person:Tessaly']);
  });

  it('types a name after "shares in" as a company, but a listed place', () => {
    const text = 'Shares in Kanto Optics fell while shares in Osaka rose. Kanto Optics said nothing.';
    const spans = [spanAt(text, 'Kanto Optics', 'place'), spanAt(text, 'Osaka', 'place'), spanAt(text, 'Kanto Optics', 'person', 1)];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, (name) => name === 'Osaka')), ['organization:Kanto Optics', 'place:Osaka', 'organization:Kanto Optics']);
  });

  it('takes a name after "shares of" whole through an ampersand between capitals or from figures before a capital', () => {
    const text = 'Shares of K&V Retail slid. Traders dumped shares in 4G-Lintra and shares of 9Q Labs, not shares of 12 banks.';
    const spans = withCompanyCues(text, []);
    assert.deepEqual(showSpans(text, spans), ['organization:K&V Retail', 'organization:4G-Lintra', 'organization:9Q Labs']);
  });

  it('adds a name the model missed after "shares of" or "shares in", ending at a sentence\'s full stop, but a place or a nationality', () => {
    const text = 'Shares of Morrel & Vane rose. He sold his shares in Tovik. The shares of J.K. Brill Corporation fell, unlike shares in Lisbon or shares of Spanish banks.';
    const spans = withCompanyCues(text, [], (name) => name === 'Lisbon');
    assert.deepEqual(showSpans(text, spans), ['organization:Morrel & Vane', 'organization:Tovik', 'organization:J.K. Brill Corporation']);
  });

  it('types a venture, a town\'s company or a development investor in an apposition, with its other mentions', () => {
    const text = 'Hoshiro, the state-backed Japanese chip venture, said it would wait. Tana Kilimo, a Mombasa company that sells seeds, grew. Fjordkap, the Danish development investor, sold. Hoshiro later agreed.';
    const names = ['Hoshiro', 'Tana Kilimo', 'Fjordkap'];
    const spans = [...names.map((n) => spanAt(text, n, 'person')), spanAt(text, 'Hoshiro', 'person', 1)];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Hoshiro', 'organization:Tana Kilimo', 'organization:Fjordkap', 'organization:Hoshiro']);
  });

  it("types a town's firm, a supporters' group and a trade's app before a name as organisations", () => {
    const text = 'Her lawyer, of the Denver firm Marlow Keane, spoke. Supporters\' group Curva Alta will march. Riders of the delivery app Zipcart struck. The company Ann Lee founded grew.';
    const names = ['Marlow Keane', 'Curva Alta', 'Zipcart', 'Ann Lee'];
    const spans = names.map((n) => spanAt(text, n, 'person'));
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Marlow Keane', 'organization:Curva Alta', 'organization:Zipcart', 'person:Ann Lee']);
  });

  it('types and finds a list of two or more names straight after a plural noun of companies', () => {
    const text = 'The regional rail operators Vantra, KLD and Ostwerk bid, as did lenders Marrow. Ostwerk won.';
    const spans = [spanAt(text, 'Vantra', 'person'), spanAt(text, 'KLD', 'place'), spanAt(text, 'Marrow', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Vantra', 'organization:KLD', 'organization:Ostwerk', 'person:Marrow']);
  });

  it("types and finds the names of a list of investors that holds a company's name", () => {
    const text = 'Its largest shareholders, Fraser Moncrieff and Abbot & Lyle, backed the deal.';
    const spans = withCompanyCues(text, [spanAt(text, 'Fraser Moncrieff', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Fraser Moncrieff', 'organization:Abbot & Lyle']);
  });

  it('reads a list after "asset managers" or "lenders" again when the text is read a second time with other spans', () => {
    const text = 'Its asset managers, Corbel & Wray and Lintel Capital, sold; fund managers Ada Moss stayed.';
    const first = withCompanyCues(text, []);
    assert.deepEqual(showSpans(text, first), ['organization:Corbel & Wray', 'organization:Lintel Capital']);
    const second = withCompanyCues(text, [spanAt(text, 'Lintel Capital', 'person'), spanAt(text, 'Ada Moss', 'person')]);
    assert.deepEqual(showSpans(text, second), ['organization:Corbel & Wray', 'organization:Lintel Capital', 'person:Ada Moss']);
  });

  it('leaves a list of investors with no company among them', () => {
    const text = 'Famous investors, Hettie Moss and Carl Brandt, met.';
    const spans = [spanAt(text, 'Hettie Moss', 'person'), spanAt(text, 'Carl Brandt', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['person:Hettie Moss', 'person:Carl Brandt']);
  });

  it('types a name after a financial job, a person and "of" or "at" as an organisation', () => {
    const text = 'Analyst Ingo Brand of Kessler Rowe and economist Mia Roth at Dunbar Reid agreed; Ian Ross of Leeds did not.';
    const spans = withCompanyCues(text, [spanAt(text, 'Ingo Brand', 'person'), spanAt(text, 'Kessler Rowe', 'person'), spanAt(text, 'Mia Roth', 'person'), spanAt(text, 'Dunbar Reid', 'person'), spanAt(text, 'Ian Ross', 'person'), spanAt(text, 'Leeds', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Ingo Brand', 'organization:Kessler Rowe', 'person:Mia Roth', 'organization:Dunbar Reid', 'person:Ian Ross', 'place:Leeds']);
  });

  it("types a name after a company's noun, or before one in an apposition, as an organisation", () => {
    const text = 'A rival such as Danish co-operative Nordmark, the broadcaster Halsey, the law firm Brask Lund and IG Zement, Germany\'s largest union, objected. Tarvan, a hardline daily whose editor is named by the state, agreed.';
    const spans = withCompanyCues(text, [spanAt(text, 'Nordmark', 'place'), spanAt(text, 'Halsey', 'person'), spanAt(text, 'Brask Lund', 'person'), spanAt(text, 'IG Zement', 'person'), spanAt(text, 'Germany', 'place'), spanAt(text, 'Tarvan', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Nordmark', 'organization:Halsey', 'organization:Brask Lund', 'organization:IG Zement', 'place:Germany', 'organization:Tarvan']);
  });

  it('leaves a person whose apposition names a job at a company, a rival who is a person, and a founder after "the company"', () => {
    const text = "Mia Roth, the company's founder, and Ian Ross, a bank analyst, met his rival Tom Hale at the company Ada Lind founded.";
    const spans = [spanAt(text, 'Mia Roth', 'person'), spanAt(text, 'Ian Ross', 'person'), spanAt(text, 'Tom Hale', 'person'), spanAt(text, 'Ada Lind', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), showSpans(text, spans));
  });

  it('types and finds the names of a list of companies', () => {
    const text = 'Coal companies including Glenwood, BHQ and Yarrow Coal offered to pay.';
    const spans = withCompanyCues(text, [spanAt(text, 'Yarrow Coal', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Glenwood', 'organization:BHQ', 'organization:Yarrow Coal']);
  });

  it('types and finds the one-word names of a list of start-ups or of rivals', () => {
    const text = 'Payroll start-ups such as Tallyo and Kesh grew fast, and rivals including Brimly, Quonta and Vesso cut fees.';
    const spans = withCompanyCues(text, [spanAt(text, 'Kesh', 'person'), spanAt(text, 'Quonta', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Tallyo', 'organization:Kesh', 'organization:Brimly', 'organization:Quonta', 'organization:Vesso']);
  });

  it('leaves a list of rivals that holds a listed place, a known name or the surname of a person named in full', () => {
    const isPlace = (name: string): boolean => name === 'Kelmar';
    const isPersonWord = (word: string): boolean => word === 'Tomas';
    const text = 'Ana Brevik won. Its rivals such as Kelmar and Dovra objected; competitors like Tomas and Ostrel trailed; rivals such as Brevik and Marlo lost.';
    const spans = [spanAt(text, 'Ana Brevik', 'person'), spanAt(text, 'Kelmar', 'place'), spanAt(text, 'Brevik', 'person', 1), spanAt(text, 'Marlo', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, isPlace, isPersonWord)), showSpans(text, spans));
  });

  it('types a one-word name after "-backed", "-owned" or "-listed" as a company, but a full name or a known one', () => {
    const text = 'The Zentra-backed Pavlo grew; Nasdaq-listed Korrin fell; the Kremlin-backed Dmitri Volkov and the party-backed Maria spoke.';
    const spans = [spanAt(text, 'Pavlo', 'person'), spanAt(text, 'Korrin', 'person'), spanAt(text, 'Dmitri Volkov', 'person'), spanAt(text, 'Maria', 'person')];
    const out = withCompanyCues(text, spans, () => false, (word) => word === 'Maria');
    assert.deepEqual(showSpans(text, out), ['organization:Pavlo', 'organization:Korrin', 'person:Dmitri Volkov', 'person:Maria']);
  });

  it('types a name after lawyers or auditors "at" as a company, but a listed place', () => {
    const text = 'Lawyers at Pryce Halloran said so, auditors at Venn Dale agreed, and lawyers at Geneva disagreed.';
    const spans = [spanAt(text, 'Pryce Halloran', 'place'), spanAt(text, 'Venn Dale', 'person'), spanAt(text, 'Geneva', 'place')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, (name) => name === 'Geneva')), ['organization:Pryce Halloran', 'organization:Venn Dale', 'place:Geneva']);
  });

  it('types a name after "a consultant at", or described as "the broker" or a utility, as an organisation', () => {
    const text = 'Premiums fell, according to Halloway, the broker. Ann Cole, a consultant at Brisley in Leeds, agreed. Power comes from RDE Norte, the regional utility that took over.';
    const spans = [spanAt(text, 'Halloway', 'person'), spanAt(text, 'Ann Cole', 'person'), spanAt(text, 'Brisley', 'place'), spanAt(text, 'Leeds', 'place'), spanAt(text, 'RDE Norte', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Halloway', 'person:Ann Cole', 'organization:Brisley', 'place:Leeds', 'organization:RDE Norte']);
  });

  it('keeps a full name described as a broker a person', () => {
    const text = 'Tom Reyes, the broker who sold it, left.';
    assert.deepEqual(showSpans(text, withCompanyCues(text, [spanAt(text, 'Tom Reyes', 'person')])), ['person:Tom Reyes']);
  });

  it('finds a name the model missed after a consortium or a conglomerate', () => {
    const text = 'Its builder, the Turkish-Greek consortium Aegean Blue Water, was late, as was the conglomerate Velmora.';
    assert.deepEqual(showSpans(text, withCompanyCues(text, [])), ['organization:Aegean Blue Water', 'organization:Velmora']);
  });

  it('types a one-word name paired with a company by its shape, and adds capitals paired with an organisation', () => {
    const text = 'Shares were led by Dorrins and Kale Mart Holdings. Rhein-Kargo and CSL said less. Acme Group and AI firms grew.';
    const spans = [spanAt(text, 'Dorrins', 'person'), spanAt(text, 'Kale Mart Holdings', 'organization'), spanAt(text, 'Rhein-Kargo', 'organization'), spanAt(text, 'Acme Group', 'organization')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Dorrins', 'organization:Kale Mart Holdings', 'organization:Rhein-Kargo', 'organization:CSL', 'organization:Acme Group']);
  });

  it('keeps the surname of a person named in full beside a company a person', () => {
    const text = 'Mark Dorrins spoke. A deal between Dorrins and Kale Mart Holdings fell through.';
    const spans = [spanAt(text, 'Mark Dorrins', 'person'), spanAt(text, 'Dorrins', 'person', 1), spanAt(text, 'Kale Mart Holdings', 'organization')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['person:Mark Dorrins', 'person:Dorrins', 'organization:Kale Mart Holdings']);
  });

  it('types a one-word employer before a job at a body and a person, at that mention only', () => {
    const text = 'Later, Veltrix director Ann Lee-Hoog said so. Veltrix was quiet. Oslo director Tom Ruiz and Kessa spokesperson Mia Holt spoke; Kessa lies in the north, in Kessa.';
    const spans = [spanAt(text, 'Veltrix', 'place'), spanAt(text, 'Ann Lee-Hoog', 'person'), spanAt(text, 'Veltrix', 'place', 1), spanAt(text, 'Oslo', 'place'), spanAt(text, 'Tom Ruiz', 'person'), spanAt(text, 'Kessa', 'place'), spanAt(text, 'Mia Holt', 'person'), spanAt(text, 'Kessa', 'place', 1), spanAt(text, 'Kessa', 'place', 2)];
    const shown = showSpans(text, withCompanyCues(text, spans, (name) => name === 'Oslo'));
    assert.deepEqual(shown, ['organization:Veltrix', 'person:Ann Lee-Hoog', 'place:Veltrix', 'place:Oslo', 'person:Tom Ruiz', 'place:Kessa', 'person:Mia Holt', 'place:Kessa', 'place:Kessa']);
  });

  it('types a one-word name before a move in percent as a company, and the second name of a gapped pair', () => {
    const text = 'Talvora fell 3.8 percent on weaker sales. On the bourse, Brenmark Energy gained 2.1% and Quessant 1.4% by noon.';
    const spans = [spanAt(text, 'Talvora', 'person'), spanAt(text, 'Brenmark Energy', 'organization'), spanAt(text, 'Quessant', 'place')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Talvora', 'organization:Brenmark Energy', 'organization:Quessant']);
  });

  it('reads a small move told with "edged up" or "inched down" as a move in percent too', () => {
    const text = 'Talvora edged up 0.8 percent. Brenmark inched down 1.1% by noon.';
    const spans = [spanAt(text, 'Talvora', 'person'), spanAt(text, 'Brenmark', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Talvora', 'organization:Brenmark']);
  });

  it('keeps a person before a move in percent when the name ends a full name or a list knows it', () => {
    const text = 'Anna Mirsk led the poll. Mirsk rose 3 percent while Tomas gained 2 percent.';
    const spans = [spanAt(text, 'Anna Mirsk', 'person'), spanAt(text, 'Mirsk', 'person', 1), spanAt(text, 'Tomas', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, () => false, (word) => word === 'Tomas')), showSpans(text, spans));
  });

  it('types a one-word name beside any organisation a company when no list knows it as a person\'s', () => {
    const text = 'The Harbour Board and Ostrelli signed. The Harbour Board and Carla Ruiz met, as did the Harbour Board and Peter. NWSC and James To won.';
    const spans = [spanAt(text, 'Harbour Board', 'organization'), spanAt(text, 'Ostrelli', 'person'), spanAt(text, 'Harbour Board', 'organization', 1), spanAt(text, 'Carla Ruiz', 'person'), spanAt(text, 'Harbour Board', 'organization', 2), spanAt(text, 'Peter', 'person'), spanAt(text, 'NWSC', 'organization'), spanAt(text, 'James', 'person')];
    const shown = showSpans(text, withCompanyCues(text, spans, () => false, (word) => word === 'Peter'));
    assert.deepEqual(shown, ['organization:Harbour Board', 'organization:Ostrelli', 'organization:Harbour Board', 'person:Carla Ruiz', 'organization:Harbour Board', 'person:Peter', 'organization:NWSC', 'person:James']);
  });

  it('types the names after "led by" as companies after a consortium, a move in percent, or beside a company', () => {
    const text = 'A consortium led by Halvern and Tosca won. Silver rose 2 percent, led by Orvek and Pallas. Rival bids were led by Kintra, Dune Works Company and Van Der Molen. The march was led by Ana Ruiz and Leo Park.';
    const spans = [spanAt(text, 'Halvern', 'person'), spanAt(text, 'Tosca', 'place'), spanAt(text, 'Pallas', 'place'), spanAt(text, 'Kintra', 'place'), spanAt(text, 'Dune Works Company', 'organization'), spanAt(text, 'Van Der Molen', 'person'), spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Leo Park', 'person')];
    const shown = showSpans(text, withCompanyCues(text, spans));
    assert.deepEqual(shown, ['organization:Halvern', 'organization:Tosca', 'organization:Orvek', 'organization:Pallas', 'organization:Kintra', 'organization:Dune Works Company', 'organization:Van Der Molen', 'person:Ana Ruiz', 'person:Leo Park']);
  });

  it('types a one-word name that data are compiled by as a company, but not a person\'s name', () => {
    const text = 'Shipping data compiled by Vortexa showed it; figures gathered by Ingrid were late, as were data compiled by Ana Ruiz.';
    const spans = [spanAt(text, 'Vortexa', 'person'), spanAt(text, 'Ingrid', 'person'), spanAt(text, 'Ana Ruiz', 'person')];
    const shown = showSpans(text, withCompanyCues(text, spans, () => false, (word) => word === 'Ingrid'));
    assert.deepEqual(shown, ['organization:Vortexa', 'person:Ingrid', 'person:Ana Ruiz']);
  });

  it('types a one-word name after a firm\'s role as a company, but not a name of the lists or a full name\'s surname', () => {
    const text = 'Contractor Brannock cleared the road and bus operator Kelvo added trips. Supplier Ingrid was paid; former contractor Tom Vessey, or contractor Vessey, was not.';
    const spans = [spanAt(text, 'Brannock', 'person'), spanAt(text, 'Kelvo', 'person'), spanAt(text, 'Ingrid', 'person'), spanAt(text, 'Tom Vessey', 'person'), spanAt(text, 'Vessey', 'person', 1)];
    const shown = showSpans(text, withCompanyCues(text, spans, () => false, (word) => word === 'Ingrid'));
    assert.deepEqual(shown, ['organization:Brannock', 'organization:Kelvo', 'person:Ingrid', 'person:Tom Vessey', 'person:Vessey']);
  });

  it('types or adds a name after a nation\'s adjective and "group" as a company, but not after another group', () => {
    const text = 'The Turkish group Kalyon Yapı bid, as did French group Dorvel; a group Ana Ruiz leads did not.';
    const spans = [spanAt(text, 'Dorvel', 'person'), spanAt(text, 'Ana Ruiz', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Kalyon Yapı', 'organization:Dorvel', 'person:Ana Ruiz']);
  });

  it('types a list after contractors, suppliers or bidders as companies', () => {
    const text = 'Its contractors Halden Rowe and Kestrel built it; suppliers Marro and Tessin Works sent parts. Bidders Ana Ruiz met.';
    const spans = [spanAt(text, 'Halden Rowe', 'person'), spanAt(text, 'Kestrel', 'place'), spanAt(text, 'Marro', 'person'), spanAt(text, 'Ana Ruiz', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Halden Rowe', 'organization:Kestrel', 'organization:Marro', 'organization:Tessin Works', 'person:Ana Ruiz']);
  });

  it('types the members after "a consortium of" or "a joint venture of" as companies', () => {
    const text = 'The bid came from a consortium of Halvern and Tosca Lanz. A joint venture of Orvek, Pallas and Merrow won. A group of Ana Ruiz and Leo Park met. A consortium of Chinese and Turkish firms bid.';
    const spans = [spanAt(text, 'Halvern', 'place'), spanAt(text, 'Tosca Lanz', 'person'), spanAt(text, 'Pallas', 'person'), spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Leo Park', 'person')];
    const shown = showSpans(text, withCompanyCues(text, spans));
    assert.deepEqual(shown, ['organization:Halvern', 'organization:Tosca Lanz', 'organization:Orvek', 'organization:Pallas', 'organization:Merrow', 'person:Ana Ruiz', 'person:Leo Park']);
  });

  it('adds a name the model missed before a producer\'s output, but a plain word opening a sentence', () => {
    const text = 'Growers shipped 300 tonnes in May. KZM shipped 31,000 tonnes in June, and Northgate Tin produced 900 tonnes. Farmers shipped 40 tonnes.';
    assert.deepEqual(showSpans(text, withCompanyCues(text, [])), ['organization:KZM', 'organization:Northgate Tin']);
  });

  it('types a name by the first cue that holds and leaves a name with no cue as it is', () => {
    const text = 'Shares of Halvern rose. Analyst Mira Vos of Tollund said so, and Brennick said nothing.';
    const spans = [spanAt(text, 'Halvern', 'person'), spanAt(text, 'Mira Vos', 'person'), spanAt(text, 'Tollund', 'place'), spanAt(text, 'Brennick', 'person')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans)), ['organization:Halvern', 'person:Mira Vos', 'organization:Tollund', 'person:Brennick']);
  });

  it('types every mention of a one-word company the model found by its shares, though the cued mention was an organisation already', () => {
    const text = 'Shares in Varnholt rose 4%. Analysts said the mine would give Varnholt room to grow. Tessiro\'s shares fell, and lenders asked Tessiro for more. Shares in Tokyo fell, as Tokyo said.';
    const spans = [
      spanAt(text, 'Varnholt', 'organization'), spanAt(text, 'Varnholt', 'person', 1), spanAt(text, 'Tessiro', 'organization'), spanAt(text, 'Tessiro', 'person', 1),
      spanAt(text, 'Tokyo', 'organization'), spanAt(text, 'Tokyo', 'person', 1),
    ];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, (name) => name === 'Tokyo')), [
      'organization:Varnholt', 'organization:Varnholt', 'organization:Tessiro', 'organization:Tessiro', 'organization:Tokyo', 'person:Tokyo',
    ]);
  });

  it('adds a name the model missed after a trade and "firm", but not after "the firm" alone', () => {
    const text = 'Funding fell, according to the data firm KORVIX, and the firm Dalby founded grew.';
    assert.deepEqual(showSpans(text, withCompanyCues(text, [])), ['organization:KORVIX']);
  });

  it('types a name after a manager\'s or an executive\'s job and "at" as an organisation, but a listed place', () => {
    const text = 'Lina Farouk, a former product manager at Tavrix, met an executive at Dunmore and a project manager at Leeds.';
    const spans = [spanAt(text, 'Lina Farouk', 'person'), spanAt(text, 'Tavrix', 'place'), spanAt(text, 'Dunmore', 'person'), spanAt(text, 'Leeds', 'place')];
    assert.deepEqual(showSpans(text, withCompanyCues(text, spans, (name) => name === 'Leeds')), ['person:Lina Farouk', 'organization:Tavrix', 'organization:Dunmore', 'place:Leeds']);
  });
});
