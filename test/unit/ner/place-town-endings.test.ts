import * as assert from 'node:assert/strict';
import { withTownEndings } from '../../../src/core/ner/place-town-endings';
import { showSpans, spanAt } from '../helpers/spans';

describe('towns named after springs, wells and falls', () => {
  it('makes an organisation ending in "Wells" or "Springs" the town', () => {
    const text = 'She won at Tunbridge Wells and lost in Palm Springs.';
    const spans = [spanAt(text, 'Tunbridge Wells', 'organization'), spanAt(text, 'Palm Springs', 'organization')];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), ['place:Tunbridge Wells', 'place:Palm Springs']);
  });

  it('reads names of three words, and leaves four words, a word merely ending in "Falls" and a name ending otherwise', () => {
    const text = 'Cross Hot Springs, Great Big Sky Falls, Twin Waterfalls and Sioux Falls Co. met.';
    const spans = [spanAt(text, 'Cross Hot Springs', 'organization'), spanAt(text, 'Great Big Sky Falls', 'organization'), spanAt(text, 'Twin Waterfalls', 'organization'), spanAt(text, 'Sioux Falls Co', 'organization')];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), ['place:Cross Hot Springs', 'organization:Great Big Sky Falls', 'organization:Twin Waterfalls', 'organization:Sioux Falls Co']);
  });

  it('leaves a bank, a lone word and a person', () => {
    const text = 'Wells Fargo and Springs paid Anna Wells.';
    const spans = [spanAt(text, 'Wells Fargo', 'organization'), spanAt(text, 'Springs', 'organization'), spanAt(text, 'Anna Wells', 'person')];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), showSpans(text, spans));
  });

  it('makes a place read before "Crossing" the town named after the crossing, whole', () => {
    const text = 'The road between Dawson and Ross Crossing closed. Residents of Ross Crossing left.';
    const spans = [spanAt(text, 'Dawson', 'place'), spanAt(text, 'Ross', 'place'), spanAt(text, 'Ross', 'place', 1)];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), ['place:Dawson', 'place:Ross Crossing', 'place:Ross Crossing']);
  });

  it('leaves people, lower-case crossings and longer words after the name', () => {
    const text = 'Ann Ross Crossing said the Ross crossing and Ross Crossings stayed shut.';
    const spans = [spanAt(text, 'Ann Ross', 'person'), spanAt(text, 'Ross', 'place', 1), spanAt(text, 'Ross', 'place', 2)];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), showSpans(text, spans));
  });

  it("takes a village's Latin qualifier into its name, but not a title before a person's name", () => {
    const text = 'Arrests in St Arvan Major and Trewint Parva on Monday; in Bodwen Major Hal Ross spoke.';
    const spans = [spanAt(text, 'St Arvan', 'place'), spanAt(text, 'Trewint', 'place'), spanAt(text, 'Bodwen', 'place'), spanAt(text, 'Hal Ross', 'person')];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), ['place:St Arvan Major', 'place:Trewint Parva', 'place:Bodwen', 'person:Hal Ross']);
  });

  it('makes a Faroese or Icelandic town of one word, read as an organisation, a place by its ending', () => {
    const text = 'Crews from Hafnarfjörður, Húsavík and Tvøroyri sailed; Vík Holdings did not.';
    const spans = [spanAt(text, 'Hafnarfjörður', 'organization'), spanAt(text, 'Húsavík', 'organization'), spanAt(text, 'Tvøroyri', 'organization'), spanAt(text, 'Vík Holdings', 'organization')];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), ['place:Hafnarfjörður', 'place:Húsavík', 'place:Tvøroyri', 'organization:Vík Holdings']);
  });
});
