import * as assert from 'node:assert/strict';
import { withMotorRacingTeams } from '../../../src/core/ner/motor-racing-teams';
import { showSpans, spanAt } from '../helpers/spans';

describe('motor-racing teams in a race report', () => {
  it('makes the teams organisations, over the model’s people and places, and adds the missed ones', () => {
    const text = 'Lena Vogt took pole for Ferrari at the Monaco Grand Prix, ahead of McLaren. Williams and Mercedes struggled in qualifying.';
    const spans = [spanAt(text, 'Lena Vogt', 'person'), spanAt(text, 'Ferrari', 'person'), spanAt(text, 'Monaco Grand Prix', 'organization'), spanAt(text, 'McLaren', 'place'), spanAt(text, 'Williams', 'person')];
    assert.deepEqual(showSpans(text, withMotorRacingTeams(text, spans)), [
      'person:Lena Vogt',
      'organization:Ferrari',
      'organization:Monaco Grand Prix',
      'organization:McLaren',
      'organization:Williams',
      'organization:Mercedes',
    ]);
  });

  it('leaves the same names alone outside motor racing', () => {
    const text = 'Rowan Williams preached in Canterbury, and a Ferrari was parked outside the podium.';
    const spans = [spanAt(text, 'Rowan Williams', 'person'), spanAt(text, 'Canterbury', 'place')];
    assert.deepEqual(showSpans(text, withMotorRacingTeams(text, spans)), ['person:Rowan Williams', 'place:Canterbury']);
  });
});
