import * as assert from 'node:assert/strict';
import { GAZ, type GazetteerLookup } from '../../../src/core/ner/gazetteer';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { speaksAsPerson } from '../../../src/core/ner/speaking-town-names';
import { showSpans, spanAt } from '../helpers/spans';

/** Name lists that know "Marlow" and "Harwich" as towns only and "Jordan" as a country. */
const lists: GazetteerLookup = {
  get: (name: string) => (name === 'Marlow' || name === 'Harwich' ? GAZ.city : name === 'Jordan' ? GAZ.country : 0),
  matches: () => [],
  matchTokens: () => new Int32Array(0),
} as unknown as GazetteerLookup;

describe('one-word town names that speak', () => {
  it('keeps a person the model found when a reporting verb follows', () => {
    const text = '"We will not wait for the board," Marlow said on Monday.';
    assert.deepEqual(showSpans(text, refineSpans(text, [spanAt(text, 'Marlow', 'person')], lists)), ['person:Marlow']);
  });

  it('still makes a listed town a place without a reporting verb, or when the model read a place', () => {
    const text = 'The ferry from Harwich was late. Harwich said nothing.';
    const spans = refineSpans(text, [spanAt(text, 'Harwich', 'person'), spanAt(text, 'Harwich', 'place', 1)], lists);
    assert.deepEqual(showSpans(text, spans), ['place:Harwich', 'place:Harwich']);
  });

  it('leaves a listed country its type even when it speaks', () => {
    const text = 'Jordan said the border would reopen.';
    assert.deepEqual(showSpans(text, refineSpans(text, [spanAt(text, 'Jordan', 'person')], lists)), ['place:Jordan']);
  });

  it('reads only a reporting verb right after the name', () => {
    const text = 'Marlow said it; Marlow, who said it; Marlow saidx; Marlow';
    assert.equal(speaksAsPerson(text, 'Marlow', 6, 'person', true), true);
    assert.equal(speaksAsPerson(text, 'Marlow', 22, 'person', true), false);
    assert.equal(speaksAsPerson(text, 'Marlow', 43, 'person', true), false);
    assert.equal(speaksAsPerson(text, 'Marlow', text.length, 'person', true), false);
    assert.equal(speaksAsPerson(text, 'Marlow', 6, 'place', true), false);
    assert.equal(speaksAsPerson(text, 'Marlow', 6, 'person', false), false);
  });
});
