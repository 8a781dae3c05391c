import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withPlaceNamedBodies } from '../../../src/core/ner/org-place-names';

const LISTED = new Set(['Galway', 'Australia', 'New Zealand', 'Cork']);
const isPlace = (name: string) => LISTED.has(name);

describe('names that hold a place but name a body or a building', () => {
  it("joins a company and the site or country of its unit right after it, but not a body's initials or a job after the place", () => {
    const text = 'Harbor Lines Vellora loads ships; Tesko Marmera cut prices. The OCD Vellora director and the Tesko Marmera office spoke.';
    const spans = [spanAt(text, 'Harbor Lines', 'organization'), spanAt(text, 'Vellora', 'place'), spanAt(text, 'Tesko', 'organization'), spanAt(text, 'Marmera', 'place'),
      spanAt(text, 'OCD', 'organization'), spanAt(text, 'Vellora', 'place', 1), spanAt(text, 'Tesko', 'organization', 1), spanAt(text, 'Marmera', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlaceNamedBodies(text, spans, isPlace)), [
      'organization:Harbor Lines Vellora', 'organization:Tesko Marmera', 'organization:OCD', 'place:Vellora', 'organization:Tesko', 'place:Marmera',
    ]);
  });

  it('joins a place and the company\'s words the model left after it into one organisation, but not a longer name or a venue', () => {
    const text = 'The Isle of Skye Ferry Company asked for a berth; the Cork Harbour Company Board met at the Galway Event Centre.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Isle of Skye', 'place'), spanAt(text, 'Cork', 'place'), spanAt(text, 'Galway', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Isle of Skye Ferry Company', 'place:Cork', 'place:Galway']);
  });

  it('adds a nation\'s word and a sport\'s as the national body, but not a longer name or a place\'s word', () => {
    const text = 'Danish Cycling named Ana Ruiz, as did the Irish Rowing Federation; Galway Rowing agreed.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Irish Rowing Federation', 'organization')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Danish Cycling', 'person:Ana Ruiz', 'organization:Irish Rowing Federation']);
  });

  it('joins towns a slash joins to the body serving both', () => {
    const text = 'The Arima/Tacarigua Regional Corporation met.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Arima', 'place'), spanAt(text, 'Tacarigua Regional Corporation', 'organization')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Arima/Tacarigua Regional Corporation']);
  });

  it('joins a place right before an organisation\'s name ending in its own word into one organisation', () => {
    const text = 'Notices went to the Karnataka State Road Transport Corporation on Monday.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Karnataka', 'place'), spanAt(text, 'State Road Transport Corporation', 'organization')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Karnataka State Road Transport Corporation']);
  });

  it('leaves a place before a one-word organisation or a person apart', () => {
    const text = 'In Cork Reuters reported that Cork Mary Byrne won.';
    const spans = [spanAt(text, 'Cork', 'place'), spanAt(text, 'Reuters', 'organization'), spanAt(text, 'Cork', 'place', 1), spanAt(text, 'Mary Byrne', 'person')];
    assert.deepEqual(showSpans(text, withPlaceNamedBodies(text, spans, isPlace)), ['place:Cork', 'organization:Reuters', 'place:Cork', 'person:Mary Byrne']);
  });

  it('finds India\'s nationwide bodies over the place the model found in them', () => {
    const text = 'A leader of the All India Trade Union Congress spoke.';
    assert.deepEqual(showSpans(text, withPlaceNamedBodies(text, [spanAt(text, 'India', 'place')], isPlace)), ['organization:All India Trade Union Congress']);
  });

  it('types a university named with its town, and a transport agency for a region, as organisations', () => {
    const text = 'She studied at University College Galway. Transport for Wales apologised.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'University College Galway', 'place'), spanAt(text, 'Wales', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:University College Galway', 'organization:Transport for Wales']);
  });

  it("types a country's sports body as an organisation, either way round, and a venue as a place as a whole", () => {
    const text = 'New Zealand Cricket and Rugby Australia met at the Hamilton Cricket Stadium.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'New Zealand Cricket', 'place'), spanAt(text, 'Australia', 'place'), spanAt(text, 'Hamilton', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:New Zealand Cricket', 'organization:Rugby Australia', 'place:Hamilton Cricket Stadium']);
  });

  it("makes a country's side after \"Team\" and a state's technical university organisations, but leaves a team's word after the country", () => {
    const text = 'Team Australia beat the Galway Tech side, and New Zealand Team officials watched.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Australia', 'place'), spanAt(text, 'Galway Tech', 'place'), spanAt(text, 'New Zealand', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Team Australia', 'organization:Galway Tech', 'place:New Zealand']);
  });

  it('takes a venue\'s words after a place over a tab or a second space, but not a longer word nor a name going on', () => {
    const text = 'They played at Tauranga Memorial\tArena, then Rotorua Stadiums, Napier Oval Road and Nelson Oval.';
    const spans = withPlaceNamedBodies(text, ['Tauranga', 'Rotorua', 'Napier', 'Nelson'].map((name) => spanAt(text, name, 'place')), isPlace);
    assert.deepEqual(showSpans(text, spans), ['place:Tauranga Memorial\tArena', 'place:Rotorua', 'place:Napier', 'place:Nelson Oval']);
  });

  it('types a Nigerian state named with "State" as a place, not its government', () => {
    const text = 'The governor of Kogi State and Cross River State Government met.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Kogi State', 'organization'), spanAt(text, 'Cross River State Government', 'organization')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['place:Kogi State', 'organization:Cross River State Government']);
  });

  it('makes a town\'s council named in Spanish, Portuguese or Italian the council, but not "de" alone', () => {
    const text = 'The Intendencia de Salto, the Prefeitura de Olinda and the Comune di Sarzana paid; Casa de Salto closed.';
    const names = ['Salto', 'Olinda', 'Sarzana'];
    const spans = withPlaceNamedBodies(text, [...names.map((n) => spanAt(text, n, 'place')), spanAt(text, 'Salto', 'place', 1)], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Intendencia de Salto', 'organization:Prefeitura de Olinda', 'organization:Comune di Sarzana', 'place:Salto']);
  });

  it('makes "the Municipality of" and a town the town\'s council', () => {
    const text = 'The Municipality of Sarzana asked schools to pay, and Sarzana agreed.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Sarzana', 'place'), spanAt(text, 'Sarzana', 'place', 1)], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Municipality of Sarzana', 'place:Sarzana']);
  });

  it('makes a town and "Municipality" the town\'s council, but leaves a rural municipality a place', () => {
    const text = 'The Varnhem Municipality said the road was shut; Lirung Rural Municipality lies to the north.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Varnhem Municipality', 'place'), spanAt(text, 'Lirung Rural Municipality', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Varnhem Municipality', 'place:Lirung Rural Municipality']);
    const city = 'Funds came from the City and County of Marlow; the County of Essex gave none.';
    const counties = withPlaceNamedBodies(city, [spanAt(city, 'County of Marlow', 'place'), spanAt(city, 'County of Essex', 'place')], isPlace);
    assert.deepEqual(showSpans(city, counties), ['organization:City and County of Marlow', 'place:County of Essex']);
  });

  it('takes "State" after a Nigerian state the model found alone, and makes a capital territory a place', () => {
    const text = 'Tankers left the Federal Capital Territory for Kwara State and Bauchi. The Niger flows south.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'Federal Capital Territory', 'organization'), spanAt(text, 'Kwara', 'place'), spanAt(text, 'Bauchi', 'place'), spanAt(text, 'Niger', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['place:Federal Capital Territory', 'place:Kwara State', 'place:Bauchi', 'place:Niger']);
  });

  it('types a university "of" its town as an organisation where a person works there, and leaves the campus a place', () => {
    const text = 'Ann Dooley, a soil scientist at the University of Cork, agreed. The parade passed the University of Cork.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'University of Cork', 'place'), spanAt(text, 'University of Cork', 'place', 1)], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:University of Cork', 'place:University of Cork']);
  });

  it("types a world sports body as an organisation, and leaves other places ending in a sport's word", () => {
    const text = 'World Sailing and World Athletics wrote to the Highland Rowing lake.';
    const spans = withPlaceNamedBodies(text, [spanAt(text, 'World Sailing', 'place'), spanAt(text, 'World Athletics', 'place'), spanAt(text, 'Highland Rowing', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:World Sailing', 'organization:World Athletics', 'place:Highland Rowing']);
  });

  it('types a health board named "NHS" and its area as an organisation, and leaves the area alone a place', () => {
    const text = 'NHS Norland moved patients from Keld to NHS Brayford Valley.';
    const spans = [spanAt(text, 'NHS Norland', 'place'), spanAt(text, 'Keld', 'place'), spanAt(text, 'NHS Brayford Valley', 'place')];
    assert.deepEqual(showSpans(text, withPlaceNamedBodies(text, spans, () => false)), ['organization:NHS Norland', 'place:Keld', 'organization:NHS Brayford Valley']);
  });

  it('types a bank or a ministry of a country as an organisation, but not the bank of a river', () => {
    const text = 'The Central Bank of Norland and the Ministry of Fisheries of Keld met on the East Bank of the Orsa.';
    const spans = [spanAt(text, 'Central Bank of Norland', 'place'), spanAt(text, 'Ministry of Fisheries of Keld', 'place'), spanAt(text, 'East Bank of the Orsa', 'place')];
    assert.deepEqual(showSpans(text, withPlaceNamedBodies(text, spans, () => false)), ['organization:Central Bank of Norland', 'organization:Ministry of Fisheries of Keld', 'place:East Bank of the Orsa']);
  });

  it('takes a racing circuit after a town into one place, but not a court\'s circuit', () => {
    const text = 'The race at the Velora International Circuit sold out; the Keld Circuit ruled.';
    const spans = [spanAt(text, 'Velora', 'place'), spanAt(text, 'Keld', 'place')];
    assert.deepEqual(showSpans(text, withPlaceNamedBodies(text, spans, () => true)), ['place:Velora International Circuit', 'place:Keld']);
  });
});
