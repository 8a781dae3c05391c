import * as assert from 'node:assert/strict';
import { withCountryCodes } from '../../../src/core/ner/place-country-codes';
import { withLeaderboardNames } from '../../../src/core/ner/sports-leaderboards';
import { showSpans, spanAt } from '../helpers/spans';

const BODY = [
  'Declan Okonkwo-Reid won by three shots, with the Catalan Oriol Vilaró Puigcerver second.',
  '',
  'Vilaró, from Girona, bogeyed the last. "Declan never blinked," he said.',
  '',
].join('\n');
const TABLE = [
  '| Pos | Player | Country | R1 | R2 | Total |',
  '|---|---|---|---|---|---|',
  '| 1 | D Okonkwo-Reid | NIR | 68 | 67 | 135 |',
  '| 2 | O Vilaró Puigcerver | ESP | 70 | 68 | 138 |',
  '| T3 | J van den Berg | NED | 69 | 70 | 139 |',
  '| T3 | S Ó Murchú | IRL | 71 | 68 | 139 |',
  '| 5 | Lee Min-seo | KOR | 70 | 70 | 140 |',
  '',
].join('\n');

describe('the players and countries of a leaderboard table', () => {
  it('reads the player’s column as people, and with the country codes’ rule the country’s codes as places, over the spans the model made', () => {
    const text = `${BODY}${TABLE}`;
    const spans = [spanAt(text, 'Berg', 'person'), spanAt(text, 'NIR', 'organization')];
    const found = showSpans(text, withCountryCodes(text, withLeaderboardNames(text, spans))).filter((s) => text.indexOf(s.slice(s.indexOf(':') + 1)) >= BODY.length || s.startsWith('place'));
    assert.deepEqual(found, [
      'person:D Okonkwo-Reid', 'place:NIR', 'person:O Vilaró Puigcerver', 'place:ESP', 'person:J van den Berg', 'place:NED',
      'person:S Ó Murchú', 'place:IRL', 'person:Lee Min-seo', 'place:KOR',
    ]);
  });

  it('finds a player named by an initial in the body: the full name, and the first of two surnames alone', () => {
    const text = `${BODY}${TABLE}`;
    const spans = [spanAt(text, 'Declan', 'person'), spanAt(text, 'Vilaró', 'place', 2)];
    const found = showSpans(text, withLeaderboardNames(text, spans)).filter((s) => !/[A-Z]{3}$/u.test(s));
    assert.deepEqual(found.slice(0, 3), ['person:Declan Okonkwo-Reid', 'person:Oriol Vilaró Puigcerver', 'person:Vilaró']);
  });

  it('reads a council vote’s councillor column and an election’s candidate column as people, not their wards', () => {
    const text = ['The vote was close.', '', '| Councillor | Ward | Vote |', '|---|---|---|', '| Inés Marchetti-Lowe | Riverbend | Yes |', '| Colm Adair | North Point | No |', '', '| Candidate | Votes |', '|---|---|', '| Jorge Almada Ruiz | 4,210 |', ''].join('\n');
    const spans = [spanAt(text, 'North Point', 'place')];
    assert.deepEqual(showSpans(text, withLeaderboardNames(text, spans)), ['person:Inés Marchetti-Lowe', 'person:Colm Adair', 'place:North Point', 'person:Jorge Almada Ruiz']);
  });

  it('reads no table without a player’s column, and none in a text without a table', () => {
    const prices = '| Item | Country | 2025 |\n|---|---|---|\n| Bread Rolls | FRA | 2 |\n';
    assert.deepEqual(withLeaderboardNames(prices, []), []);
    assert.deepEqual(withLeaderboardNames('Player Name won in Spain.', []), []);
  });

  it('handles an empty text and CRLF line endings', () => {
    assert.deepEqual(withLeaderboardNames('', []), []);
    const text = TABLE.replace(/\n/gu, '\r\n');
    assert.equal(withLeaderboardNames(text, []).length, 5);
    assert.equal(withCountryCodes(text, withLeaderboardNames(text, [])).length, 10);
  });

  it('reads a column headed by the sport\'s athletes ("Sculler", "Skier") as people', () => {
    const text = ['| Pos | Sculler | Club | Time |', '|---|---|---|---|', '| 1 | K. Marsh-Oduya | Avon | 7:12.40 |', '| 2 | L. de Graaf | Tyne | 7:15.02 |', ''].join('\n');
    assert.deepEqual(showSpans(text, withLeaderboardNames(text, [])), ['person:K. Marsh-Oduya', 'person:L. de Graaf']);
  });
});

describe('the athletes and countries of a results table written without bars', () => {
  it('reads the name column as people and the nation column as places', () => {
    const text = [
      'Kristiina Vaarala-Niemi won the individual race.',
      '',
      'Pos  Name                Nat  Time',
      '1    K. Vaarala-Niemi    FIN  41:02.4',
      '2    M. Ødegård          NOR  41:30.9',
      '3    L. Štěpánková       CZE  41:44.0',
      '',
    ].join('\n');
    const spans = withCountryCodes(text, withLeaderboardNames(text, [spanAt(text, 'Kristiina Vaarala-Niemi', 'person'), spanAt(text, 'Ødegård', 'place')]));
    assert.deepEqual(showSpans(text, spans), ['person:Kristiina Vaarala-Niemi', 'person:K. Vaarala-Niemi', 'place:FIN', 'person:M. Ødegård', 'place:NOR', 'person:L. Štěpánková', 'place:CZE']);
  });
});
