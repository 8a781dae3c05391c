import * as assert from 'node:assert/strict';
import { withCyclingTeams } from '../../../src/core/ner/cycling-teams';
import { showSpans, spanAt } from '../helpers/spans';

describe('cycling teams in a race report', () => {
  it('puts in whole team names over the model’s short spans and drops the spans on races', () => {
    const text = 'Jonas Brekke of UAE Team Emirates XRG took the yellow jersey at Paris-Nice, ahead of a Lidl-Trek rider. The peloton was calm.';
    const spans = [spanAt(text, 'Jonas Brekke', 'person'), spanAt(text, 'UAE', 'place'), spanAt(text, 'Paris-Nice', 'place')];
    assert.deepEqual(showSpans(text, withCyclingTeams(text, spans)), ['person:Jonas Brekke', 'organization:UAE Team Emirates XRG', 'organization:Lidl-Trek']);
  });

  it('reads the team in brackets on a numbered results line, but not a country code', () => {
    const text = 'The breakaway was caught before the summit finish.\n\n1. Moravec (Velotech Racing) 4hr 2min\n2. Lindqvist (SWE) +0:12\n';
    const spans = [spanAt(text, 'Moravec', 'person'), spanAt(text, 'Velotech', 'place'), spanAt(text, 'Lindqvist', 'person')];
    assert.deepEqual(showSpans(text, withCyclingTeams(text, spans)), ['person:Moravec', 'organization:Velotech Racing', 'person:Lindqvist']);
  });

  it('drops the spans inside a stage race named as a tour of a place, not the place elsewhere', () => {
    const text = 'The peloton reached Muscat on the third stage of the Tour of Oman; riders from Oman cheered.';
    const spans = [spanAt(text, 'Muscat', 'place'), spanAt(text, 'Oman', 'place'), spanAt(text, 'Oman', 'place', 1)];
    assert.deepEqual(showSpans(text, withCyclingTeams(text, spans)), ['place:Muscat', 'place:Oman']);
    assert.equal(withCyclingTeams(text, spans)[1].start, text.lastIndexOf('Oman'));
  });

  it('leaves an article about something else alone', () => {
    const text = 'The UAE Tour of the museum opened on Monday. 1. Smith (Leeds) said it was fine.';
    const spans = [spanAt(text, 'UAE', 'place'), spanAt(text, 'Smith', 'person'), spanAt(text, 'Leeds', 'place')];
    assert.deepEqual(showSpans(text, withCyclingTeams(text, spans)), ['place:UAE', 'person:Smith', 'place:Leeds']);
  });

  it('needs two different words of the sport, whole, with a plural where one is said', () => {
    const team = (text: string) => showSpans(text, withCyclingTeams(text, [spanAt(text, 'Movistar', 'place')]));
    assert.deepEqual(team('Three riders of Movistar were in the breakaway.'), ['organization:Movistar']);
    assert.deepEqual(team('Movistar said the riders and one rider signed.'), ['place:Movistar']);
    assert.deepEqual(team('Movistar paid the outriders of a peloton_x feed.'), ['place:Movistar']);
    assert.deepEqual(team('Movistar named a sports director for the stage race.'), ['organization:Movistar']);
  });

  describe('national teams of a race whose results table names countries as teams', () => {
    const isNation = (name: string) => ['Kenya', 'Rwanda', 'Ghana', 'France', 'Norway'].includes(name);
    const table = '\n\n| Pos | Rider | Team | Time |\n|---|---|---|---|\n| 1 | Eric Manizabayo | Rwanda | 2h 58min |\n| 2 | Peter Otieno | Kenya | s.t. |\n| 3 | Luc Berthet | VC Lyon Vaulx | +4s |\n';

    it('types the cells of the Team column as teams, clubs too', () => {
      const text = `The peloton split on the climb and the rider from Kigali won the sprint.${table}`;
      const spans = [spanAt(text, 'Kigali', 'place'), spanAt(text, 'Rwanda', 'place'), spanAt(text, 'Kenya', 'place'), spanAt(text, 'Lyon Vaulx', 'place')];
      assert.deepEqual(showSpans(text, withCyclingTeams(text, spans, isNation)), ['place:Kigali', 'organization:Rwanda', 'organization:Kenya', 'organization:VC Lyon Vaulx']);
    });

    it('types a country before a rider or in brackets after one as the team, and leaves a country as a place elsewhere', () => {
      const text = `Ghana's Kwame Mensah attacked early, with his Kenya team-mate on his wheel; the Norway climber dropped back in the peloton. Club riders from France watched. General classification: 1. Mensah (Ghana) 9h 2min.${table}`;
      const spans = [spanAt(text, 'Ghana', 'place'), spanAt(text, 'Kwame Mensah', 'person'), spanAt(text, 'Kenya', 'place'), spanAt(text, 'Norway', 'place'), spanAt(text, 'France', 'place'), spanAt(text, 'Mensah', 'person', 1), spanAt(text, 'Ghana', 'place', 1)];
      assert.deepEqual(showSpans(text, withCyclingTeams(text, spans, isNation)).slice(0, 7), ['organization:Ghana', 'person:Kwame Mensah', 'organization:Kenya', 'organization:Norway', 'place:France', 'person:Mensah', 'organization:Ghana']);
    });

    it('leaves countries as places when the Team column names no country', () => {
      const text = "Kenya's Peter Otieno won the stage; the peloton was calm.\n\n| Pos | Rider | Team |\n|---|---|---|\n| 1 | Peter Otieno | Velotech Racing |\n";
      const spans = [spanAt(text, 'Kenya', 'place'), spanAt(text, 'Peter Otieno', 'person')];
      assert.deepEqual(showSpans(text, withCyclingTeams(text, spans, isNation)).slice(0, 2), ['place:Kenya', 'person:Peter Otieno']);
    });
  });
});
