import * as assert from 'node:assert/strict';
import { withMovements } from '../../../src/core/ner/org-parties-movements';
import { showSpans, spanAt } from '../helpers/spans';

describe('armed groups, movements and religious groups', () => {
  it('makes a group’s word going on with "of" and a name one organisation, over the place in it', () => {
    const text = 'Rebels of the former Patriotic Liberation Army of Chad and the Army of the Righteous clashed.';
    const spans = [spanAt(text, 'Chad', 'place')];
    assert.deepEqual(showSpans(text, withMovements(text, spans)), ['organization:Patriotic Liberation Army of Chad', 'organization:Army of the Righteous']);
  });

  it('reads capitalised words before a group’s word, and a numbered unit', () => {
    const text = 'She left the Lantern Fellowship in 2019. Fighters of the 41st Front and the 2nd Armoured Division moved north.';
    assert.deepEqual(showSpans(text, withMovements(text, [])), ['organization:Lantern Fellowship', 'organization:41st Front', 'organization:2nd Armoured Division']);
  });

  it('leaves war fronts, leagues, church buildings, names going on and a group’s word alone', () => {
    const text = 'On the Western Front, the Premier Division side visited St Anne’s Church on Armed Forces Day. The Fellowship said no, and the Armed Forces and 200 Special Forces stayed.';
    assert.deepEqual(showSpans(text, withMovements(text, [])), []);
  });

  it('leaves a church’s building, a commander’s unit and a group inside a longer name found', () => {
    const text = 'The Church of Our Lady of Mercy stands. The Brigade of Hale’s Division and the 5th Corps of the Army of the Tagus marched.';
    const spans = [spanAt(text, 'Corps of the Army of the Tagus', 'organization')];
    assert.deepEqual(showSpans(text, withMovements(text, spans)), ['organization:Corps of the Army of the Tagus']);
  });

  it('ends a name found before "of the" with the group’s name', () => {
    const text = 'It joined the World Union of the Guide Movement in 1970.';
    const spans = [spanAt(text, 'World Union', 'organization')];
    assert.deepEqual(showSpans(text, withMovements(text, spans)), ['organization:World Union of the Guide Movement']);
  });

  it('leaves a name around a person’s and a longer organisation found', () => {
    const text = 'The Brotherhood of Tom Reyes met the Global Peace Movement Trust.';
    const spans = [spanAt(text, 'Tom Reyes', 'person'), spanAt(text, 'Global Peace Movement Trust', 'organization')];
    assert.deepEqual(showSpans(text, withMovements(text, spans)), ['person:Tom Reyes', 'organization:Global Peace Movement Trust']);
  });

  it('handles empty text, CRLF and emoji', () => {
    assert.deepEqual(withMovements('', []), []);
    const text = '⛪ the Church of Norway\r\nsaid';
    assert.deepEqual(showSpans(text, withMovements(text, [])), ['organization:Church of Norway']);
  });
});
