import * as assert from 'node:assert/strict';
import { withScorecardNames } from '../../../src/core/ner/sports-scorecards';
import { showSpans, spanAt } from '../helpers/spans';

/** A report's opening with two words of sport, which makes the text a sports report. */
const REPORT = 'The bowlers took five wickets before the T20 innings ended.\n';
const people = (text: string, spans = []) => showSpans(text, withScorecardNames(text, spans)).filter((s) => s.startsWith('person:')).map((s) => s.slice(7));

describe('players of a scorecard read by the shape of its lines', () => {
  it('reads a batter, the fielder and the bowler of each dismissal, without "(capt)" or "(wk)"', () => {
    const text = [
      REPORT,
      '**Kent 180 for 6 (20 overs)**',
      '- JE Hollis c Marriner b Okonjo 64 (41)',
      '- B Tanaka (capt) c & b Pryce-Jones 12 (10)',
      '- D van der Walt lbw b Okonjo 0 (1)',
      "- K O'Mahony-Reed (wk) run out (Pryce-Jones/Marriner) 33 (20)",
      '- L Ferreira st Castell b Abbas 9 (7)',
      '- T Nwosu not out 18 (11)',
      '- Extras (lb 2, w 4) 6',
    ].join('\n');
    assert.deepEqual(people(text), ['JE Hollis', 'Marriner', 'Okonjo', 'B Tanaka', 'Pryce-Jones', 'D van der Walt', 'Okonjo', "K O'Mahony-Reed", 'Pryce-Jones', 'Marriner', 'L Ferreira', 'Castell', 'Abbas', 'T Nwosu']);
  });

  it('reads those who did not bat, the fall of wickets and the bowling figures beside batters', () => {
    const text = [
      REPORT,
      '- R Castell b Whitmore 41 (30)',
      'Did not bat: P Okafor, S Lindqvist',
      'Fall of wickets: 1-12 (Castell), 2-40 (Abbas, 6.2 ov)',
      'Bowling: Whitmore 4-0-28-3, Brightwell 3.4-1-19-0',
    ].join('\n');
    assert.deepEqual(people(text), ['R Castell', 'Whitmore', 'P Okafor', 'S Lindqvist', 'Castell', 'Abbas', 'Whitmore', 'Brightwell']);
  });

  it('puts a player in over a span that read the surname as a town or cut the initial off', () => {
    const text = `${REPORT}- M Harlow c Penrith b Kendal 7 (9)\n`;
    const spans = [spanAt(text, 'Harlow', 'person'), spanAt(text, 'Penrith', 'place'), spanAt(text, 'Kendal', 'place')];
    assert.deepEqual(showSpans(text, withScorecardNames(text, spans)), ['person:M Harlow', 'person:Penrith', 'person:Kendal']);
  });

  it('reads the scorers of a rugby box score and a team list, keeping the team', () => {
    const text = [
      'The fly-half kicked two conversions and the lineouts held.',
      '**Sharks 27** (M Tupou 2, K Rehana tries; L Achterberg 3 cons, pen)',
      '',
      '**Sharks:** Liam Tupou; Koa Rehana, Emil Brandt, Sefa Uelese, Joe Marr; Lars Achterberg, Ben Hood; Aru Ngata, Tom Veal (capt), Ika Fonua',
    ].join('\n');
    const spans = [spanAt(text, 'Sharks', 'organization'), spanAt(text, 'Sharks', 'organization', 1)];
    assert.deepEqual(showSpans(text, withScorecardNames(text, spans)), [
      'organization:Sharks',
      'person:M Tupou',
      'person:K Rehana',
      'person:L Achterberg',
      'organization:Sharks',
      ...['Liam Tupou', 'Koa Rehana', 'Emil Brandt', 'Sefa Uelese', 'Joe Marr', 'Lars Achterberg', 'Ben Hood', 'Aru Ngata', 'Tom Veal', 'Ika Fonua'].map((n) => `person:${n}`),
    ]);
  });

  it('leaves prose, scores in brackets and short lists alone', () => {
    const text = [
      REPORT,
      'The vote was 1-0 (Smith) and plan b was dropped; he was not out of ideas.',
      'Attendees: Ann Lee, Bo Chan, Cy Dee',
      'He scored (twice, in the rain) and the figures 4-0-29-2 stood.',
    ].join('\n');
    assert.deepEqual(withScorecardNames(text, []), []);
  });

  it('reads no scorecard outside a sports report', () => {
    const text = 'Minutes of the meeting.\n- A Rahman c Dunmore b Keane 5 (4)\n';
    assert.deepEqual(withScorecardNames(text, []), []);
  });

  it('handles CRLF line ends and an empty text', () => {
    const text = `${REPORT.trim()}\r\n- A Rahman c Dunmore b Keane 5 (4)\r\n- B Sethi not out 9 (8)\r\n`;
    assert.deepEqual(people(text), ['A Rahman', 'Dunmore', 'Keane', 'B Sethi']);
    assert.deepEqual(withScorecardNames('', []), []);
  });
});
