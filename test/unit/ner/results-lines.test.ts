import * as assert from 'node:assert/strict';
import { resultLinesIn } from '../../../src/core/ner/results-lines';

describe('the numbered lines of a results list', () => {
  it('reads the name, what the brackets hold and whether a time or a gap follows', () => {
    const text = 'Result\n1. de Vries (Nordic Bikes) 3hr 55min\n 2) Okafor-Lind  (KEN) +0:04\n3. Halvorsen (Team Alpha)\n';
    const lines = resultLinesIn(text).map((l) => [l.name, text.slice(l.nameStart, l.nameStart + l.name.length), l.bracketed, text.slice(l.bracketedStart, l.bracketedStart + l.bracketed.length), l.timed]);
    assert.deepEqual(lines, [
      ['de Vries', 'de Vries', 'Nordic Bikes', 'Nordic Bikes', true],
      ['Okafor-Lind', 'Okafor-Lind', 'KEN', 'KEN', true],
      ['Halvorsen', 'Halvorsen', 'Team Alpha', 'Team Alpha', false],
    ]);
  });

  it('reads no line without a number at its start or without brackets', () => {
    assert.deepEqual(resultLinesIn('He came 1. Smith (Leeds) +0:04\n2. Jones +0:10\n'), []);
    assert.deepEqual(resultLinesIn(''), []);
  });

  it('handles CRLF line ends and a bracket of sixty characters', () => {
    const team = 'Aurelia Sport Nordic Bikes and Regional Development Co-op XY';
    const text = `\uFEFFStage\r\n1. Brandt (${team}) +0:01\r\n`;
    const lines = resultLinesIn(text);
    assert.equal(team.length, 60);
    assert.deepEqual(lines.map((l) => [l.name, l.bracketed, l.timed]), [['Brandt', team, true]]);
  });
});
