import * as assert from 'node:assert/strict';
import { withIrishAndPressNames } from '../../../src/core/ner/irish-and-press-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('Irish state bodies and the European press', () => {
  it('makes the whole name an organisation over the model’s parts of it, "An" included', () => {
    const text = 'An Garda Síochána asked people to stay in. Met Éireann extended the warning, RTÉ said.';
    const spans = [spanAt(text, 'Garda Síochána', 'person'), spanAt(text, 'Éireann', 'person')];
    assert.deepEqual(showSpans(text, withIrishAndPressNames(text, spans)), ['organization:An Garda Síochána', 'organization:Met Éireann', 'organization:RTÉ']);
  });

  it('finds newspapers with either apostrophe ("L’Équipe", "L\'Équipe")', () => {
    const text = "He told L’Équipe and L'Équipe on Wednesday, and Le Monde later.";
    assert.deepEqual(showSpans(text, withIrishAndPressNames(text, [])), ['organization:L’Équipe', "organization:L'Équipe", 'organization:Le Monde']);
  });

  it('leaves a longer name around a listed one, and text without them, alone', () => {
    const text = 'The Le Monde Diplomatique Prize went to Eireann Smyth-Jones.';
    const spans = [spanAt(text, 'Le Monde Diplomatique Prize', 'organization'), spanAt(text, 'Eireann Smyth-Jones', 'person')];
    assert.deepEqual(showSpans(text, withIrishAndPressNames(text, spans)), ['organization:Le Monde Diplomatique Prize', 'person:Eireann Smyth-Jones']);
    assert.deepEqual(withIrishAndPressNames('Nothing here.', []), []);
  });

  it('needs a word boundary before a name, and reads the word before "Éireann" at the start of a text', () => {
    const text = 'Bus Éireann cut routes; the pro-Le Monde line and Gaillimh-Bord Bia did not count.';
    assert.deepEqual(showSpans(text, withIrishAndPressNames(text, [])), ['organization:Bus Éireann']);
  });

  it('reads "An" and an Irish body’s word as the opening of a state body’s name', () => {
    const text = 'An Coimisiún Pleanála refused it; An Roinn Sláinte and An Chomhairle Ealaíon did not. An Spidéal is a village.';
    assert.deepEqual(showSpans(text, withIrishAndPressNames(text, [spanAt(text, 'Pleanála', 'person')])), ['organization:An Coimisiún Pleanála', 'organization:An Roinn Sláinte', 'organization:An Chomhairle Ealaíon']);
  });
});
