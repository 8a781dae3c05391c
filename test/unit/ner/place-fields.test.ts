import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withOilFields } from '../../../src/core/ner/place-fields';

describe('oil and gas fields', () => {
  it('makes names before a field word places in every mention, leaving an organisation in the list', () => {
    const text = 'The oil major said its Heidrun and Edvard Grieg platforms and the Statfjord field were idle. Heidrun restarts soon.';
    const spans = [spanAt(text, 'Heidrun', 'person'), spanAt(text, 'Edvard Grieg', 'person'), spanAt(text, 'Statfjord', 'person'), spanAt(text, 'Heidrun', 'person', 1)];
    assert.deepEqual(showSpans(text, withOilFields(text, spans)), ['place:Heidrun', 'place:Edvard Grieg', 'place:Statfjord', 'place:Heidrun']);
  });

  it('makes a list after "production at" places', () => {
    const text = 'Gas production at Norne, Urd and Skuld was halted, Kari Berg said.';
    const spans = [spanAt(text, 'Norne', 'person'), spanAt(text, 'Urd', 'person'), spanAt(text, 'Skuld', 'person'), spanAt(text, 'Kari Berg', 'person')];
    assert.deepEqual(showSpans(text, withOilFields(text, spans)), ['place:Norne', 'place:Urd', 'place:Skuld', 'person:Kari Berg']);
  });

  it('makes a list after "fields around" places', () => {
    const text = 'Oil output rose, while the two older fields around Marlin and Jubarte pumped less, Ana Lima said.';
    const spans = [spanAt(text, 'Marlin', 'person'), spanAt(text, 'Jubarte', 'person'), spanAt(text, 'Ana Lima', 'person')];
    assert.deepEqual(showSpans(text, withOilFields(text, spans)), ['place:Marlin', 'place:Jubarte', 'person:Ana Lima']);
  });

  it('reads oil or gas at the start of a longer word or written with a capital inside one, and a field word before a full stop', () => {
    const text = 'Oilfield crews at the Gudrun fields. Shale-gas drillers left the Brage platform.';
    const spans = [spanAt(text, 'Gudrun', 'person'), spanAt(text, 'Brage', 'person')];
    assert.deepEqual(showSpans(text, withOilFields(text, spans)), ['place:Gudrun', 'place:Brage']);
    const lower = 'Her gasworks tour passed the Solveig field.';
    assert.deepEqual(showSpans(lower, withOilFields(lower, [spanAt(lower, 'Solveig', 'person')])), ['place:Solveig']);
    const none = 'Fans crossed the Solveig field.';
    assert.deepEqual(showSpans(none, withOilFields(none, [spanAt(none, 'Solveig', 'person')])), ['person:Solveig']);
  });

  it('leaves organisations before a field word, and texts about neither oil nor gas', () => {
    const oil = 'Oil output rose on the Equinor platforms.';
    const oilSpans = [spanAt(oil, 'Equinor', 'organization')];
    assert.deepEqual(withOilFields(oil, oilSpans), oilSpans);
    const football = 'The team trained on the Jack Trice field.';
    const footballSpans = [spanAt(football, 'Jack Trice', 'person')];
    assert.deepEqual(withOilFields(football, footballSpans), footballSpans);
  });

  it('makes mines places in a text about mining: before "mine", after "tonnes at", and one the model missed', () => {
    const text = 'Mining output rose. Arlen Copper produced 9,000 tonnes at Tavira and Oruel, and the Kessick mine was shut. Halden Gold, which operates Marova mine near Tesh, said Tavira would grow.';
    const spans = [spanAt(text, 'Arlen Copper', 'organization'), spanAt(text, 'Tavira', 'organization'), spanAt(text, 'Oruel', 'person'), spanAt(text, 'Kessick', 'person'), spanAt(text, 'Halden Gold', 'organization'), spanAt(text, 'Tesh', 'place'), spanAt(text, 'Tavira', 'organization', 1)];
    const shown = showSpans(text, withOilFields(text, spans, (name) => name === 'Halden Gold'));
    assert.deepEqual(shown, ['organization:Arlen Copper', 'place:Tavira', 'place:Oruel', 'place:Kessick', 'organization:Halden Gold', 'place:Marova', 'place:Tesh', 'place:Tavira']);
  });

  it('keeps a listed or an organisation-worded owner before "mine", and adds no common word opening a sentence', () => {
    const text = 'Miners left the Corvane mine and the Dunmore Mining Company mine. Copper mines in the north closed.';
    const spans = [spanAt(text, 'Corvane', 'organization'), spanAt(text, 'Dunmore Mining Company', 'organization')];
    assert.deepEqual(showSpans(text, withOilFields(text, spans, (name) => name === 'Corvane')), ['organization:Corvane', 'organization:Dunmore Mining Company']);
  });

  it('reads a mine named with its metals, and a smelter or a plant not typed as an organisation, as places', () => {
    const text = 'The miner said its Vessmark zinc and silver mine and the Kallby smelter ran well, while the Torvane plant and the Orlin refinery were shut. Vessmark output rose.';
    const spans = [spanAt(text, 'Vessmark', 'person'), spanAt(text, 'Kallby', 'person'), spanAt(text, 'Torvane', 'organization'), spanAt(text, 'Orlin', 'place'), spanAt(text, 'Vessmark', 'person', 1)];
    assert.deepEqual(showSpans(text, withOilFields(text, spans, () => false)), ['place:Vessmark', 'place:Kallby', 'organization:Torvane', 'place:Orlin', 'place:Vessmark']);
  });

  it('keeps a name a verb and "the mine" follow', () => {
    const text = 'Dravik said the mine would reopen. Dravik agreed.';
    const spans = [spanAt(text, 'Dravik', 'person'), spanAt(text, 'Dravik', 'person', 1)];
    assert.deepEqual(withOilFields(text, spans, () => false), spans);
  });

  it('keeps a name before a plant that the article types as an organisation elsewhere', () => {
    const text = 'Output rose at the mine, and the Halvik plant ran well. Halvik reported a profit.';
    const spans = [spanAt(text, 'Halvik', 'person'), spanAt(text, 'Halvik', 'organization', 1)];
    assert.deepEqual(withOilFields(text, spans, () => false), spans);
  });
});
