import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withoutHandleParts } from '../../../src/core/ner/org-handle-parts';

describe('names inside social-media handles', () => {
  it('drops the parts of a handle but keeps the network and the body beside it', () => {
    const text = 'Follow the Oregon Water Board on X at @OR_OWB for updates.';
    const spans = [spanAt(text, 'Oregon Water Board', 'organization'), spanAt(text, 'X', 'organization'), spanAt(text, 'OR', 'place'), spanAt(text, 'OWB', 'organization')];
    assert.deepEqual(showSpans(text, withoutHandleParts(text, spans)), ['organization:Oregon Water Board', 'organization:X']);
  });

  it('leaves texts without a handle, and names after a spaced "@", alone', () => {
    const text = 'Meet @ Lisbon Arena with Ana Ruiz.';
    const spans = [spanAt(text, 'Lisbon Arena', 'place'), spanAt(text, 'Ana Ruiz', 'person')];
    assert.deepEqual(showSpans(text, withoutHandleParts(text, spans)), ['place:Lisbon Arena', 'person:Ana Ruiz']);
    assert.deepEqual(withoutHandleParts('', []), []);
  });
});
