import * as assert from 'node:assert/strict';
import { wholeOrganisationNames, withListsBefore } from '../../../src/core/ner/long-org-names';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { showSpans, spanAt } from '../helpers/spans';

describe('long organisation names', () => {
  it('takes in "<organisation word> for/of" before a name and the list of a ministry\'s remit after one', () => {
    const text = 'Figures from the Office for Farm Statistics and the Ministry of Ports, Fisheries and Coastal Affairs agreed.';
    const spans = refineSpans(text, [spanAt(text, 'Farm Statistics', 'organization'), spanAt(text, 'Ministry of Ports', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Office for Farm Statistics', 'organization:Ministry of Ports, Fisheries and Coastal Affairs']);
  });

  it('takes in a council or an institute "on" before the subject the model read as a person or an organisation, but not a place', () => {
    const text = 'The Council on Arab-Nordic Trade wrote to the Institute on Rural Policy, as did the Commission on Norland.';
    const spans = [spanAt(text, 'Arab-Nordic Trade', 'person'), spanAt(text, 'Rural Policy', 'organization'), spanAt(text, 'Norland', 'place')];
    assert.deepEqual(showSpans(text, wholeOrganisationNames(text, spans)), ['organization:Council on Arab-Nordic Trade', 'organization:Institute on Rural Policy', 'place:Norland']);
  });

  it('takes in "<body> to <Verb>" and "<body> of the" before a name, and keeps the spans it leaves alone as they are', () => {
    const text = 'Ana Ruiz backs the Campaign to Stop Coastal Drilling and the Board of the Harbour Trust.';
    const spans = [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Coastal Drilling', 'organization'), spanAt(text, 'Harbour Trust', 'organization')];
    const out = wholeOrganisationNames(text, spans);
    assert.deepEqual(showSpans(text, out), ['person:Ana Ruiz', 'organization:Campaign to Stop Coastal Drilling', 'organization:Board of the Harbour Trust']);
    assert.equal(out[0], spans[0]);
    assert.deepEqual(showSpans(text, spans), ['person:Ana Ruiz', 'organization:Coastal Drilling', 'organization:Harbour Trust']);
  });

  it('runs a court\'s name over "for the ... District of" and the place in it, without the full stop', () => {
    const text = 'She will sue in the U.S. District Court for the Eastern District of Kansas. It declined.';
    const spans = wholeOrganisationNames(text, [spanAt(text, 'U.S. District Court', 'organization'), spanAt(text, 'Kansas', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:U.S. District Court for the Eastern District of Kansas']);
  });

  it('stops before "in" and a place, before a person, and at "for" a lone place', () => {
    const text = 'The National University of Lorsa in Tavi, the Office of Ana Ruiz, and Parliament for Ukraine.';
    const spans = [spanAt(text, 'National University of Lorsa', 'organization'), spanAt(text, 'Tavi', 'place'), spanAt(text, 'Office', 'organization'), spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Parliament', 'organization'), spanAt(text, 'Ukraine', 'place')];
    assert.deepEqual(showSpans(text, wholeOrganisationNames(text, spans)), showSpans(text, spans));
  });

  it('stops at "for" and the place the model found right after it, but takes in "for" and a field, or "for the" and a place', () => {
    const text = 'An MP of the Civic Party for Tavira spoke to the Office for Rural Statistics. He works at the Policy Center for the New North.';
    const spans = [spanAt(text, 'Civic Party', 'organization'), spanAt(text, 'Tavira', 'place'), spanAt(text, 'Office', 'organization'), spanAt(text, 'Policy Center', 'organization'), spanAt(text, 'New North', 'place')];
    assert.deepEqual(showSpans(text, wholeOrganisationNames(text, spans)), ['organization:Civic Party', 'place:Tavira', 'organization:Office for Rural Statistics', 'organization:Policy Center for the New North']);
  });

  it("makes a place's legislature or sheriff's office an organisation and takes in a broadcaster's channel number", () => {
    const text = "The Kansas Legislature met; she told BBC Radio 4 and KXYZ 7 News on Friday, and the Tulsa Sheriff's office agreed.";
    const spans = refineSpans(text, [spanAt(text, 'Kansas', 'place'), spanAt(text, 'BBC Radio', 'organization'), spanAt(text, 'KXYZ', 'organization'), spanAt(text, 'Tulsa', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Kansas Legislature', 'organization:BBC Radio 4', 'organization:KXYZ 7 News', 'organization:Tulsa Sheriff']);
  });

  it('reads a body word or a channel number after a tab or two spaces, and no body word that only opens a longer word or follows punctuation', () => {
    const text = 'The Ohio\tSenate voted, Radio  5 aired it, the Utah Congressional delegation spoke, and Iowa. Parliament met.';
    const spans = wholeOrganisationNames(text, [spanAt(text, 'Ohio', 'place'), spanAt(text, 'Radio', 'organization'), spanAt(text, 'Utah', 'place'), spanAt(text, 'Iowa', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Ohio\tSenate', 'organization:Radio  5', 'place:Utah', 'place:Iowa']);
  });

  it("makes an agency named by its field and its country an organisation, and a country's tourism board", () => {
    const text = 'Statistics Norway said tourism fell; the Chile Tourism board disagreed, and Norway shrugged.';
    const spans = refineSpans(text, [spanAt(text, 'Norway', 'place'), spanAt(text, 'Chile', 'place'), spanAt(text, 'Norway', 'place', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Statistics Norway', 'organization:Chile Tourism', 'place:Norway']);
  });

  it('reads an agency named by two fields joined by "and" and its country whole, the first field found apart or not', () => {
    const text = 'Fisheries and Oceans Norway said so, and Environment and Climate Change Canada agreed; Business Finland did too.';
    const spans = refineSpans(text, [spanAt(text, 'Fisheries', 'organization'), spanAt(text, 'Oceans Norway', 'place'), spanAt(text, 'Canada', 'place'), spanAt(text, 'Finland', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Fisheries and Oceans Norway', 'organization:Environment and Climate Change Canada', 'organization:Business Finland']);
    // A second reading keeps the name found whole.
    assert.deepEqual(showSpans(text, refineSpans(text, spans)), showSpans(text, spans));
  });

  it('takes a word hyphened to the field into the agency\'s or the company\'s name', () => {
    const text = 'The pilots of Sky-Transport Norway flew the crew out.';
    const spans = refineSpans(text, [spanAt(text, 'Norway', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Sky-Transport Norway']);
  });

  it('takes a campaign\'s "to <Verb>" into its name before the name the model found', () => {
    const text = 'The Campaign to Save Green Wales and the Committee to Protect Reporters said so.';
    const spans = refineSpans(text, [spanAt(text, 'Green Wales', 'place'), spanAt(text, 'Reporters', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Campaign to Save Green Wales', 'organization:Committee to Protect Reporters']);
  });

  it('reads a lone directorate word as an organisation and takes its "for" name with the list in it', () => {
    const text = 'Staff of the Directorate-General for Maritime Affairs, Ports and Fisheries, known as DG MARE, met.';
    const spans = wholeOrganisationNames(text, [spanAt(text, 'Directorate-General', 'place'), spanAt(text, 'Maritime Affairs', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Directorate-General for Maritime Affairs, Ports and Fisheries']);
  });

  it('takes "of" after an industry body and "for" (never "of") after a citizens\' group', () => {
    const text = 'Textile Industries of Asia wrote to Lakeside Citizens for Clean Water, not to the Lakeside Citizens of Ohio.';
    const spans = wholeOrganisationNames(text, [spanAt(text, 'Textile Industries', 'organization'), spanAt(text, 'Lakeside Citizens', 'organization'), spanAt(text, 'Lakeside Citizens', 'organization', 1), spanAt(text, 'Ohio', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Textile Industries of Asia', 'organization:Lakeside Citizens for Clean Water', 'organization:Lakeside Citizens', 'place:Ohio']);
  });

  it('takes in the list closed by a comma before a name that goes on with "and", found whole or in two parts', () => {
    const text = 'The Forestry, Soil and Water Agency met. The Hydrology, Seismology and Mapping Board agreed.';
    const spans = withListsBefore(text, [spanAt(text, 'Soil and Water Agency', 'organization'), spanAt(text, 'Seismology', 'organization'), spanAt(text, 'Mapping Board', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Forestry, Soil and Water Agency', 'organization:Hydrology, Seismology and Mapping Board']);
  });

  it('leaves a list of places and a list after a lower-case word', () => {
    const text = 'We saw Paris, Lyon and Nice Agency offices. He said Health, Safety and Quality Board members left.';
    const spans = [spanAt(text, 'Lyon and Nice Agency', 'organization'), spanAt(text, 'Safety and Quality Board', 'organization')];
    assert.deepEqual(showSpans(text, withListsBefore(text, spans)), ['organization:Lyon and Nice Agency', 'organization:Safety and Quality Board']);
  });
  it('takes in an organisation word before "of"/"for" after a hyphen, a tab or two spaces, but no word it is only the end of', () => {
    const text = 'The Directorate-General for  Trade spoke, the Council\ton Foreign Relations wrote, and the Subcouncil of Elders met.';
    const spans = wholeOrganisationNames(text, [spanAt(text, 'Trade', 'organization'), spanAt(text, 'Foreign Relations', 'organization'), spanAt(text, 'Elders', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Directorate-General for  Trade', 'organization:Council\ton Foreign Relations', 'organization:Elders']);
  });

  it('takes the nouns after an adjective that closes a name\'s "of" part, but not a function word or a person', () => {
    const text = 'The Keld Centre of Commercial Mediation ruled. The Norland Institute of Regional The report. The Office of Public Dana Reyes spoke.';
    const spans = [spanAt(text, 'Keld Centre of Commercial', 'organization'), spanAt(text, 'Norland Institute of Regional', 'organization'), spanAt(text, 'Office of Public', 'organization'), spanAt(text, 'Dana Reyes', 'person')];
    assert.deepEqual(showSpans(text, wholeOrganisationNames(text, spans)), ['organization:Keld Centre of Commercial Mediation', 'organization:Norland Institute of Regional', 'organization:Office of Public', 'person:Dana Reyes']);
  });

  it('takes an observatory "of" its town in as one organisation', () => {
    const text = 'Readings from the National Observatory of Keld showed the plume.';
    assert.deepEqual(showSpans(text, wholeOrganisationNames(text, [spanAt(text, 'Keld', 'place')])), ['organization:National Observatory of Keld']);
  });

  it("joins a numbered subsidiary's name around its number, but not a number between other names", () => {
    const text = 'Talvik Steel No. 4 Rolling Company won the bid; Arden Mills No. 2 said Vestra Bank paid.';
    const spans = [spanAt(text, 'Talvik Steel', 'organization'), spanAt(text, 'Rolling Company', 'organization'), spanAt(text, 'Arden Mills', 'organization'), spanAt(text, 'Vestra Bank', 'organization')];
    assert.deepEqual(showSpans(text, wholeOrganisationNames(text, spans)), ['organization:Talvik Steel No. 4 Rolling Company', 'organization:Arden Mills', 'organization:Vestra Bank']);
  });
});
