import * as assert from 'node:assert/strict';
import { wholeOrganisationNames } from '../../../src/core/ner/long-org-names';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { showSpans, spanAt } from '../helpers/spans';

describe('long organisation names', () => {
  it('takes in "<organisation word> for/of" before a name and the list of a ministry\'s remit after one', () => {
    const text = 'Figures from the Office for Farm Statistics and the Ministry of Ports, Fisheries and Coastal Affairs agreed.';
    const spans = refineSpans(text, [spanAt(text, 'Farm Statistics', 'organization'), spanAt(text, 'Ministry of Ports', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Office for Farm Statistics', 'organization:Ministry of Ports, Fisheries and Coastal Affairs']);
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

  it("makes a place's legislature or sheriff's office an organisation and takes in a broadcaster's channel number", () => {
    const text = "The Kansas Legislature met; she told BBC Radio 4 and KXYZ 7 News on Friday, and the Tulsa Sheriff's office agreed.";
    const spans = refineSpans(text, [spanAt(text, 'Kansas', 'place'), spanAt(text, 'BBC Radio', 'organization'), spanAt(text, 'KXYZ', 'organization'), spanAt(text, 'Tulsa', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Kansas Legislature', 'organization:BBC Radio 4', 'organization:KXYZ 7 News', 'organization:Tulsa Sheriff']);
  });

  it("makes an agency named by its field and its country an organisation, and a country's tourism board", () => {
    const text = 'Statistics Norway said tourism fell; the Chile Tourism board disagreed, and Norway shrugged.';
    const spans = refineSpans(text, [spanAt(text, 'Norway', 'place'), spanAt(text, 'Chile', 'place'), spanAt(text, 'Norway', 'place', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Statistics Norway', 'organization:Chile Tourism', 'place:Norway']);
  });

  it('takes a campaign\'s "to <Verb>" into its name before the name the model found', () => {
    const text = 'The Campaign to Save Green Wales and the Committee to Protect Reporters said so.';
    const spans = refineSpans(text, [spanAt(text, 'Green Wales', 'place'), spanAt(text, 'Reporters', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Campaign to Save Green Wales', 'organization:Committee to Protect Reporters']);
  });
});
