import * as assert from 'node:assert/strict';
import { withoutCraftNames } from '../../../src/core/ner/person-vehicle-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('craft named after people', () => {
  it('drops every mention of a rover named after a person but the one that says whom it is named after', () => {
    const text = 'Mary Anning passes its drop test. The Mary Anning rover was built in Bremen. The rover is named after the English fossil hunter Mary Anning.';
    const spans = [spanAt(text, 'Mary Anning', 'person'), spanAt(text, 'Mary Anning', 'person', 1), spanAt(text, 'Bremen', 'place'), spanAt(text, 'Mary Anning', 'person', 2)];
    assert.deepEqual(showSpans(text, withoutCraftNames(text, spans)), ['place:Bremen', 'person:Mary Anning']);
  });

  it('reads a craft named with "named" or "called" after its word', () => {
    const text = 'The agency launched a probe, named Edwin Marlowe, in May. Edwin Marlowe reached orbit.';
    const spans = [spanAt(text, 'Edwin Marlowe', 'person'), spanAt(text, 'Edwin Marlowe', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutCraftNames(text, spans)), []);
  });

  it('keeps people beside a craft\'s word without the cue: an owner, a worker, a possessive', () => {
    const text = "Rui Sousa ferry services resumed. Ana Lima's ship sailed. The ship's captain, Joan Prat, spoke.";
    const spans = [spanAt(text, 'Rui Sousa', 'person'), spanAt(text, 'Ana Lima', 'person'), spanAt(text, 'Joan Prat', 'person')];
    assert.deepEqual(showSpans(text, withoutCraftNames(text, spans)), ['person:Rui Sousa', 'person:Ana Lima', 'person:Joan Prat']);
    assert.deepEqual(withoutCraftNames('', []), []);
  });
});
