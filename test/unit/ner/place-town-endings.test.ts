import * as assert from 'node:assert/strict';
import { withTownEndings } from '../../../src/core/ner/place-town-endings';
import { showSpans, spanAt } from '../helpers/spans';

describe('towns named after springs, wells and falls', () => {
  it('makes an organisation ending in "Wells" or "Springs" the town', () => {
    const text = 'She won at Tunbridge Wells and lost in Palm Springs.';
    const spans = [spanAt(text, 'Tunbridge Wells', 'organization'), spanAt(text, 'Palm Springs', 'organization')];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), ['place:Tunbridge Wells', 'place:Palm Springs']);
  });

  it('leaves a bank, a lone word and a person', () => {
    const text = 'Wells Fargo and Springs paid Anna Wells.';
    const spans = [spanAt(text, 'Wells Fargo', 'organization'), spanAt(text, 'Springs', 'organization'), spanAt(text, 'Anna Wells', 'person')];
    assert.deepEqual(showSpans(text, withTownEndings(text, spans)), showSpans(text, spans));
  });
});
