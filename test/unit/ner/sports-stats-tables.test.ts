import * as assert from 'node:assert/strict';
import { withStatsTableNames } from '../../../src/core/ner/sports-stats-tables';
import { withResultsClubs } from '../../../src/core/ner/sports-results-tables';
import { showSpans, spanAt } from '../helpers/spans';

/** A game report's opening, which makes the text around it a sports report. */
const REPORT = 'Okonkwo-Baird hit two three-pointers late and grabbed nine rebounds.\n\n';
const TABLE = [
  '| Harbour Kings | MIN | PTS | REB | 3PT |',
  '|---|---|---|---|---|',
  '| T. Okonkwo-Baird | 31 | 17 | 9 | 2 |',
  '| Ana Lima | 28 | 12 | 4 | - |',
  '| R. van der Berg | 14 | 4 | 2 | 0 |',
  '| Coach: P. Sáez de la Fuente | | | | |',
  '',
].join('\n');
const noPlace = (): boolean => false;

describe('the players of a table of figures in a sports report', () => {
  it('reads each row’s first cell as a player, initials and particles kept, over a surname cut from its initial', () => {
    const text = `${REPORT}${TABLE}`;
    const spans = [spanAt(text, 'Okonkwo-Baird', 'person', 1), spanAt(text, 'Berg', 'place')];
    const found = showSpans(text, withStatsTableNames(text, spans));
    assert.deepEqual(found, ['person:T. Okonkwo-Baird', 'person:Ana Lima', 'person:R. van der Berg', 'person:P. Sáez de la Fuente']);
  });

  it('makes the header’s first cell the team and leaves the codes of figures alone', () => {
    const text = `${REPORT}${TABLE}`;
    assert.deepEqual(showSpans(text, withResultsClubs(text, [], noPlace)).slice(0, 1), ['organization:Harbour Kings']);
  });

  it('reads no table of other figures, nor one outside sports reports', () => {
    const prices = `${REPORT}| Item | 2024 | 2025 | 2026 |\n|---|---|---|---|\n| Bread Rolls | 1 | 2 | 3 |\n`;
    assert.deepEqual(withStatsTableNames(prices, []), []);
    const plain = `Prices rose in March.\n\n${TABLE}`;
    assert.deepEqual(withStatsTableNames(plain, []), []);
  });

  it('handles an empty text and CRLF line endings', () => {
    assert.deepEqual(withStatsTableNames('', []), []);
    const text = `${REPORT}${TABLE}`.replace(/\n/gu, '\r\n');
    assert.equal(withStatsTableNames(text, []).length, 4);
  });
});

describe('basketball results and a club’s person in prose', () => {
  it('reads both sides of a result written with each side’s points, at a line’s start and after a label', () => {
    const text = `${REPORT}**Harbour Kings 91, Delta Rams 88** (20-18, 22-25)\n\nSeries: Game 1: Delta Rams 77, Harbour Kings 70 (May 2, Lagos).\n`;
    const found = showSpans(text, withResultsClubs(text, [], noPlace));
    assert.deepEqual(found, ['organization:Harbour Kings', 'organization:Delta Rams', 'organization:Delta Rams', 'organization:Harbour Kings']);
  });

  it('parts a club, its coach and the coach read as one organisation', () => {
    const text = `${REPORT}Delta Rams coach Ifeoma Adeyemi-Cole said little.\n\n**Harbour Kings 91, Delta Rams 88**\n`;
    const spans = [spanAt(text, 'Delta Rams coach Ifeoma Adeyemi-Cole', 'organization')];
    const found = showSpans(text, withResultsClubs(text, spans, noPlace)).slice(0, 2);
    assert.deepEqual(found, ['organization:Delta Rams', 'person:Ifeoma Adeyemi-Cole']);
  });

  it('leaves a year after a name alone ("Paris 2024, London 2012")', () => {
    const text = `${REPORT}Paris 2024, London 2012 and Tokyo 2020 were all hosts.\n`;
    assert.deepEqual(withResultsClubs(text, [], noPlace), []);
  });
});
