import * as assert from 'node:assert/strict';
import { PLAY_BY_ACTIONS, withPlayersInPlay } from '../../../src/core/ner/sports-players';
import { showSpans, spanAt } from '../helpers/spans';

const LISTED_PLACES = new Set(['Jerez']);
const isPlace = (name: string) => LISTED_PLACES.has(name);
/** A match report's opening, which makes the text around it a sports report. */
const REPORT = 'The striker scored in stoppage time of the derby. ';

describe('players named by the play of a sports report', () => {
  it('makes a name after a ball "from", a foul or a save a player, in every mention', () => {
    const text = `${REPORT}He met a corner from Tiquito, and Nando had fouled Jerez before the break. Tiquito was booked. The shot was saved by Ronda Vidal.`;
    const spans = [spanAt(text, 'Tiquito', 'place'), spanAt(text, 'Nando', 'person'), spanAt(text, 'Jerez', 'place'), spanAt(text, 'Tiquito', 'place', 1), spanAt(text, 'Ronda Vidal', 'organization')];
    assert.deepEqual(showSpans(text, withPlayersInPlay(text, spans, isPlace)), ['person:Tiquito', 'person:Nando', 'person:Jerez', 'person:Tiquito', 'person:Ronda Vidal']);
  });

  it('reads a play only where its last word stands right before the name: not after other words, nor after two spaces', () => {
    const text = `${REPORT}A cross from Quilmo, a ball down Ferrol, a letter by Ubeda and a cross from  Arnel. He was set up by Sestao. Mistakes cost Teruel.`;
    const spans = [spanAt(text, 'Quilmo', 'place'), spanAt(text, 'Ferrol', 'place'), spanAt(text, 'Ubeda', 'place'), spanAt(text, 'Arnel', 'place'), spanAt(text, 'Sestao', 'organization'), spanAt(text, 'Teruel', 'place')];
    assert.deepEqual(showSpans(text, withPlayersInPlay(text, spans, isPlace)), ['person:Quilmo', 'place:Ferrol', 'place:Ubeda', 'place:Arnel', 'person:Sestao', 'place:Teruel']);
  });

  it('keeps a listed place after a word of place, and names outside sports reports', () => {
    const sport = `${REPORT}A cross from Jerez found the net. He grew up in Jerez.`;
    const spans = [spanAt(sport, 'Jerez', 'place'), spanAt(sport, 'Jerez', 'place', 1)];
    assert.deepEqual(showSpans(sport, withPlayersInPlay(sport, spans, isPlace)), ['person:Jerez', 'place:Jerez']);
    const news = 'The minister took a pass from Jerez to the coast.';
    assert.deepEqual(showSpans(news, withPlayersInPlay(news, [spanAt(news, 'Jerez', 'place')], isPlace)), ['place:Jerez']);
    assert.deepEqual(withPlayersInPlay('', [], isPlace), []);
  });

  it('reads every action of the shared list before "by": a block, a parry, a booking, a substitution', () => {
    const text = `${REPORT}The shot was blocked by Corvo, parried by Ilha Nova and he was booked by Sertã, then substituted by Tavira.`;
    const names = ['Corvo', 'Ilha Nova', 'Sertã', 'Tavira'];
    const spans = names.map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withPlayersInPlay(text, spans, isPlace)), names.map((n) => `person:${n}`));
  });

  it('shares its list of actions before "by" with the rule for people the model read as firms', () => {
    for (const action of ['saved', 'fouled', 'tackled', 'assisted', 'set up', 'replaced']) assert.ok(PLAY_BY_ACTIONS.includes(action), action);
  });
});
