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
});
