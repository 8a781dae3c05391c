import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withArmedGroups } from '../../../src/core/ner/org-armed-groups';
import { withBroadcasters } from '../../../src/core/ner/org-broadcasters';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { withUnitNames } from '../../../src/core/ner/org-unit-names';
import { withCompanyFirstWords } from '../../../src/core/ner/org-company-first-words';
import { withoutNonNames } from '../../../src/core/ner/not-names';
import { withPressNames } from '../../../src/core/ner/org-acronyms-press';
import { withTradeNames } from '../../../src/core/ner/org-company-trade-words';
import { withCompanyCues } from '../../../src/core/ner/org-company-cues';
import { withAcronyms } from '../../../src/core/ner/org-acronyms';
import { withBrands } from '../../../src/core/ner/org-brands';
import { defineAcronyms } from '../../../src/core/ner/org-patterns';

const notPlace = () => false;

describe('armed groups and agencies by their cues', () => {
  it('types a name before its fighters, and its other mentions, as a group', () => {
    const text = 'Clashes between the army and Ruvelo fighters went on. Ruvelo said it would not stop.';
    const spans = withArmedGroups(text, [spanAt(text, 'Ruvelo', 'place'), spanAt(text, 'Ruvelo', 'person', 1)], notPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Ruvelo', 'organization:Ruvelo']);
  });

  it('reads a description of militias after the name, even for a name the lists hold as a town', () => {
    const text = 'In the hills, where Ostrava, a loose alliance of local militias, holds sway, Ostrava commanders met.';
    const spans = withArmedGroups(text, [spanAt(text, 'Ostrava', 'place'), spanAt(text, 'Ostrava', 'place', 1)], (n) => n === 'Ostrava');
    assert.deepEqual(showSpans(text, spans), ['organization:Ostrava', 'organization:Ostrava']);
  });

  it('types an agency named after its word, and leaves a people before its militias and a town after "in"', () => {
    const text = 'The customs agency Vantor seized the cargo. Vantor agents said ethnic Malo militias had fled to Malo. Life in Vantor went on.';
    const spans = withArmedGroups(text, [spanAt(text, 'Vantor', 'person'), spanAt(text, 'Vantor', 'person', 1), spanAt(text, 'Malo', 'place'), spanAt(text, 'Malo', 'place', 1), spanAt(text, 'Vantor', 'place', 2)], notPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Vantor', 'organization:Vantor', 'place:Malo', 'place:Malo', 'place:Vantor']);
  });
});

describe('broadcasters by call sign, and cameras', () => {
  it("takes a station's channel number into its call sign", () => {
    const text = 'A neighbour told WZRB 12 the road flooded, and KQPT rang too.';
    const spans = withBroadcasters(text, [spanAt(text, 'WZRB', 'organization'), spanAt(text, 'KQPT', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:WZRB 12', 'organization:KQPT']);
  });

  it('drops "CCTV" where it means cameras and keeps the broadcaster', () => {
    const text = 'CCTV footage showed the van. He was caught on CCTV. State broadcaster CCTV reported the visit.';
    const spans = withBroadcasters(text, [spanAt(text, 'CCTV', 'organization'), spanAt(text, 'CCTV', 'organization', 1), spanAt(text, 'CCTV', 'organization', 2)]);
    assert.deepEqual(showSpans(text, spans), ['organization:CCTV']);
  });
});

describe('units named by their word, and cups', () => {
  it('types a place ending in "Project" or "Chapter" as an organisation', () => {
    const text = "The Upper Basin Project said the Audubon Society's High Desert Chapter objected in Denver.";
    const spans = withUnitNames(text, [spanAt(text, 'Upper Basin Project', 'place'), spanAt(text, 'High Desert Chapter', 'place'), spanAt(text, 'Denver', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Upper Basin Project', 'organization:High Desert Chapter', 'place:Denver']);
  });

  it("adds a unit named after its body's possessive, also in a link, but not a unit's word alone or a longer name", () => {
    const text = "The Ministry's Fraud Prevention Unit and the Council's [Road Safety Office](https://x.example) met; the Ministry's Office was shut and the Council's Planning Office Annex opened.";
    const spans = withUnitNames(text, [spanAt(text, 'Ministry', 'organization'), spanAt(text, 'Council', 'organization'), spanAt(text, 'Ministry', 'organization', 1), spanAt(text, 'Council', 'organization', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Ministry', 'organization:Fraud Prevention Unit', 'organization:Council', 'organization:Road Safety Office', 'organization:Ministry', 'organization:Council']);
  });

  it("cuts a ministry's name joined by 'and' from a unit named after its possessive, and keeps one whose possessive no unit follows", () => {
    const text = "Staff of the Ministry of Energy and Mining's Geology Unit met the Ministry of Trade and Industry's head.";
    const spans = refineSpans(text, [spanAt(text, "Ministry of Energy and Mining's Geology Unit", 'organization'), spanAt(text, 'Ministry of Trade and Industry', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Ministry of Energy and Mining', 'organization:Geology Unit', 'organization:Ministry of Trade and Industry']);
  });

  it("drops a cup's name and the first word of one the model cut", () => {
    const text = 'A former Halvard Cup player joined the Halvard Cup squad in Oslo.';
    const spans = withoutNonNames(text, [spanAt(text, 'Halvard Cup', 'organization'), spanAt(text, 'Halvard', 'place', 1), spanAt(text, 'Oslo', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Oslo']);
  });
});

describe("a company's first word on later mentions", () => {
  it('adds or types each mention of the coined first word as the company', () => {
    const text = "Zentrova New Materials Technology listed on Friday. Zentrova's shares rose, and analysts said Zentrova would gain.";
    const spans = withCompanyFirstWords(text, [spanAt(text, 'Zentrova New Materials Technology', 'organization'), spanAt(text, 'Zentrova', 'person', 1)], notPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Zentrova New Materials Technology', 'organization:Zentrova', 'organization:Zentrova']);
  });

  it('reads the first word of a name ending in a trade word and a legal form', () => {
    const text = 'Riders sued the app Parcelo. In Ruiz v. Parcelo Logistics Inc., the court agreed. Parcelo, which is based in Reno, will appeal.';
    const spans = withCompanyFirstWords(text, [spanAt(text, 'Ruiz', 'person'), spanAt(text, 'Parcelo Logistics Inc.', 'organization'), spanAt(text, 'Reno', 'place')], notPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Parcelo', 'person:Ruiz', 'organization:Parcelo Logistics Inc.', 'organization:Parcelo', 'place:Reno']);
  });

  it('leaves a first word the model found as a place before a word of place', () => {
    const text = 'In Ravshan district the mill Ravshan Tekstil closed. Ravshan Tekstil said so.';
    const spans = withCompanyFirstWords(text, [spanAt(text, 'Ravshan', 'place'), spanAt(text, 'Ravshan Tekstil', 'organization'), spanAt(text, 'Ravshan Tekstil', 'organization', 1)], notPlace);
    assert.deepEqual(showSpans(text, spans), ['place:Ravshan', 'organization:Ravshan Tekstil', 'organization:Ravshan Tekstil']);
  });

  it("leaves a first word that is a place's or an everyday word", () => {
    const text = 'Kelmora Steel Holding, based in Kelmora, grew. Kelmora rose. Summit Energy Group said the summit mattered. Summit fell.';
    const spans = [spanAt(text, 'Kelmora Steel Holding', 'organization'), spanAt(text, 'Kelmora', 'place', 1), spanAt(text, 'Kelmora', 'place', 2), spanAt(text, 'Summit Energy Group', 'organization')];
    assert.deepEqual(showSpans(text, withCompanyFirstWords(text, spans, notPlace)), showSpans(text, spans));
  });
});

describe('more companies, outlets and bodies', () => {
  it('finds a company whose name goes on with "New" or a portfolio before its trade word', () => {
    const text = 'Yesterday Quanlu New Energy Technology and Tarsk Urban Investment Holding, a state fund, signed.';
    assert.deepEqual(showSpans(text, withTradeNames(text, [])), ['organization:Quanlu New Energy Technology', 'organization:Tarsk Urban Investment Holding']);
  });

  it('does not start a company with a portfolio word or "New"', () => {
    const text = 'Spending on Energy Technology and New Investment rose.';
    assert.deepEqual(showSpans(text, withTradeNames(text, [])), []);
  });

  it('names an outlet a source spoke to by its name', () => {
    const text = 'She told the Delta Review by telephone that the road was shut, and told The Harbour Times so.';
    assert.deepEqual(showSpans(text, withPressNames(text, [], notPlace)), ['organization:Delta Review', 'organization:Harbour Times']);
  });

  it('types a subsidiary described in an apposition as a company', () => {
    const text = 'The state let Verdano, a subsidiary of a dairy group, pump water.';
    assert.deepEqual(showSpans(text, withCompanyCues(text, [spanAt(text, 'Verdano', 'place')])), ['organization:Verdano']);
  });

  it("finds the men's tennis tour by its initials, not in a site's breadcrumbs", () => {
    const text = '[Sport](/sport) › [ATP](/sport/atp)\n\nHe rose in the ATP rankings.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:ATP']);
  });

  it('finds a messaging service and a carmaker by their names', () => {
    const text = 'A video posted on Telegram showed a NIO car.';
    assert.deepEqual(showSpans(text, withBrands(text, [])), ['organization:Telegram', 'organization:NIO']);
  });

  it('defines an acronym with a small letter among its capitals', () => {
    const text = 'He leads the National Movement of Kerel (NaMK). NaMK members were held.';
    const spans = defineAcronyms(text, [spanAt(text, 'National Movement of Kerel', 'organization'), spanAt(text, 'NaMK', 'place', 1)]);
    // The bracketed acronym and the later mention are both the party's.
    assert.deepEqual(showSpans(text, spans), ['organization:National Movement of Kerel', 'organization:NaMK', 'organization:NaMK']);
  });
});
