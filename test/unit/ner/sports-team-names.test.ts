import * as assert from 'node:assert/strict';
import { withTeamNames } from '../../../src/core/ner/sports-team-names';
import { showSpans, spanAt } from '../helpers/spans';

const PLACES = new Set(['Italy', 'France', 'Rome']);
const isPlace = (name: string) => PLACES.has(name);
/** A match report's opening, which makes the text around it a sports report. */
const REPORT = 'The striker scored in stoppage time. ';

describe('teams by their names and the words around them', () => {
  it("types a club by its first word, over a person's span, and the word alone in a sports report", () => {
    const text = `${REPORT}Eintracht Kellstadt have sold him. Eintracht will reinvest. Fans met at the Eintracht-Park.`;
    const spans = withTeamNames(text, [spanAt(text, 'Eintracht Kellstadt', 'person'), spanAt(text, 'Eintracht', 'place', 1), spanAt(text, 'Eintracht-Park', 'organization')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Eintracht Kellstadt', 'organization:Eintracht', 'place:Eintracht-Park']);
  });

  it('adds a full club name the model missed, in any article', () => {
    const text = 'Shares in the owner of Spartak Varno rose.';
    assert.deepEqual(showSpans(text, withTeamNames(text, [], isPlace)), ['organization:Spartak Varno']);
  });

  it('makes a country a national team after a team’s words in a sentence naming a competition, only there', () => {
    const text = 'She will play for Italy in the Billie Jean King Cup tie against France. She lives in France. He played for Rome.';
    const spans = ['Italy', 'France'].map((n) => spanAt(text, n, 'place'));
    spans.push(spanAt(text, 'France', 'place', 1), spanAt(text, 'Rome', 'place'));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['organization:Italy', 'organization:France', 'place:France', 'place:Rome']);
  });

  it('makes a country a national team after any of a match’s verbs, also with a score, in a sentence naming a competition', () => {
    const text = 'In the Billie Jean King Cup, Italy thrashed France and drew 2-2 with Rome.';
    const spans = ['Italy', 'France', 'Rome'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['place:Italy', 'organization:France', 'organization:Rome']);
  });

  it('handles empty text', () => {
    assert.deepEqual(withTeamNames('', [], isPlace), []);
  });

  it('reads a text a second time with other spans, the club names it added the first time left as they were', () => {
    const text = 'Dynamo Kelvar signed a striker; Werder Ostmark sold one.';
    const first = withTeamNames(text, [], isPlace);
    assert.deepEqual(showSpans(text, first), ['organization:Dynamo Kelvar', 'organization:Werder Ostmark']);
    first[0].end = first[0].start + 6;
    const second = withTeamNames(text, [spanAt(text, 'Ostmark', 'place')], isPlace);
    assert.deepEqual(showSpans(text, second), ['organization:Dynamo Kelvar', 'organization:Werder Ostmark']);
    assert.deepEqual(showSpans('Dynamo fans met.', withTeamNames('Dynamo fans met.', [], isPlace)), []);
  });

  it('types both sides of a match result as teams, in a sentence alone, and a described second side', () => {
    const text = 'Norway defeated Chile 2 – 1 on Sunday, Peru beat hosts Ghana 3-0, and Fiji lost 1-2 to Samoa.';
    const spans = ['Norway', 'Chile', 'Peru', 'Ghana', 'Fiji', 'Samoa'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['organization:Norway', 'organization:Chile', 'organization:Peru', 'organization:Ghana', 'organization:Fiji', 'organization:Samoa']);
  });

  it("types a listed place before a side's player, leader or squad as the team, in a sentence alone", () => {
    const text = 'The Italy captain and France striker Ivo Sand met; Rome coach Ana Ruiz named her Italy squad.';
    const spans = ['Italy', 'France', 'Rome', 'Italy'].map((n, k) => spanAt(text, n, 'place', k === 3 ? 1 : 0));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['organization:Italy', 'organization:France', 'organization:Rome', 'organization:Italy']);
  });

  it("types a listed place before a cricket side's score as the team, in a sentence alone", () => {
    const text = 'Italy 210 for 6 beat France 198 all out. Rome were 45 for 3 at lunch, then Italy chased down 240.';
    const spans = ['Italy', 'France', 'Rome', 'Italy'].map((n, k) => spanAt(text, n, 'place', k === 3 ? 1 : 0));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['organization:Italy', 'organization:France', 'organization:Rome', 'organization:Italy']);
  });

  it("types both sides of a result by its margin or the second side's cricket total, and a side's total in overs", () => {
    const text = 'Norway beat Chile by 27 runs, Peru beat Ghana by an innings and Fiji beat Samoa 145 (Ivo Sand 52). Italy 145 (19.2 overs)';
    const spans = ['Norway', 'Chile', 'Peru', 'Ghana', 'Fiji', 'Samoa', 'Italy'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['organization:Norway', 'organization:Chile', 'organization:Peru', 'organization:Ghana', 'organization:Fiji', 'organization:Samoa', 'organization:Italy']);
  });

  it('leaves places around a result verb with a margin of no sport, and a place before figures in brackets of no overs', () => {
    const text = 'Ohio beat Utah by 40 votes. France 2025 (est.) grew.';
    const spans = ['Ohio', 'Utah', 'France'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['place:Ohio', 'place:Utah', 'place:France']);
  });

  it('leaves a place before figures that are no side\'s score', () => {
    const text = 'Rome is 10 for 10 on the list; France has 300 for sale; Italy 2025 figures.';
    const spans = ['Rome', 'France', 'Italy'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['place:Rome', 'place:France', 'place:Italy']);
  });

  it("leaves a place before a team's or a side's word, after \"a\", and an unlisted place", () => {
    const text = 'The Rome team won; the France side of the border. A Rome coach crashed. Lyon striker Ana Ruiz scored.';
    const spans = ['Rome', 'France', 'Rome', 'Lyon'].map((n, k) => spanAt(text, n, 'place', k === 2 ? 1 : 0));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['place:Rome', 'place:France', 'place:Rome', 'place:Lyon']);
  });

  it('leaves places around a result verb without a score, and a place not on a side', () => {
    const text = 'Ohio beat Utah in the race for the plant. Police in Leeds beat them 3-0.';
    const spans = ['Ohio', 'Utah', 'Leeds'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withTeamNames(text, spans, isPlace)), ['place:Ohio', 'place:Utah', 'place:Leeds']);
  });
});
