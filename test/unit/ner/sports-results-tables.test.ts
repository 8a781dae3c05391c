import * as assert from 'node:assert/strict';
import { withResultsClubs } from '../../../src/core/ner/sports-results-tables';
import { withSportsClubs } from '../../../src/core/ner/sports-clubs';
import { showSpans, spanAt } from '../helpers/spans';

const LISTED_PLACES = new Set(['Porto Alegre', 'Recife', 'Santa Rita']);
const isPlace = (name: string) => LISTED_PLACES.has(name);
/** A match report's opening, which makes the text around it a sports report. */
const REPORT = 'The striker scored in stoppage time of the derby. ';
const TABLE = ['| Home | Score | Away |', '|---|---|---|', '| Náutico | 2-0 | Sport Recife |', '| Recife | 1-1 | Moreira |', '| Ceará | 0-3 | Tupinambás |', ''].join('\n');

describe('the clubs of a sports report’s results table and score lines', () => {
  it('makes both sides of a table’s row clubs, over a person’s or a place’s reading, and leaves the header alone', () => {
    const text = `${REPORT}\n\n${TABLE}`;
    const spans = [spanAt(text, 'Recife', 'place', 1), spanAt(text, 'Moreira', 'person')];
    const found = showSpans(text, withResultsClubs(text, spans, isPlace));
    assert.deepEqual(found, ['organization:Náutico', 'organization:Sport Recife', 'organization:Recife', 'organization:Moreira', 'organization:Ceará', 'organization:Tupinambás']);
  });

  it('reads a line that is only two sides and a score, in capitals and with a Portuguese "x"', () => {
    const text = `${REPORT}\n\n**NÁUTICO 2 x 1 TUPINAMBÁS**\n\nVasco da Gama 3-0 Moreira\n`;
    const found = showSpans(text, withResultsClubs(text, [], isPlace));
    assert.deepEqual(found, ['organization:NÁUTICO', 'organization:TUPINAMBÁS', 'organization:Vasco da Gama', 'organization:Moreira']);
  });

  it('makes the other mentions of a club the club, also where the model or a rule found nothing, but not a place after a word of place', () => {
    const text = `${REPORT}Náutico beat Moreira last week. Tupinambás levelled late. The coach lives in Recife.\n\n${TABLE}`;
    const spans = [spanAt(text, 'Moreira', 'person'), spanAt(text, 'Recife', 'place')];
    const found = showSpans(text, withResultsClubs(text, spans, isPlace)).slice(0, 4);
    assert.deepEqual(found, ['organization:Náutico', 'organization:Moreira', 'organization:Tupinambás', 'place:Recife']);
  });

  it('keeps a player’s surname a person where the club shares it', () => {
    const text = `${REPORT}Caio Moreira scored twice. Moreira said he was tired.\n\n${TABLE}`;
    const spans = [spanAt(text, 'Caio Moreira', 'person'), spanAt(text, 'Moreira', 'person', 1)];
    const found = showSpans(text, withResultsClubs(text, spans, isPlace)).slice(0, 3);
    assert.deepEqual(found, ['person:Caio Moreira', 'person:Moreira', 'organization:Náutico']);
  });

  it('reads no table outside sports reports, nor a table of other numbers', () => {
    const text = 'The minister spoke.\n\n| Region | Votes | Party |\n|---|---|---|\n| Recife | 1-1 | Moreira |\n';
    assert.deepEqual(showSpans(text, withResultsClubs(text, [spanAt(text, 'Moreira', 'person')], isPlace)), ['person:Moreira']);
    const prose = `${REPORT}The budget was 2-1 in favour. Recife | Moreira`;
    assert.deepEqual(showSpans(prose, withResultsClubs(prose, [], isPlace)), []);
  });
});

describe('a club linked with a player in a sports report', () => {
  it('makes a place after "linked with" the club', () => {
    const text = `${REPORT}The winger has been linked with Santa Rita, who could bid in January.`;
    const found = showSpans(text, withSportsClubs(text, [spanAt(text, 'Santa Rita', 'place')], isPlace));
    assert.deepEqual(found, ['organization:Santa Rita']);
  });
});
