import * as assert from 'node:assert/strict';
import { boxScoreNames, mayHoldBoxScore } from '../../../src/core/ner/sports-box-scores';
import { withScorecardNames } from '../../../src/core/ner/sports-scorecards';
import { showSpans, spanAt } from '../helpers/spans';

/** A report's opening with two words of sport, which makes the text a sports report. */
const REPORT = 'The striker scored a hat-trick before the referee showed a red card.\n\n';
const BOX = [
  '- **Goals:** Duda Prates 12\', 45+1\', Zezinho 80\' (FLU); Caio Lemos 51\' (SAN)',
  '- **Yellow cards:** Tiquinho, Caio Lemos (FLU); Beto Alves 2, Nando Reis (SAN)',
  '- **Red card:** Beto Alves (SAN) 74\'',
  '- **Referee:** Paulo de Souza Lima (RJ)',
  '',
  '**Fluminense:** Marcos Vale; Juca Prado, Caio Lemos, Rui Sá, Tiquinho; Zezinho, Léo Matos (Dudu 70\'), Bruno Serra; Duda Prates, Ivo Neto (Pedrinho 80\'), Gil Rocha. Coach: Ana Beltrão-Reis',
].join('\n');
const show = (text: string) => showSpans(text, [...boxScoreNames(text)].sort((a, b) => a.start - b.start));

describe('a football box score read by the shape of its lines', () => {
  it('reads scorers without their minutes, booked players without a second booking\'s count, and the teams\' codes', () => {
    const text = REPORT + BOX;
    const found = show(text);
    assert.deepEqual(found.slice(0, 6), ['person:Duda Prates', 'person:Zezinho', 'organization:FLU', 'person:Caio Lemos', 'organization:SAN', 'person:Tiquinho']);
    assert.ok(found.includes('person:Beto Alves'));
    assert.ok(!found.some((s) => s.endsWith(' 2') || s.includes("'")));
  });

  it('reads the referee with particles, and his state in brackets as a place', () => {
    const found = show(REPORT + BOX);
    assert.ok(found.includes('person:Paulo de Souza Lima'));
    assert.ok(found.includes('place:RJ'));
  });

  it('reads a line-up with the substitutes in brackets and the coach after it', () => {
    const found = show(REPORT + BOX);
    for (const name of ['Marcos Vale', 'Léo Matos', 'Dudu', 'Pedrinho', 'Gil Rocha', 'Ana Beltrão-Reis']) assert.ok(found.includes(`person:${name}`), name);
  });

  it('reads no line-up or referee where no line of scorers or bookings stands', () => {
    const text = REPORT + BOX.split('\n').slice(3).join('\n');
    assert.deepEqual(show(text), []);
  });

  it('leaves a line of events alone when one of its items is no name', () => {
    const text = `${REPORT}Goals: the home side were better, and won 2-0 (FLU)\n`;
    assert.deepEqual(show(text), []);
  });

  it('is looked for only where a box score\'s label is written', () => {
    assert.equal(mayHoldBoxScore('The referee showed a red card to the striker.'), false);
    assert.equal(mayHoldBoxScore(REPORT + BOX), true);
  });

  it('puts the players in over spans that read a single-name player as nothing or a surname as a town', () => {
    const text = REPORT + BOX;
    const spans = [spanAt(text, 'Lemos', 'place'), spanAt(text, 'Paulo', 'place')];
    const out = showSpans(text, withScorecardNames(text, spans));
    assert.ok(out.includes('person:Caio Lemos') && out.includes('person:Paulo de Souza Lima') && out.includes('person:Zezinho'));
    assert.ok(!out.includes('place:Lemos'));
  });
});
