import * as assert from 'node:assert/strict';
import { withBracketedShortNames } from '../../../src/core/ner/org-acronym-long-forms';
import { showSpans, spanAt } from '../helpers/spans';

describe('a long name with a short name in brackets whose letters are not in order', () => {
  it('finds the long form over the place the model found in it, and the acronym of its own language wherever it stands', () => {
    const text = 'The Peruvian Confederation of Market Traders (CPMT) protested, and CPMT leaders met.';
    const spans = withBracketedShortNames(text, [spanAt(text, 'Peruvian', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Peruvian Confederation of Market Traders', 'organization:CPMT', 'organization:CPMT']);
  });

  it('takes a short name written as a word that opens like the long one', () => {
    const text = 'The Kenya Bus Owners Association (Kboa) chairman spoke. Kboa wants talks.';
    const spans = withBracketedShortNames(text, [spanAt(text, 'Kenya', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Kenya Bus Owners Association', 'organization:Kboa', 'organization:Kboa']);
  });

  it("finds a body's name before the acronym of its name in its own language, the words in another order", () => {
    const text = 'He heads the Southern Cattle Chamber (CGS). The Peruvian Teachers Union (SUP) marched. SUP leaders spoke.';
    const spans = withBracketedShortNames(text, [spanAt(text, 'Peruvian', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Southern Cattle Chamber', 'organization:CGS', 'organization:Peruvian Teachers Union', 'organization:SUP', 'organization:SUP']);
  });

  it("reads a long name over a list of fields and a place it serves, opening with the body's word", () => {
    const text = 'The Chamber of Industry, Trade and Services of Tarija (Caints) said so.';
    const spans = withBracketedShortNames(text, [spanAt(text, 'Chamber of Industry', 'organization'), spanAt(text, 'Tarija', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Chamber of Industry, Trade and Services of Tarija', 'organization:Caints']);
  });

  it('leaves a place or a short name of other letters in brackets, and names without an organisation word', () => {
    const text = 'Acme Farmers Association (Kenya) met. The Grand Hotel Lisboa (GHL) opened. Ruiz Workers Union (Texas) too. Blue Ridge Council (XQZ) voted.';
    assert.deepEqual(showSpans(text, withBracketedShortNames(text, [])), []);
  });

  it('keeps the name the model found ending at the bracket rather than reading back over "and the" or a nationality', () => {
    const text = 'Roads Victoria and the National Rail Track Authority (RNTA) knew. The Afghan Ministry of Mines (MMA) agreed.';
    const spans = [spanAt(text, 'Roads Victoria', 'organization'), spanAt(text, 'National Rail Track Authority', 'organization'), spanAt(text, 'Afghan', 'place'), spanAt(text, 'Ministry of Mines', 'organization')];
    assert.deepEqual(showSpans(text, withBracketedShortNames(text, spans)), ['organization:Roads Victoria', 'organization:National Rail Track Authority', 'organization:RNTA', 'place:Afghan', 'organization:Ministry of Mines', 'organization:MMA']);
  });

  it('leaves out a person and a country’s possessive before the long form, which the short name’s letters do not need', () => {
    const text = 'Samir Tazi of the National Rally of Traders (RNT) spoke. Japan’s General Bureau of Fisheries (GFB) agreed.';
    const spans = withBracketedShortNames(text, [spanAt(text, 'Samir Tazi', 'person'), spanAt(text, 'Japan', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Samir Tazi', 'organization:National Rally of Traders', 'organization:RNT', 'place:Japan', 'organization:General Bureau of Fisheries', 'organization:GFB']);
  });

  it('reads capitals set after a body\'s long name by a comma or a dash as its short name, at every mention', () => {
    const text = 'We met the Fishing Exporters Association — APEX — in May, and the Coast Guard Service of Peru, GUACOP. GUACOP agreed. Talks with Ana Ruiz, PERU and the Lima Times, LIMA, stalled.';
    const spans = [spanAt(text, 'Fishing Exporters Association', 'organization'), spanAt(text, 'Coast Guard Service of Peru', 'organization'), spanAt(text, 'GUACOP', 'person', 1), spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Lima Times', 'organization')];
    assert.deepEqual(showSpans(text, withBracketedShortNames(text, spans, (name) => name === 'Lima')), [
      'organization:Fishing Exporters Association', 'organization:APEX', 'organization:Coast Guard Service of Peru', 'organization:GUACOP', 'organization:GUACOP', 'person:Ana Ruiz', 'organization:Lima Times',
    ]);
  });
});
