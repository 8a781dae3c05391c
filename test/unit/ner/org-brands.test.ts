import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withBrands } from '../../../src/core/ner/org-brands';

describe('well-known companies and platforms', () => {
  it('adds a listed name the model missed and types a mistyped one as an organisation', () => {
    const text = 'Chips for Nvidia and Advanced Micro Devices sold out, a clip on TikTok said. Toyota agreed.';
    const spans = withBrands(text, [spanAt(text, 'Toyota', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Nvidia', 'organization:Advanced Micro Devices', 'organization:TikTok', 'organization:Toyota']);
  });

  it("cuts a product or an event named after a listed company to the company, but keeps its units and longer names", () => {
    const text = 'She prefers Huawei Mate phones to the Nokia Lumia, and judged at the Nvidia Design Prize. Hyundai Motor, Volvo Cars and Samsung Electronics agreed.';
    const found = ['Huawei Mate', 'Nokia Lumia', 'Nvidia Design Prize', 'Hyundai Motor', 'Volvo Cars', 'Samsung Electronics'];
    const spans = withBrands(text, found.map((name) => spanAt(text, name, 'organization')));
    assert.deepEqual(showSpans(text, spans), ['organization:Huawei', 'organization:Nokia', 'organization:Nvidia', 'organization:Hyundai Motor', 'organization:Volvo Cars', 'organization:Samsung Electronics']);
  });

  it('reads large listed companies of Asian, African and Latin American markets named bare, and one glued to a wire headline\'s section', () => {
    const text = 'ASIA STOCKS-Sembcorp climbs. OCBC slipped, Keppel edged up and Genting Singapore was flat; Naspers and Cemex gained. Pro-Sembcorp';
    const spans = withBrands(text, [spanAt(text, 'Keppel', 'person'), spanAt(text, 'Singapore', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Sembcorp', 'organization:OCBC', 'organization:Keppel', 'organization:Genting Singapore', 'organization:Naspers', 'organization:Cemex']);
  });

  it('reads power utilities and national railway and bus operators named by initials or a brand as organisations', () => {
    const text = 'ZESCO cut supply, DSB cancelled trains, PostBus ran extra coaches and TNB said so.';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:ZESCO', 'organization:DSB', 'organization:PostBus', 'organization:TNB']);
  });

  it('reads carmakers known by one name as organisations, and a founder of the same name as the person', () => {
    const text = 'Volvo and Kia cut prices, and Jaguar Land Rover said so. Ferdinand Porsche built it.';
    const spans = withBrands(text, [spanAt(text, 'Ferdinand Porsche', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Volvo', 'organization:Kia', 'organization:Jaguar Land Rover', 'person:Ferdinand Porsche']);
  });

  it('reads audit firms, exchanges named without "Exchange" and miners as organisations, "&" inside a name', () => {
    const text = 'The books were audited by Ernst & Young; shares rose on Euronext, and Anglo American agreed.';
    const spans = withBrands(text, [spanAt(text, 'Ernst', 'person'), spanAt(text, 'Euronext', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Ernst & Young', 'organization:Euronext', 'organization:Anglo American']);
  });

  it('reads contractors, rolling-stock makers and a water utility named bare as organisations', () => {
    const text = 'Subsea 7 and Saipem will lay the pipes; Baker Hughes supplies the pumps. Hyundai Rotem bid, and Rand Water agreed.';
    const spans = withBrands(text, [spanAt(text, 'Baker Hughes', 'person'), spanAt(text, 'Hyundai Rotem', 'person'), spanAt(text, 'Rand', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Subsea 7', 'organization:Saipem', 'organization:Baker Hughes', 'organization:Hyundai Rotem', 'organization:Rand Water']);
  });

  it("keeps a possessive store name whole, with either apostrophe, and a name's possessive out", () => {
    const text = "Tesco, Sainsbury's and Sainsbury’s Bank declined; Nvidia's shares rose.";
    const spans = withBrands(text, [spanAt(text, 'Sainsbury', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Tesco', "organization:Sainsbury's", 'organization:Sainsbury’s', 'organization:Nvidia']);
  });

  it("leaves a listed name that is a person's surname in the article", () => {
    const text = 'Michael Bloomberg spoke. Bloomberg said Reuters was wrong.';
    const spans = withBrands(text, [spanAt(text, 'Michael Bloomberg', 'person'), spanAt(text, 'Bloomberg', 'person', 1)]);
    assert.deepEqual(showSpans(text, spans), ['person:Michael Bloomberg', 'person:Bloomberg', 'organization:Reuters']);
  });

  it('leaves a longer name around a listed one and words that only start like one', () => {
    const text = 'Samsung Electronics hired Intelligent staff from Nokiaville.';
    const spans = [spanAt(text, 'Samsung Electronics', 'organization')];
    assert.deepEqual(showSpans(text, withBrands(text, spans)), ['organization:Samsung Electronics']);
  });

  it('takes "X" for the social network only after a post on it or before "formerly Twitter"', () => {
    const text = 'She wrote on X that X marks the spot. The firm left X, formerly Twitter, in May. Malcolm X spoke.\nX (formerly Twitter) agreed.';
    const spans = withBrands(text, [spanAt(text, 'Malcolm X', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:X', 'organization:X', 'organization:Twitter', 'person:Malcolm X', 'organization:X', 'organization:Twitter']);
    assert.equal(spans[1].start, text.indexOf('X, formerly'));
  });

  it('cuts a name the model began with the network\'s "X." as if it were an initial', () => {
    const text = 'He posted on X.  Dunmore Reid replied.';
    const spans = withBrands(text, [spanAt(text, 'X.  Dunmore Reid', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:X', 'person:Dunmore Reid']);
  });

  it("leaves the names on a page's share and follow buttons", () => {
    const text = 'Share: Facebook | X | WhatsApp\nFollow us on Instagram\nThe video went viral on Instagram.';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:Instagram']);
    assert.equal(withBrands(text, [])[0].start, text.lastIndexOf('Instagram'));
  });

  it('drops a listed name the model found on a share button, and keeps one in a sentence', () => {
    const text = 'Share this story now: Facebook | X | Telegram\nThe council said on Facebook that roads were shut.';
    const spans = withBrands(text, [spanAt(text, 'Facebook', 'organization'), spanAt(text, 'X', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Facebook']);
    assert.equal(spans[0].start, text.lastIndexOf('Facebook'));
  });

  it('takes "X" before an account handle for the social network', () => {
    const text = 'Call the hotline or reach us on X at @CityWorks, or X (@CityWorks2). Axis X was a plan.';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:X', 'organization:X']);
  });

  it('finds airlines whose names read as places', () => {
    const text = 'Cathay Pacific and Virgin Atlantic added flights, and Qantas cut two.';
    const spans = withBrands(text, [spanAt(text, 'Cathay Pacific', 'place'), spanAt(text, 'Virgin Atlantic', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Cathay Pacific', 'organization:Virgin Atlantic', 'organization:Qantas']);
  });

  it('handles text with no capitals, empty text and non-ASCII letters', () => {
    assert.deepEqual(withBrands('', []), []);
    assert.deepEqual(withBrands('no names here at all', []), []);
    const text = 'Nestlé and Ünver Nvidia-based';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:Nestlé']);
  });

  it('finds listed operators, pollsters and agencies, and leaves the Nikkei index', () => {
    const text = 'Safaricom runs M-Pesa, Vodacom said, citing an Ifop poll. Nikkei reported it, and the Nikkei fell 2%. — with AAP';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:Safaricom', 'organization:M-Pesa', 'organization:Vodacom', 'organization:Ifop', 'organization:Nikkei', 'organization:AAP']);
  });

  it('finds online marketplaces, toy makers, port operators and pollsters, read as people or missed', () => {
    const text = 'Buyers on Shein and Temu found fakes of Lego sets, a Léger poll for a paper said, while DP World and Adani Ports ran the docks.';
    const spans = withBrands(text, [spanAt(text, 'Shein', 'person'), spanAt(text, 'Adani', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Shein', 'organization:Temu', 'organization:Lego', 'organization:Léger', 'organization:DP World', 'organization:Adani Ports']);
  });

  it('leaves words that only start like a listed name', () => {
    const text = 'Legoland and Sheiny Road stayed open.';
    assert.deepEqual(showSpans(text, withBrands(text, [])), []);
  });

  it('adds a utility and a development lender the model missed, and types a ferry line read as a place', () => {
    const text = 'Iberdrola and Norfund back the plant; Brittany Ferries cancelled sailings.';
    const spans = [spanAt(text, 'Brittany Ferries', 'place')];
    assert.deepEqual(showSpans(text, withBrands(text, spans)), ['organization:Iberdrola', 'organization:Norfund', 'organization:Brittany Ferries']);
  });

  it("finds a news agency's name in a dateline's credit and in the text", () => {
    const text = 'BUCHAREST (Agerpres) - The minister told Agerpres on Monday.';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:Agerpres', 'organization:Agerpres']);
  });

  it('keeps a longer name found around a listed one, and leaves a word merely containing one', () => {
    const text = 'EDF Renewables signed with Enelven and the EDF-led group.';
    const spans = [spanAt(text, 'EDF Renewables', 'organization')];
    assert.deepEqual(showSpans(text, withBrands(text, spans)), ['organization:EDF Renewables']);
  });

  it('leaves a listed name inside a handle or a web address', () => {
    const text = 'Tag @Engie or Engie_FR, read Reuters.com; Engie said so.';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:Engie']);
    assert.equal(withBrands(text, [])[0].start, text.lastIndexOf('Engie'));
  });

  it('finds humanitarian and campaign groups and an oil company the model reads as people', () => {
    const text = 'Global Witness wrote that OMV Petrom and OMV paid; Médecins Sans Frontières sent teams.';
    const spans = [spanAt(text, 'Petrom', 'person'), spanAt(text, 'Médecins Sans Frontières', 'person')];
    assert.deepEqual(showSpans(text, withBrands(text, spans)), ['organization:Global Witness', 'organization:OMV Petrom', 'organization:OMV', 'organization:Médecins Sans Frontières']);
  });

  it('types international sports federations read as places', () => {
    const text = 'World Rugby fined the union and World Athletics agreed.';
    assert.deepEqual(showSpans(text, withBrands(text, [spanAt(text, 'World Rugby', 'place')])), ['organization:World Rugby', 'organization:World Athletics']);
  });

  it('types clubs whose names hold a town as organisations in any sentence, over the town the model found', () => {
    const text = 'Atlético Madrid have signed him, and Paris Saint-Germain and Bayern Munich wanted him too.';
    const spans = withBrands(text, [spanAt(text, 'Madrid', 'place'), spanAt(text, 'Paris Saint-Germain', 'place'), spanAt(text, 'Munich', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Atlético Madrid', 'organization:Paris Saint-Germain', 'organization:Bayern Munich']);
  });

  it("types a town across a match's verb from a listed club as its club, but not a town after other words", () => {
    const text = 'Real Sociedad drew with Getafe, Bilbao lost to Inter Milan, and Juventus opened a shop in Turin.';
    const spans = withBrands(text, [spanAt(text, 'Getafe', 'place'), spanAt(text, 'Bilbao', 'place'), spanAt(text, 'Milan', 'place'), spanAt(text, 'Turin', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Real Sociedad', 'organization:Getafe', 'organization:Bilbao', 'organization:Inter Milan', 'organization:Juventus', 'place:Turin']);
  });

  it('adds Nordic banks, terminal operators and search firms the model missed, and an insurer it cut or read as a person', () => {
    const text = 'A Swedbank analyst and one at Nordea agreed, and APM Terminals bid for the port. Insurers led by If P&C Insurance paid, and the board hired Egon Zehnder with a loan from CAF.';
    const spans = withBrands(text, [spanAt(text, 'P&C Insurance', 'organization'), spanAt(text, 'Egon Zehnder', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Swedbank', 'organization:Nordea', 'organization:APM Terminals', 'organization:If P&C Insurance', 'organization:Egon Zehnder', 'organization:CAF']);
  });

  it("cuts a listed company's product off its name, but not a site the article names as a place", () => {
    const text = 'DP World Tarvo opened; the DP World Tarvo terminal sits near Tarvo. The DP World Cup was held.';
    const spans = [spanAt(text, 'DP World Tarvo', 'organization'), spanAt(text, 'DP World Tarvo', 'organization', 1), spanAt(text, 'Tarvo', 'place', 2), spanAt(text, 'DP World Cup', 'organization')];
    assert.deepEqual(showSpans(text, withBrands(text, spans)), ['organization:DP World Tarvo', 'organization:DP World Tarvo', 'place:Tarvo', 'organization:DP World']);
  });
});
