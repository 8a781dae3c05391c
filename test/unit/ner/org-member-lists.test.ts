import * as assert from 'node:assert/strict';
import { withMemberLists } from '../../../src/core/ner/org-member-lists';
import { showSpans, spanAt } from '../helpers/spans';

describe('lists of bodies after "members of"', () => {
  it('makes the unfound names beside an organisation in the list organisations', () => {
    const text = 'About 900 members of Fellesforbundet, the GMB and Ready walked off.';
    const spans = [spanAt(text, 'Fellesforbundet', 'organization')];
    assert.deepEqual(showSpans(text, withMemberLists(text, spans)), ['organization:Fellesforbundet', 'organization:GMB', 'organization:Ready']);
  });

  it('needs an organisation the model found in the list, and leaves names it typed otherwise', () => {
    const text = 'members of Smith and Jones met; members of Unite and Minister Ann Lee spoke.';
    const spans = [spanAt(text, 'Unite', 'organization'), spanAt(text, 'Ann Lee', 'person')];
    assert.deepEqual(showSpans(text, withMemberLists(text, spans)), ['organization:Unite', 'person:Ann Lee']);
  });

  it('handles texts without the cue', () => {
    const text = 'No list here.';
    assert.deepEqual(withMemberLists(text, []), []);
  });
});
